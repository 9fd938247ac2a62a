import { TextNumbers } from './text-numbers';

/**
 * Sort keys made ahead of the first sort. Sorting a column first reads each row's cell and looks
 * its text up among the distinct ones (domain/sort.ts): at 100,000 rows, reading and hashing every
 * cell for the first time is ~50 ms, a third of a sort. So the worker, while it folds the search
 * text, also gives each page's columns as dictionaries: the page's distinct texts, and each row's
 * number among them. A sort then reads integers, and hashes only the pages' distinct texts.
 *
 * Derived data, like the search text: stored beside it, made again when missing, never the truth.
 */

/**
 * One page's columns, packed into four values, not an object and an array per column: the worker
 * hands 100 of these over at once, and each object costs the page's thread time to unpack.
 */
export interface PageKeys {
  /** Per column: how many distinct texts it has, or -1 for none (see MOSTLY_DISTINCT). */
  counts: Int32Array;
  /** The columns' distinct texts one after another, each column's in order of first appearance. */
  text: string;
  /** Where each of those texts ends in `text`. */
  ends: Uint32Array;
  /** Row r's number among column c's texts, at c × rows + r. */
  codes: Uint16Array;
}

/** A page's rows, and its keys if it has them (a page stored before keys were made has none). */
export interface KeyedPage {
  rows: number;
  keys?: PageKeys;
}

/** A column's texts across all pages: `codes[i]` is row i's number in `texts`, or -1 if not known. */
export interface ColumnCodes {
  texts: string[];
  codes: Int32Array;
}

interface Cells {
  readonly cells: readonly string[];
}

/**
 * A dictionary saves nothing where nearly every text differs (numbers, registration numbers): it
 * would only store the texts twice. Such a column gets none and sorts by its cells.
 */
const MOSTLY_DISTINCT = 0.5;

export function pageKeys(rows: readonly Cells[]): PageKeys {
  let width = 0;
  for (const row of rows) width = Math.max(width, row.cells.length);
  const limit = Math.min(0xffff, Math.max(16, Math.floor(rows.length * MOSTLY_DISTINCT)));
  const counts = new Int32Array(width);
  const codes = new Uint16Array(width * rows.length);
  const texts: string[] = [];
  for (let column = 0; column < width; column++) {
    const distinct = numberTexts(rows, column, limit, codes.subarray(column * rows.length));
    counts[column] = distinct ? distinct.length : -1;
    for (const text of distinct ?? []) texts.push(text);
  }
  const ends = new Uint32Array(texts.length);
  let at = 0;
  texts.forEach((text, i) => (ends[i] = at += text.length));
  return { counts, text: texts.join(''), ends, codes };
}

/** Writes each row's number among the column's distinct texts, and returns those; null past `limit`. */
function numberTexts(rows: readonly Cells[], column: number, limit: number, codes: Uint16Array): string[] | null {
  const numbers = new TextNumbers();
  for (let i = 0; i < rows.length; i++) {
    const code = numbers.numberOf(rows[i].cells[column] ?? '');
    if (code === limit) return null;
    codes[i] = code;
  }
  return numbers.texts;
}

/**
 * Whether stored keys are whole and fit a page of `rows` rows. They decide the order on screen, and
 * storage can hand back anything (an older or damaged record): keys that don't fit are not used.
 */
export function isPageKeys(keys: unknown, rows: number): keys is PageKeys {
  if (typeof keys !== 'object' || keys === null) return false;
  const { counts, text, ends, codes } = keys as Partial<PageKeys>;
  if (!(counts instanceof Int32Array && ends instanceof Uint32Array && codes instanceof Uint16Array)) return false;
  if (typeof text !== 'string' || codes.length !== counts.length * rows) return false;
  let texts = 0;
  for (const count of counts) {
    if (count < -1) return false;
    texts += Math.max(0, count);
  }
  if (texts !== ends.length || (ends.length === 0 ? text !== '' : ends[ends.length - 1] !== text.length)) return false;
  return ends.every((end, i) => i === 0 || end >= ends[i - 1]);
}

/** Column `column`'s distinct texts in a page's keys; null where it has none. */
function textsOf({ counts, text, ends }: PageKeys, column: number): string[] | null {
  if (column >= counts.length || counts[column] < 0) return null;
  let first = 0;
  for (let c = 0; c < column; c++) first += Math.max(0, counts[c]);
  return Array.from({ length: counts[column] }, (_, i) => text.slice(first + i > 0 ? ends[first + i - 1] : 0, ends[first + i]));
}

/** One column's codes over the pages in order, their dictionaries merged (done at its first sort). */
export function joinColumn(pages: readonly KeyedPage[], column: number): ColumnCodes {
  const numbers = new TextNumbers();
  const codes = new Int32Array(pages.reduce((n, page) => n + page.rows, 0)).fill(-1);
  let offset = 0;
  for (const page of pages) {
    const keys = isPageKeys(page.keys, page.rows) ? page.keys : undefined;
    const pageTexts = keys ? textsOf(keys, column) : null;
    if (keys && pageTexts) {
      const global = pageTexts.map((text) => numbers.numberOf(text));
      const from = column * page.rows;
      for (let r = 0; r < page.rows; r++) {
        const code = keys.codes[from + r];
        codes[offset + r] = code < global.length ? global[code] : -1;
      }
    }
    offset += page.rows;
  }
  return { texts: numbers.texts, codes };
}

/**
 * Makes equal cells share one string, the one their page's keys list. 100,000 rows hold ~1,000,000
 * cell strings, most of them repeats (dates, countries, partners): shared, the page's heap is ~25%
 * smaller (95 → 70 MB measured), and each garbage collection has that much less to go through. A
 * cell is only ever replaced by a text equal to it, so no row's content changes, whoever holds it.
 */
export function shareTexts(rows: readonly Cells[], pages: readonly KeyedPage[]): void {
  let offset = 0;
  for (const { rows: count, keys } of pages) {
    if (isPageKeys(keys, count)) shareInPage(rows, offset, count, keys);
    offset += count;
  }
}

function shareInPage(rows: readonly Cells[], offset: number, count: number, keys: PageKeys): void {
  for (let column = 0; column < keys.counts.length; column++) {
    const texts = textsOf(keys, column);
    if (!texts) continue;
    for (let r = 0; r < count; r++) {
      const cells = rows[offset + r]?.cells as string[] | undefined;
      const text = texts[keys.codes[column * count + r]];
      if (cells && text !== undefined && cells[column] === text) cells[column] = text;
    }
  }
}
