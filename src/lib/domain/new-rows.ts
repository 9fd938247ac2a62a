import { newStamp, type DatasetMeta } from './dataset';
import { NEW_DIALECT } from './dialect';
import type { Row } from './row';

/** The office's own ten columns: what a register started in Pactsheet begins with. */
export const OFFICE_HEADER: readonly string[] = [
  'No',
  'Date of agreement',
  'Partner University / Organisation',
  'City',
  'Country',
  'QS ranking',
  'THE ranking',
  'Valid until',
  'Initiating actor',
  'Registration number',
];

const WHOLE_NUMBER = /^\d{1,15}$/;

/**
 * The "No" a new row gets: one more than the largest, where the column holds numbers (every
 * non-blank cell a whole number); blank otherwise, since a number could not be guessed.
 */
export function nextNumber(rows: readonly Row[], column: number | undefined): string {
  if (column === undefined) return '';
  let largest = 0;
  for (const row of rows) {
    const text = (row.cells[column] ?? '').trim();
    if (text === '') continue;
    if (!WHOLE_NUMBER.test(text)) return '';
    largest = Math.max(largest, Number(text));
  }
  return String(largest + 1);
}

/** An empty row (one empty cell per header column), with its "No" filled in where it can be. */
export function emptyRow(id: number, header: readonly string[], rows: readonly Row[], noColumn: number | undefined): Row {
  const cells = header.map(() => '');
  if (noColumn !== undefined) cells[noColumn] = nextNumber(rows, noColumn);
  return { id, cells };
}

/** A register started here rather than imported: the office's columns and no rows yet. */
export function newRegister(now: Date, stamp = newStamp()): DatasetMeta {
  return {
    name: 'agreements',
    header: [...OFFICE_HEADER],
    dialect: NEW_DIALECT,
    nextRowId: 1,
    importedAt: now.toISOString(),
    stamp,
  };
}
