// One run of the user's journey at 100k rows, in a fresh browser context (so a fresh IndexedDB):
// floor, import, cold start, search, sort (Partner, then Status), filter, edit, export, then merge,
// replace all and the Checks panel (returned.mjs); with the
// main thread's longest task per step and the page's JS heap sampled throughout.
import { measureFloor } from './floor.mjs';
import { installProbe } from './probe.mjs';
import { median } from './report.mjs';
import { afterExport } from './returned.mjs';

// A row fading out after a filter keeps its row-index for a moment: only the one that stays counts.
const TOP_ROW = '.ag-row[row-index="0"]:not(.ag-opacity-zero)';
const ALL = '100,000 of 100,000 agreements';
/** Edits per run, of rows 1 to 5 as shown. */
export const EDITS = 5;

/** In the page: resolves once every page of the current dataset has its search text stored. */
async function searchTextStored() {
  const count = () =>
    new Promise((resolve, reject) => {
      const open = indexedDB.open('pactsheet');
      open.onerror = () => reject(open.error);
      open.onsuccess = () => {
        const tx = open.result.transaction(['pages', 'searches']);
        const current = IDBKeyRange.bound(['current', -Infinity], ['current', Infinity]);
        const pages = tx.objectStore('pages').count(current);
        const searches = tx.objectStore('searches').count(current);
        tx.oncomplete = () => {
          open.result.close();
          resolve(pages.result > 0 && searches.result === pages.result);
        };
      };
    });
  while (!(await count())) await new Promise((r) => setTimeout(r, 50));
}

/** In the page: deletes the stored search texts, as data from before they were stored. */
function forgetSearchText() {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open('pactsheet');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const tx = open.result.transaction('searches', 'readwrite');
      tx.objectStore('searches').clear();
      tx.oncomplete = () => {
        open.result.close();
        resolve(undefined);
      };
    };
  });
}

/**
 * Reloads the page; the probe searches as soon as the first row shows (see probe.mjs). Returns
 * both moments, from navigation start.
 */
async function coldStart(page, what) {
  await page.evaluate(() => sessionStorage.setItem('bench:cold-search', 'Genoa'));
  await page.reload();
  return within(
    page.evaluate(async () => ({ first: await window.__bench.firstRowAt, searchable: await window.__bench.searchableAt })),
    60_000,
    what,
  );
}

