import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { generateAgreements } from '../bench/agreements.mjs';
import { fixtureBytes, PINNED_NOW, sampleExportBytes } from './support/app-page';
import { startChromium, type KillableChromium } from './support/killable-chromium';

const KILLS = 10;
const work = mkdtempSync(join(tmpdir(), 'pactsheet-kill-'));
const big = generateAgreements(100_000);
const bigPath = join(work, 'agreements-100k.tsv');
const samplePath = join(work, 'partner-agreements.tsv');
// What an export gives for each set: the sample without its non-record lines; the big file as is.
const sampleExport = sampleExportBytes();

/** A seeded PRNG, so a failing kill moment can be replayed. */
function random(seed: number): () => number {
  return () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
}

/**
 * Picks a file in the Import input. Over a CDP connection Playwright streams a path's contents to
 * the browser, which stalls for a 13 MB file with Debian's Chromium 156 (setInputFiles timed out);
 * the bytes go over as base64 and become the input's file in the page instead.
 */
async function pickFile(page: Page, path: string): Promise<void> {
  const { readFileSync } = await import('node:fs');
  const base64 = readFileSync(path).toString('base64');
  const name = path.slice(path.lastIndexOf('/') + 1);
  await page.evaluate(
    ({ base64, name }) => {
      const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const transfer = new DataTransfer();
      transfer.items.add(new File([bytes], name));
      const input = document.querySelector<HTMLInputElement>('input[type="file"]')!;
      input.files = transfer.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
    },
    { base64, name },
  );
}

async function openApp(chrome: KillableChromium): Promise<Page> {
  const page = chrome.context.pages()[0] ?? (await chrome.context.newPage());
  await page.clock.setFixedTime(PINNED_NOW);
  await page.goto(inject('baseURL'));
  await page.getByRole('button', { name: 'Import', exact: true }).waitFor();
  return page;
}

async function exported(page: Page): Promise<Buffer> {
  const download = page.waitForEvent('download', { timeout: 60_000 });
  await page.getByRole('button', { name: 'Export TSV' }).click();
  const file = await download;
  const { readFileSync } = await import('node:fs');
  return readFileSync(await file.path());
}

/** Which whole set the app holds, by exporting it and comparing bytes; anything else is a mix. */
async function heldSet(page: Page): Promise<'sample' | 'big'> {
  await page.locator('.toolbar .count').waitFor({ timeout: 60_000 });
  const bytes = await exported(page);
  if (bytes.equals(sampleExport)) return 'sample';
  if (bytes.equals(big)) return 'big';
  throw new Error(`After a kill the data is neither set: ${bytes.length} bytes`);
}

describe('a browser killed with SIGKILL', () => {
  const profile = join(work, 'profile');
  beforeAll(() => {
    writeFileSync(bigPath, big);
    writeFileSync(samplePath, fixtureBytes('partner-agreements.tsv'));
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it(`leaves the old set or the new one, never a mix, when killed during a replacing 100k import (${KILLS} kills)`, async () => {
    const next = random(20261128);
    let chrome = await startChromium(profile);
    let page = await openApp(chrome);
    await pickFile(page, samplePath);
    await page.getByText('Imported 74 agreements').waitFor();
    let held: 'sample' | 'big' = 'sample';
    const outcomes: string[] = [];

    for (let kill = 1; kill <= KILLS; kill++) {
      const replaceWith = held === 'sample' ? bigPath : samplePath;
      await pickFile(page, replaceWith);
      await page.getByRole('dialog').getByRole('button', { name: 'Replace' }).click({ timeout: 60_000 });
      // Somewhere in parsing, storing or reloading the new set.
      const delay = Math.floor(next() * 2500);
      await page.waitForTimeout(delay);
      chrome.kill();

      chrome = await startChromium(profile);
      page = await openApp(chrome);
      const now = await heldSet(page);
      outcomes.push(`${delay} ms → ${now === held ? 'old' : 'new'}`);
      console.log(`kill ${kill}: ${outcomes.at(-1)}`);
      held = now;
    }
    chrome.kill();
    console.log(`kills: ${outcomes.join('; ')}`);
    expect(outcomes).toHaveLength(KILLS);
  }, 600_000);

  it('keeps all of 100 edits the UI confirmed when killed right after', async () => {
    const small = generateAgreements(150);
    const smallPath = join(work, 'small.tsv');
    writeFileSync(smallPath, small);
    const dir = join(work, 'profile-edits');
    let chrome = await startChromium(dir);
    let page = await openApp(chrome);
    await pickFile(page, smallPath);
    await page.getByText('Imported 150 agreements').waitFor();

    // Type into City (c3) down the first 100 rows as in a spreadsheet: type, Enter, arrow down.
    await page.locator('.ag-row[row-index="0"] [col-id="c3"]').click();
    for (let i = 0; i < 100; i++) {
      await page.keyboard.type(`City ${i}`);
      await page.keyboard.press('Enter');
      await page.keyboard.press('ArrowDown');
    }
    await page.getByText('All changes saved').waitFor();
    chrome.kill();

    chrome = await startChromium(dir);
    page = await openApp(chrome);
    const lines = (await exported(page)).toString('utf8').split('\n');
    chrome.kill();
    const cities = lines.slice(1, 101).map((line) => line.split('\t')[3]);
    expect(cities).toEqual(Array.from({ length: 100 }, (_, i) => `City ${i}`));
  }, 300_000);
});
