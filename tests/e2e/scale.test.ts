import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateAgreements } from '../bench/agreements.mjs';
import { AppPage } from './support/app-page';

// Not timed (npm run bench times the same journey): generous limits, since another browser job
// may share this machine's two cores.
const LIMIT = 180_000;

describe('at 100,000 agreements', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pactsheet-scale-'));
  const path = join(dir, 'agreements-100k.tsv');
  const bytes = generateAgreements(100_000);
  let app: AppPage;

  beforeAll(async () => {
    writeFileSync(path, bytes);
    app = await AppPage.open();
  }, LIMIT);
  afterAll(async () => {
    await app?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it(
    'keeps every row across a reload and exports the file byte for byte',
    async () => {
      // Through the Import button's file input: the 13 MB file goes by path, not as JSON.
      await app.importWithButton(path);
      await app.info.getByText('Imported 100,000 agreements').waitFor({ timeout: LIMIT });
      // Rows arrived in parts, starting from none: once all are in, the header's select-all box
      // (which walks every row on each change) is not offered.
      await app.page.locator('div.grid[aria-busy="false"]').waitFor({ timeout: LIMIT });
      expect(await app.page.locator('.ag-header-select-all').count()).toBe(0);

      await app.reload();
      await app.page.locator('.toolbar .count', { hasText: '100,000 of 100,000 agreements' }).waitFor({ timeout: LIMIT });

      // A search typed while rows are still going into the grid answers for all of them.
      const leuven = bytes.toString('utf8').split('\n').filter((line) => /leuven/i.test(line)).length;
      expect(leuven).toBeGreaterThan(0);
      await app.reload();
      await app.page.locator('.ag-row').first().waitFor({ timeout: LIMIT });
      await app.page.getByRole('searchbox', { name: 'Search' }).fill('leuven');
      await app.page
        .locator('.toolbar .count', { hasText: `${leuven.toLocaleString('en-US')} of 100,000 agreements` })
        .waitFor({ timeout: LIMIT });
      await app.page.getByRole('searchbox', { name: 'Search' }).fill('');

      // Sorted with the sort keys stored beside the search text, read back at this start.
      const partners = bytes.toString('utf8').split('\n').slice(1, -1).map((line) => line.split('\t')[2]).sort();
      const top = (column: string) => app.page.locator(`.ag-row[row-index="0"] [col-id="${column}"]`).first().textContent();
      const sortBy = (column: string) => app.page.locator(`.ag-header-cell[col-id="${column}"] .ag-header-cell-label`).click();
      await sortBy('c2');
      await expect.poll(() => top('c2'), { timeout: LIMIT }).toBe(partners[0]);
      await sortBy('c2');
      await expect.poll(() => top('c2'), { timeout: LIMIT }).toBe(partners.at(-1));
      await sortBy('status');
      await expect.poll(() => top('status'), { timeout: LIMIT }).toBe('Renewal due');
      await sortBy('status');
      await expect.poll(() => top('status'), { timeout: LIMIT }).toBe('Permanent');
      await sortBy('status'); // unsorted: the file's order, which the export below keeps anyway
      // "No" counts up to 100,000, every text distinct (no sort keys): by value, not 1, 10, 100…
      await sortBy('c0');
      await expect.poll(() => top('c0'), { timeout: LIMIT }).toBe('1');
      await sortBy('c0');
      await expect.poll(() => top('c0'), { timeout: LIMIT }).toBe('100000');
      await sortBy('c0');

      // Shown from the click (visible after 300 ms): exporting 100,000 rows takes about half a second.
      const exporting = app.page.getByRole('progressbar', { name: 'Exporting 100,000 agreements…', includeHidden: true }).waitFor({ state: 'attached' });
      const exported = await app.exportTsv();
      await exporting;
      expect(exported.bytes.length).toBe(bytes.length);
      // Not toEqual: a diff of two 13 MB buffers would drown the report.
      expect(exported.bytes.equals(bytes)).toBe(true);
      await app.info.getByText('Exported 100,000 agreements').waitFor({ timeout: LIMIT });
    },
    LIMIT,
  );

  it(
    'keeps rows read-only and asks before the page is left while an import is being written',
    async () => {
      await app.importWithButton(path);
      await app.page.getByRole('dialog').getByRole('button', { name: 'Replace' }).click();
      // The new rows show while they are written; until then nothing can change them.
      expect(await app.page.getByRole('button', { name: 'Add row' }).isDisabled()).toBe(true);
      // The click starts the write of 100,000 rows, which takes a while: leave at once.
      const asked = app.page.waitForEvent('dialog');
      await app.page.close({ runBeforeUnload: true });
      const dialog = await asked;
      expect(dialog.type()).toBe('beforeunload');
      await dialog.dismiss();
    },
    LIMIT,
  );
});
