// The 100,000-row file for the bench and the scale test, built from the sample's 74 records.
// One generator for both, so the file the bench times is the file the test proves round-trips.
import { readFileSync } from 'node:fs';

const SAMPLE = new URL('../fixtures/partner-agreements.tsv', import.meta.url);

/**
 * The sample's header and its records (lines with tabs); its title, blank and legend lines are
 * dropped because an import drops them too, and an export must give back exactly this file.
 * @returns {{ header: string, records: string[][] }}
 */
export function sampleRecords() {
  const [header, ...rest] = readFileSync(SAMPLE, 'utf8').split('\n');
  return { header, records: rest.filter((line) => line.includes('\t')).map((line) => line.split('\t')) };
}

/**
 * `count` agreements cycling through the sample's records. "No" counts up and the registration
 * number gets the copy's number, so no two rows are equal (search and sort see distinct rows);
 * every other cell is the sample's own text, so statuses, dates and quotes stay realistic.
 * LF line endings and a final newline, as Pactsheet exports a file it read that way.
 * @param {number} [count]
 * @returns {Buffer}
 */
export function generateAgreements(count = 100_000) {
  const { header, records } = sampleRecords();
  const lines = [header];
  for (let i = 0; i < count; i++) {
    const cells = records[i % records.length].slice();
    const copy = Math.floor(i / records.length) + 1;
    cells[0] = String(i + 1);
    // Blank registration numbers stay blank: the sample has some, and they must keep working.
    if (cells[9]) cells[9] = `${cells[9]}/${copy}`;
    lines.push(cells.join('\t'));
  }
  return Buffer.from(lines.join('\n') + '\n', 'utf8');
}
