// The steps after the export, where issues 13–15 put their figures: the exported file comes back
// from a colleague with 1,000 cells changed and is merged; Find and replace changes thousands of
// cells at once; the Checks panel opens on a register of 100,000 rows.
import { readFile } from 'node:fs/promises';

/** Rows the colleague changed: the City of every 100th row. */
export const RETURNED_CHANGES = 1_000;

/**
 * The exported file as a colleague sends it back: the same bytes, with the City (4th column) of
 * `RETURNED_CHANGES` rows re-typed. LF endings, as the bench's file has.
 * @param {Buffer} bytes
 */
export function colleagueEdits(bytes) {
  const lines = bytes.toString('utf8').split('\n');
  for (let k = 0; k < RETURNED_CHANGES; k++) {
    const at = 1 + k * 100;
    const cells = lines[at].split('\t');
    cells[3] = `Returned City ${k}`;
    lines[at] = cells.join('\t');
  }
  return Buffer.from(lines.join('\n'), 'utf8');
}

/**
 * @param {import('playwright-core').Page} page
 * @param {{ download: import('playwright-core').Download, ms: Record<string, number>, timed: Function, within: Function, step: (label: string) => Promise<void> }} run
 */
export async function afterExport(page, { download, ms, timed, within, step }) {
  const returned = colleagueEdits(await readFile(await download.path()));
  const name = download.suggestedFilename();
  // As base64: 13 MB as an array of numbers takes DevTools minutes to carry.
  await page.evaluate(
    ([base64, fileName]) => (window.__benchFile = new File([Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))], fileName)),
    [returned.toString('base64'), name],
  );
  // Dropped like the first import; the dialog offers Merge first (the name carries the export id).
  ms.mergeOffered = await within(dropUntilMergeOffered(page), 60_000, 'merge offered');
  await step('merge: offered');
  ms.mergeReview = await timed(page, ['button', 'Apply merge', 'pointerdown'], () => page.getByRole('button', { name: 'Merge', exact: true }).click(), 'merge review');
  await step('merge: review');
  const merged = `Merged ${RETURNED_CHANGES.toLocaleString('en-US')} changes`;
  ms.mergeApplied = await timed(page, ['status', merged, 'pointerdown'], () => page.getByRole('button', { name: 'Apply merge' }).click(), 'merge applied');
  ms.merge = ms.mergeOffered + ms.mergeReview + ms.mergeApplied;
  await step('merge: applied');

  // The same file once more, now that the register has moved on since the export: its base is
  // read from storage (above, nothing was written since the export, so the stored rows were it).
  ms.mergeOfferedMovedOn = await within(dropUntilMergeOffered(page), 60_000, 'merge offered again');
  await page.getByRole('button', { name: 'Cancel', exact: true }).click();
  await step('merge: offered again');

  // Every "University" in the Partner column (most rows' partner names) becomes "Univ.": the
  // issue's "Replace all over one column".
  await page.getByRole('button', { name: 'Find and replace' }).click();
  await page.getByLabel('Column', { exact: true }).selectOption({ label: 'Partner University / Organisation' });
  await page.getByLabel('Find', { exact: true }).fill('University');
  await page.getByLabel('Replace with').fill('Univ.');
  // The button says how many cells match once they are counted.
  const replaceAll = page.getByRole('button', { name: /^Replace all \([1-9]/ });
  await replaceAll.waitFor({ timeout: 60_000 });
  const label = (await replaceAll.textContent()) ?? '';
  ms.replaceCells = Number(label.replace(/\D/g, ''));
  // Answered when the new text is on screen; done when the notice says it is stored.
  ms.replaceShown = await timed(page, ['cellHas', { column: 'c2', words: 'Univ.' }, 'pointerdown'], () => replaceAll.click(), 'replace all shown');
  ms.replaceAll = ms.replaceShown + (await timed(page, ['status', 'Replaced ', null], () => undefined, 'replace all stored'));
  await step('replace all');
  await page.keyboard.press('Escape');

  ms.checksOpen = await timed(page, ['text', 'most serious first', 'pointerdown'], () => page.getByRole('button', { name: /^Checks/ }).click(), 'checks panel');
  await step('checks panel');
}

/**
 * Drops the file kept in the page (`window.__benchFile`) as a user would; resolves with the time
 * until the import dialog offers Merge.
 * @param {import('playwright-core').Page} page
 */
function dropUntilMergeOffered(page) {
  return page.evaluate(async () => {
    const bench = window.__bench;
    bench.watch('button', 'Merge');
    bench.drop();
    return (await bench.pending).ms;
  });
}
