import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppPage } from './support/app-page';

// axe's own build, read from node_modules. page.evaluate runs it through DevTools, which the page's
// CSP (script-src 'self', no inline scripts) does not apply to: the app is checked as it ships.
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; failureSummary?: string }[];
}

/** Serious and critical violations on the page as it is now, one line each, to read in a failure. */
async function seriousViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: Violation[] }> } }).axe;
    return (await axe.run(document, { resultTypes: ['violations'] })).violations;
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.slice(0, 3).map((n) => `${v.id} (${v.impact}) ${n.target.join(' ')}: ${n.failureSummary?.split('\n').slice(1, 2).join('')}`));
}

describe('axe finds no serious or critical violation', () => {
  let app: AppPage;

  beforeAll(async () => {
    app = await AppPage.withFile('partner-agreements.tsv');
    await app.page.locator('.ag-row').first().waitFor();
  });
  afterAll(() => app.close());

  it('would catch the light theme’s old link colour (the check itself works)', async () => {
    const added = await app.page.evaluate(() => {
      const p = document.createElement('p');
      p.textContent = 'About / Privacy';
      p.id = 'axe-probe';
      Object.assign(p.style, { color: '#2f6fdb', background: '#f6f7f9', fontSize: '14px' });
      document.body.append(p);
      return p.id;
    });
    try {
      expect((await seriousViolations(app.page)).join('\n')).toContain('color-contrast (serious) #axe-probe');
    } finally {
      await app.page.evaluate((id) => document.getElementById(id)?.remove(), added);
    }
  });

  for (const scheme of ['light', 'dark'] as const) {
    describe(`in the ${scheme} theme`, () => {
      beforeAll(() => app.page.emulateMedia({ colorScheme: scheme }));

      it('with the grid loaded', async () => {
        expect(await seriousViolations(app.page)).toEqual([]);
      });

      it('with About / Privacy open', async () => {
        const panel = await app.about();
        await panel.waitFor();
        expect(await seriousViolations(app.page)).toEqual([]);
        await app.page.keyboard.press('Escape');
        await panel.waitFor({ state: 'hidden' });
      });

      it('with the Replace question open', async () => {
        await app.drop('partner-agreements.tsv');
        const question = app.page.getByRole('dialog', { name: 'Replace your agreements?' });
        await question.waitFor();
        expect(await seriousViolations(app.page)).toEqual([]);
        await question.getByRole('button', { name: 'Cancel' }).click();
        await question.waitFor({ state: 'hidden' });
      });

      it('with the Columns menu open', async () => {
        await app.page.getByRole('button', { name: 'Columns', exact: true }).click();
        const menu = app.page.getByRole('dialog', { name: 'Columns: show, hide, pin and fit' });
        await menu.waitFor();
        expect(await seriousViolations(app.page)).toEqual([]);
        await app.page.keyboard.press('Escape');
        await menu.waitFor({ state: 'hidden' });
      });

      it('at phone width, with the toolbar’s menu open', async () => {
        await app.page.setViewportSize({ width: 390, height: 844 });
        await app.page.getByRole('button', { name: 'More', exact: true }).click();
        await app.page.getByRole('button', { name: 'Import', exact: true }).waitFor();
        expect(await seriousViolations(app.page)).toEqual([]);
        await app.page.getByRole('button', { name: 'More', exact: true }).click();
        await app.page.setViewportSize({ width: 1400, height: 900 });
      });
    });
  }
});
