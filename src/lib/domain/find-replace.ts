/**
 * Find and replace over raw cell text. The matcher is a regular expression built once: with the
 * `u` flag, "match case" off folds case the way Unicode says (Cyrillic included), and a replacement
 * is inserted as typed (a function, so `$&` in it is not read as a pattern).
 */
import type { CellEdit } from './changes';
import type { Row } from './row';

export interface FindOptions {
  find: string;
  matchCase: boolean;
  /** The whole cell must equal `find`; otherwise any part of it may. */
  wholeCell: boolean;
}

export interface Matcher {
  test(cell: string): boolean;
  replace(cell: string, replacement: string): string;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The matcher for these options; null when there is nothing to find (an empty search). */
export function matcher({ find, matchCase, wholeCell }: FindOptions): Matcher | null {
  if (find === '') return null;
  const source = wholeCell ? `^${escape(find)}$` : escape(find);
  const flags = matchCase ? 'u' : 'iu';
  const tester = new RegExp(source, flags);
  const global = new RegExp(source, flags + 'g');
  // A case-sensitive part match is the common case: includes() is several times faster than a regex.
  const test = matchCase && !wholeCell ? (cell: string) => cell.includes(find) : (cell: string) => tester.test(cell);
  return {
    test,
    replace: (cell, replacement) => cell.replace(global, () => replacement),
  };
}

/** Which columns to look in: one, or every column of the header. */
export const columnsToSearch = (column: number | null, columnCount: number): number[] =>
  column === null ? Array.from({ length: columnCount }, (_, i) => i) : [column];

/** How many cells of rows[from, to) match. Called a slice at a time, so a long count can yield. */
export function countMatches(rows: readonly Row[], columns: readonly number[], m: Matcher, from = 0, to = rows.length): number {
  let count = 0;
  for (let i = from; i < to; i++) {
    const cells = rows[i].cells;
    for (const column of columns) {
      const cell = cells[column];
      if (cell !== undefined && cell !== '' && m.test(cell)) count++;
    }
  }
  return count;
}

/** The edits replacing every match in rows[from, to), appended to `into`. */
export function replaceEdits(
  rows: readonly Row[],
  columns: readonly number[],
  m: Matcher,
  replacement: string,
  into: CellEdit[] = [],
  from = 0,
  to = rows.length,
): CellEdit[] {
  for (let i = from; i < to; i++) {
    const row = rows[i];
    for (const column of columns) {
      const before = row.cells[column];
      if (before === undefined || before === '' || !m.test(before)) continue;
      const after = m.replace(before, replacement);
      if (after !== before) into.push({ id: row.id, column, before, after });
    }
  }
  return into;
}
