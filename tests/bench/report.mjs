// Turns the runs into the table the issue asks for (medians, ratio to the floor, target, pass or
// fail) and measures what the built app makes a first visit download.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** @param {number[]} xs */
export const median = (xs) => {
  const s = xs.filter(Number.isFinite).sort((a, b) => a - b);
  if (s.length === 0) return NaN;
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/**
 * Each row: what it measures, how to read it from a run, and its target. `floorTimes` targets
 * are judged on the median of per-run ratios: each run's floor was measured in that same run,
 * so the ratio cancels most of the machine's noise (another job on 2 cores).
 * @type {{ step: string, unit: string, get: (run: any) => number, max?: number, floorTimes?: number }[]}
 */
export const ROWS = [
  { step: 'floor: decode + split', unit: 'ms', get: (r) => r.ms.decodeSplit },
  { step: 'floor: one chunked IndexedDB write', unit: 'ms', get: (r) => r.ms.write },
  { step: 'FLOOR (decode + split + write)', unit: 'ms', get: (r) => r.ms.floor },
  { step: 'import: drop → first row on screen', unit: 'ms', get: (r) => r.ms.importFirstRow, max: 1000 },
  { step: 'import: drop → "Imported 100,000" (stored)', unit: 'ms', get: (r) => r.ms.importStored, floorTimes: 4 },
  { step: 'cold start: reload → first row on screen', unit: 'ms', get: (r) => r.ms.coldFirstRow, floorTimes: 4 },
  { step: 'cold start: reload → a search answered', unit: 'ms', get: (r) => r.ms.coldSearchable },
  { step: '  searchable after first row (search at once)', unit: 'ms', get: (r) => r.ms.coldSearchable - r.ms.coldFirstRow, max: 200 },
  { step: '  the same, no stored search text (folded anew)', unit: 'ms', get: (r) => r.ms.coldUnindexedSearchable },
  { step: 'search (type → counter changes)', unit: 'ms', get: (r) => r.ms.search, max: 200 },
  { step: 'sort (click header → first row changes)', unit: 'ms', get: (r) => r.ms.sort, max: 200 },
  { step: '  sort by Status (the next click)', unit: 'ms', get: (r) => r.ms.sortStatus, max: 200 },
  { step: 'filter (click "Expired" → counter changes)', unit: 'ms', get: (r) => r.ms.filter, max: 200 },
  { step: 'edit (Enter → "All changes saved"), median of 5', unit: 'ms', get: (r) => r.ms.edit, max: 50 },
  { step: '  the slowest of the 5 edits', unit: 'ms', get: (r) => r.ms.editSlowest },
  { step: 'export (click → "Exported 100,000")', unit: 'ms', get: (r) => r.ms.export, floorTimes: 2 },
  { step: '  export, click → download event (from Node)', unit: 'ms', get: (r) => r.ms.exportDownloadEvent },
  { step: 'merge 1,000 changes: drop → Merge offered', unit: 'ms', get: (r) => r.ms.mergeOffered },
  { step: '  click Merge → review shown', unit: 'ms', get: (r) => r.ms.mergeReview },
  { step: '  Apply merge → "Merged 1,000 changes"', unit: 'ms', get: (r) => r.ms.mergeApplied },
  { step: '  merge, the three together', unit: 'ms', get: (r) => r.ms.merge, max: 2000 },
  { step: '  drop → Merge offered, the register changed since the export', unit: 'ms', get: (r) => r.ms.mergeOfferedMovedOn },
  { step: 'Replace all in one column: click → new text on screen', unit: 'ms', get: (r) => r.ms.replaceShown, max: 1000 },
  { step: '  click → "Replaced N cells" (stored)', unit: 'ms', get: (r) => r.ms.replaceAll },
  { step: '  cells replaced', unit: 'cells', get: (r) => r.ms.replaceCells },
  { step: 'Checks panel (click → findings listed)', unit: 'ms', get: (r) => r.ms.checksOpen },
  { step: 'longest main-thread task (whole journey)', unit: 'ms', get: (r) => r.longestTaskMs, max: 250 },
  { step: 'peak JS heap, page (sampled every 100 ms)', unit: 'MB', get: (r) => r.heapPeakMB, max: 400 },
  { step: 'JS heap after GC, 100k loaded', unit: 'MB', get: (r) => r.heapAfterGcMB, max: 400 },
];

/** @param {any[]} runs */
export function summarise(runs) {
  return ROWS.map(({ step, unit, get, max, floorTimes }) => {
    const value = median(runs.map(get));
    const ratio = unit === 'ms' ? median(runs.map((r) => get(r) / r.ms.floor)) : NaN;
    const target = max !== undefined ? `≤ ${max} ${unit}` : floorTimes !== undefined ? `≤ ${floorTimes}× floor` : '';
    const pass = max !== undefined ? value <= max : floorTimes !== undefined ? ratio <= floorTimes : null;
    return { step, unit, median: value, ratioToFloor: ratio, target, pass };
  });
}

/** @param {ReturnType<typeof summarise>} rows */
export function formatTable(rows) {
  const cells = rows.map((r) => [
    r.step,
    `${r.median.toFixed(r.unit === 'MB' ? 1 : 0)} ${r.unit}`,
    Number.isFinite(r.ratioToFloor) ? `${r.ratioToFloor.toFixed(2)}×` : '',
    r.target,
    r.pass === null ? '' : r.pass ? 'pass' : 'FAIL',
  ]);
  const head = ['step (median)', 'value', '÷ floor', 'target', ''];
  const widths = head.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i].length)));
  const line = (c) => `| ${c.map((x, i) => x.padEnd(widths[i])).join(' | ')} |`;
  return [line(head), line(widths.map((w) => '-'.repeat(w))), ...cells.map(line)].join('\n');
}

/**
 * Every JS file of the build with its gzip size and how it is loaded: the entry (and what it
 * preloads) is what a first visit waits for before the shell can paint.
 * @param {string} dist
 */
export function jsSizes(dist) {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const initial = new Set([...html.matchAll(/(?:src|href)="\.?\/?(assets\/[^"]+\.js)"/g)].map((m) => m[1]));
  return readdirSync(join(dist, 'assets'))
    .filter((name) => name.endsWith('.js'))
    .map((name) => {
      const bytes = readFileSync(join(dist, 'assets', name));
      const text = bytes.toString('utf8');
      return {
        file: `assets/${name}`,
        loaded: initial.has(`assets/${name}`) ? 'initial' : name.includes('worker') ? 'worker' : 'on demand',
        // ag-grid's own banner and licence strings: the grid's code is in this chunk.
        containsAgGrid: text.includes('AG Grid'),
        bytes: bytes.length,
        gzipBytes: gzipSync(bytes, { level: 9 }).length,
      };
    });
}
