import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { AppPage } from './support/app-page';

const inGrid = (app: AppPage) => app.page.evaluate(() => !!document.activeElement?.closest('#agreements'));
const focusedName = (app: AppPage) => app.page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');

describe('the keyboard', () => {
  let app: AppPage;
  beforeAll(async () => {
    app = await AppPage.open();
  });
  afterAll(() => app.close());

  it('lands on the first row after "Try the sample"', async () => {
    await app.page.getByRole('button', { name: 'Try the sample' }).click();
    await app.waitForInfo('Imported 74 agreements');
    await expect.poll(() => inGrid(app)).toBe(true);
    expect(await app.page.evaluate(() => document.activeElement?.classList.contains('ag-cell'))).toBe(true);
  });

  it('has the grid as one Tab stop, arrows inside, and leaves it on the next Tab', async () => {
    await app.page.getByRole('button', { name: 'Columns', exact: true }).focus();
    await app.page.keyboard.press('Tab');
    await expect.poll(() => inGrid(app)).toBe(true);
    await app.page.keyboard.press('ArrowDown');
    await app.page.keyboard.press('ArrowDown');
    expect(await inGrid(app)).toBe(true);
    await app.page.keyboard.press('Tab');
    await expect.poll(() => inGrid(app)).toBe(false);
    await app.page.keyboard.press('Shift+Tab');
    await expect.poll(() => inGrid(app)).toBe(true);
  });

  it('offers "Skip to the agreements" first, and it puts the keyboard on the rows', async () => {
    await app.reload();
    await app.page.locator('.ag-row').first().waitFor();
    const skip = app.page.getByRole('link', { name: 'Skip to the agreements' });
    // Before every other control on the page: the first thing Tab reaches.
    const first = await app.page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('a[href], button, input, [tabindex]')].find((el) => el.tabIndex >= 0 && !el.hasAttribute('disabled'))?.textContent,
    );
    expect(first).toBe('Skip to the agreements');
    await skip.focus();
    expect(await app.uncovered(skip)).toBe(true);
    await app.page.keyboard.press('Enter');
    await expect.poll(() => inGrid(app)).toBe(true);
  });

  it('keeps focus in About / Privacy while open, and gives it back to its button', async () => {
    const opener = app.page.getByRole('button', { name: 'About / Privacy' });
    await opener.focus();
    await app.page.keyboard.press('Enter');
    const panel = app.aboutPanel;
    await panel.waitFor();
    for (let i = 0; i < 12; i++) {
      await app.page.keyboard.press('Tab');
      expect(await panel.evaluate((el) => el.contains(document.activeElement) || document.activeElement === document.body)).toBe(true);
    }
    await app.page.keyboard.press('Escape');
    await panel.waitFor({ state: 'hidden' });
    expect(await focusedName(app)).toBe('About / Privacy');
  });

  it('gives focus back where it was when the Replace question is answered', async () => {
    const search = app.page.getByRole('searchbox', { name: 'Search' });
    await search.focus();
    await app.drop('partner-agreements.tsv');
    const question = app.page.getByRole('dialog', { name: 'Replace your agreements?' });
    await question.waitFor();
    expect(await question.evaluate((el) => el.contains(document.activeElement))).toBe(true);
    await app.page.keyboard.press('Escape');
    await question.waitFor({ state: 'hidden' });
    expect(await search.evaluate((el) => el === document.activeElement)).toBe(true);
  });
});

describe('a newer notice of the same kind replaces the older', () => {
  it('drops a refused file’s error once the next file is imported', async () => {
    const app = await AppPage.open();
    try {
      await app.drop('image.png');
      await app.alert.getByText(/image.png was not imported/).waitFor();
      await app.drop('partner-agreements.tsv');
      await app.waitForInfo('Imported 74 agreements');
      expect(await app.alert.textContent()).toBe('');
    } finally {
      await app.close();
    }
  });
});

describe('at phone width (390 px)', () => {
  let app: AppPage;
  beforeAll(async () => {
    app = await AppPage.withFile('partner-agreements.tsv');
    await app.page.close();
    app = new AppPage(app.browser, app.context, await app.context.newPage(), app.requests);
    await app.page.setViewportSize({ width: 390, height: 844 });
    await app.page.clock.setFixedTime(new Date('2026-11-28T10:00:00'));
    // Not app.goto(): it waits for the Import button, which a phone keeps behind More.
    await app.page.goto(inject('baseURL'));
    await app.page.locator('.ag-row').first().waitFor();
  });
  afterAll(() => app.close());

  it('shows the partner’s name without a sideways scroll', async () => {
    const cell = app.page.locator('.ag-row[row-index="0"] .ag-cell[col-id="c2"]').first();
    await expect.poll(() => cell.textContent()).toContain('Dortmund');
    const box = (await cell.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(390);
    expect(box.width).toBeGreaterThan(150);
    expect(await app.uncovered(cell)).toBe(true);
    expect(await app.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  });

  it('folds the toolbar’s actions behind More, with their names', async () => {
    const importButton = app.page.getByRole('button', { name: 'Import', exact: true });
    expect(await importButton.isVisible()).toBe(false);
    await app.page.getByRole('button', { name: 'More', exact: true }).click();
    expect(await importButton.isVisible()).toBe(true);
    expect(await app.page.getByRole('button', { name: 'Export TSV' }).isVisible()).toBe(true);
    await app.page.keyboard.press('Escape');
    expect(await importButton.isVisible()).toBe(false);
  });

  it('gives the grid most of the height', async () => {
    const grid = (await app.page.locator('#agreements').boundingBox())!;
    expect(grid.height).toBeGreaterThan(844 * 0.5);
  });

  it('leaves the columns of a wide screen as they were: the phone’s fit is not remembered', async () => {
    // Sorting on the phone remembers the layout: the fitted Status and Partner must not be in it.
    await app.page.locator('.ag-header-cell[col-id="c0"]').click();
    await app.page.waitForTimeout(500);
    await app.page.setViewportSize({ width: 1400, height: 900 });
    await app.page.reload();
    await app.page.locator('.ag-row').first().waitFor();
    const status = app.page.locator('.ag-header-cell[col-id="status"]');
    await status.waitFor();
    expect(await app.page.locator('.ag-pinned-left-header [col-id="status"]').count()).toBe(0);
    expect(await app.page.locator('.ag-pinned-left-header [col-id="c2"]').count()).toBe(0);
    expect((await status.boundingBox())!.width).toBeGreaterThan(120);
  });
});