/** Fails a step that never answers instead of hanging the bench. */
function within(promise, ms, what) {
  let timer;
  const timeout = new Promise((_, reject) => (timer = setTimeout(() => reject(new Error(`${what}: no answer in ${ms} ms`)), ms)));
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** Arms `__bench.watch`, does the user's action, and returns the in-page milliseconds. */
async function timed(page, [name, arg, event], act, what) {
  await page.evaluate(([n, a, e]) => window.__bench.watch(n, a, e), [name, arg, event]);
  await act();
  const { ms } = await within(page.evaluate(() => window.__bench.pending), 60_000, what);
  return ms;
}

const counterIs = (page, text) => page.locator('.toolbar .count', { hasText: text }).waitFor({ timeout: 60_000 });

/**
 * @param {import('playwright-core').Browser} browser
 * @param {string} baseUrl
 * @param {string} fileUrl
 */
export async function runJourney(browser, baseUrl, fileUrl) {
  // Service workers blocked: precaching in the background would add noise to the first run only.
  const context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1400, height: 900 }, serviceWorkers: 'block' });
  await context.addInitScript(installProbe);
  const page = await context.newPage();
  if (process.env.BENCH_TRACE) page.on('console', (m) => m.type() !== 'warning' && console.log('page:', m.type(), m.text().slice(0, 200)));
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  let heapPeak = 0;
  let stepPeak = 0;
  const sampleHeap = async () => {
    const { metrics } = await cdp.send('Performance.getMetrics').catch(() => ({ metrics: [] }));
    const used = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0;
    heapPeak = Math.max(heapPeak, used);
    stepPeak = Math.max(stepPeak, used);
  };
  const sampler = setInterval(() => void sampleHeap(), 100);
  const ms = {};
  const longest = {};
  const heapByStep = {};
  const step = async (label) => {
    if (process.env.BENCH_TRACE) console.log(new Date().toISOString().slice(11, 19), label);
    longest[label] = await page.evaluate(() => window.__bench.takeLongest());
    await sampleHeap();
    heapByStep[label] = Math.max(heapByStep[label] ?? 0, stepPeak / 2 ** 20);
    stepPeak = 0;
  };

  try {
    await page.goto(baseUrl);
    await page.getByRole('button', { name: 'Import', exact: true }).waitFor();

    Object.assign(ms, await page.evaluate(measureFloor, fileUrl));
    await step('floor');

    await page.evaluate(async (url) => {
      window.__benchFile = new File([await (await fetch(url)).blob()], 'agreements-100k.tsv');
    }, fileUrl);
    const imported = await within(
      page.evaluate(async () => {
        const bench = window.__bench;
        bench.watch('status', 'Imported 100,000 agreements');
        bench.drop();
        const done = await bench.pending;
        return { importFirstRow: (await bench.firstRowAt) - done.start, importStored: done.ms };
      }),
      120_000,
      'import',
    );
    Object.assign(ms, imported);
    await step('import');

    // After "Imported", the worker folds the rows for search and stores that beside the pages
    // (~0.3 s): a reload then searches at once. Cold start is measured once that is stored, and
    // again without it (as after a restore, or data from schema version 1), for comparison.
    await within(page.evaluate(searchTextStored), 60_000, 'search text stored');
    await step('(untimed)');

    const cold = await coldStart(page, 'cold start');
    Object.assign(ms, { coldFirstRow: cold.first, coldSearchable: cold.searchable });
    await step('cold start');

    await page.evaluate(forgetSearchText);
    const unindexed = await coldStart(page, 'cold start without search text');
    ms.coldUnindexedSearchable = unindexed.searchable - unindexed.first;
    await within(page.evaluate(searchTextStored), 60_000, 'search text stored again');
    await step('cold start, no stored search text');

    const search = page.getByRole('searchbox', { name: 'Search' });
    await search.fill('');
    await counterIs(page, ALL);
    await step('(untimed)');
    ms.search = await timed(page, ['counterIsNot', ALL, 'input'], () => search.fill('Leuven'), 'search');
    await step('search');
    await search.fill('');
    await counterIs(page, ALL);
    await step('(untimed)');

    const top = (await page.locator(TOP_ROW).first().textContent()) ?? '';
    ms.sort = await timed(page, ['topRowIsNot', top.trim(), 'pointerdown'], () => page.locator('.ag-header-cell[col-id="c2"] .ag-header-cell-label').click(), 'sort');
    await step('sort');
    // The Status column too: its order comes from the "Valid until" texts (statuses by urgency).
    const byPartner = (await page.locator(TOP_ROW).first().textContent()) ?? '';
    ms.sortStatus = await timed(page, ['topRowIsNot', byPartner.trim(), 'pointerdown'], () => page.locator('.ag-header-cell[col-id="status"] .ag-header-cell-label').click(), 'sort by status');
    await step('sort by status');

    const expired = page.getByRole('group', { name: 'Filter by status' }).getByRole('button', { name: /^Expired/ });
    ms.filter = await timed(page, ['counterIsNot', ALL, 'pointerdown'], () => expired.click(), 'filter');
    await step('filter');
    await expired.click();
    await counterIs(page, ALL);
    await step('(untimed)');

    // Several edits, each of a different row: one alone is mostly the machine's noise.
    ms.edits = [];
    for (let k = 0; k < EDITS; k++) {
      const cell = `.ag-row[row-index="${k}"]:not(.ag-opacity-zero) [col-id="c3"]`;
      await page.locator(cell).dblclick();
      const editor = page.locator(`${cell} input`);
      await editor.fill(`Bench City ${k}`);
      const saved = ['savedWith', { selector: cell, value: `Bench City ${k}` }, 'keydown'];
      ms.edits.push(await timed(page, saved, () => editor.press('Enter'), 'edit'));
      await page.waitForTimeout(100);
    }
    ms.edit = median(ms.edits);
    ms.editSlowest = Math.max(...ms.edits);
    await step('edit');

    const download = page.waitForEvent('download', { timeout: 60_000 });
    let clickedAt = 0;
    ms.export = await timed(
      page,
      ['status', 'Exported 100,000 agreements', 'pointerdown'],
      async () => {
        clickedAt = performance.now();
        await page.getByRole('button', { name: 'Export TSV' }).click();
      },
      'export',
    );
    const exported = await download;
    // Seen from Node, with the DevTools round trips: a check on the in-page figure.
    ms.exportDownloadEvent = performance.now() - clickedAt;
    await step('export');

    await afterExport(page, { download: exported, ms, timed, within, step });

    clearInterval(sampler);
    await cdp.send('HeapProfiler.collectGarbage');
    const { metrics } = await cdp.send('Performance.getMetrics');
    return {
      ms,
      longestTask: longest,
      heapPeakMBByStep: heapByStep,
      heapPeakMB: heapPeak / 2 ** 20,
      heapAfterGcMB: (metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0) / 2 ** 20,
    };
  } finally {
    clearInterval(sampler);
    await context.close();
  }
}
