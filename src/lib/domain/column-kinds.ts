import type { ColumnMap } from './columns';
import { notADate, parseDate, type DateFormat } from './dates';
import { compareByNumber, isBlank } from './sort';
import { isPermanent, type Status } from './status';

/**
 * What a column's cells mean, and so how they sort and what makes one wrong. The grid, and later
 * the checks, the merge and the exports, ask here rather than each deciding for itself.
 *
 * - date: "Date of agreement", "Valid until". Sorts by date; a cell that is not a date is flagged.
 * - ranking: "QS ranking", "THE ranking" ("1001-1200", "1501+"). Sorts by its first number.
 * - number: "No". Sorts by value.
 * - status: the computed Status column. Sorts by what needs action first (STATUS_SORT_ORDER).
 * - text: every other column.
 *
 * Every kind puts the cells it cannot read after those it can, in text order, and blank cells
 * after everything: the empty end of a column is where nobody needs to look first.
 */
export type ColumnKind = 'date' | 'ranking' | 'number' | 'status' | 'text';

/**
 * The order of the Status column's first click: what needs action first. The legend keeps its
 * own order (STATUSES), which reads as a story, from current to over.
 */
export const STATUS_SORT_ORDER: readonly Status[] = ['renewal-due', 'expired', 'unknown', 'active', 'permanent'];

/**
 * A data column's kind, from what its header says it is (domain/columns.ts). A column the header
 * does not name is a number column if its `cells`, when given, hold numbers (holdsNumbers); the
 * grid need not give them, as text and number sort alike on such a column (see sortOrder).
 */
export function columnKind(column: number, map: ColumnMap, cells?: Iterable<string>): ColumnKind {
  if (column === map.no) return 'number';
  if (column === map.date || column === map.validUntil) return 'date';
  if (column === map.qs || column === map.the) return 'ranking';
  const named = Object.values(map).includes(column);
  return !named && cells && holdsNumbers(cells) ? 'number' : 'text';
}

/**
 * A plain decimal number ("42", "-3", "7.5"), or Infinity. Thousands separators and decimal
 * commas are not read: "1,200" may be either, and a wrong guess would sort silently wrong.
 */
export function readNumber(text: string): number {
  const t = text.trim();
  return /^[+-]?\d+(\.\d+)?$/.test(t) ? Number(t) : Number.POSITIVE_INFINITY;
}

/** Rankings like "1001-1200", "1501+" or "352 US College Rankings 2022" sort by their first number. */
export function leadingNumber(text: string): number {
  const m = /\d+/.exec(text);
  return m ? Number(m[0]) : Number.POSITIVE_INFINITY;
}

/** Share of a column's non-blank cells that must read as numbers for it to hold numbers. */
const NEARLY_ALL = 0.9;

/**
 * Whether a column holds numbers, judged by its cells, for a column the header does not name: a
 * register may carry a second counter. Nearly all rather than all, since registers carry the odd
 * "12a" or "n/a". No cells, or only blank ones, hold no numbers.
 */
export function holdsNumbers(cells: Iterable<string>): boolean {
  let filled = 0;
  let numbers = 0;
  for (const cell of cells) {
    if (isBlank(cell)) continue;
    filled++;
    if (readNumber(cell) !== Number.POSITIVE_INFINITY) numbers++;
  }
  return filled > 0 && numbers >= filled * NEARLY_ALL;
}

/**
 * How a kind orders two of its texts: negative, zero or positive (for domain/sort.ts, which makes
 * each distinct text's number once). A new comparison each call: it remembers the numbers it read.
 *
 * Text also puts cells that are a number first, by value, so that a column the header does not
 * name sorts right when it holds numbers (1, 2, 10, not 1, 10, 2) with no need to scan it first;
 * for a column of words it is plain text order.
 */
export function sortOrder(kind: ColumnKind, dateFormat: DateFormat): (a: string, b: string) => number {
  switch (kind) {
    case 'date':
      return compareByNumber((text) => parseDate(text, dateFormat)?.getTime() ?? Number.POSITIVE_INFINITY);
    case 'ranking':
      return compareByNumber(leadingNumber);
    case 'status':
      return compareByNumber((text) => {
        const at = STATUS_SORT_ORDER.indexOf(text as Status);
        return at < 0 ? Number.POSITIVE_INFINITY : at;
      });
    case 'number':
    case 'text':
      return compareByNumber(readNumber);
  }
}

/**
 * Why a cell's text is wrong for its column, in words a person can act on; null when it is fine.
 * Only dates are checked: a non-blank date that does not parse (in "Valid until", the words for
 * "never ends" are fine too, see domain/status.ts). A blank cell is not wrong; it is empty.
 */
export function cellProblem(column: number, map: ColumnMap, text: string, dateFormat: DateFormat): string | null {
  if (columnKind(column, map) !== 'date' || isBlank(text) || parseDate(text, dateFormat)) return null;
  if (column !== map.validUntil) return notADate(text, dateFormat);
  return isPermanent(text) ? null : notADate(text, dateFormat, 'Permanent');
}
