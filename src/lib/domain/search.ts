import { joinColumn, pageKeys, type ColumnCodes, type KeyedPage, type PageKeys } from './column-keys';
import { fold, FOLD_VERSION } from './fold';
import type { Dictionary } from './sort';

// Folding (case, accents) lives in fold.ts; re-exported for the callers that search.
export { fold, FOLD_VERSION, queryWords } from './fold';

/** Separators no one types, so that a word never matches across two cells or two rows. */
const CELL = '\u0001';
const ROW = '\u0002';

interface Searchable {
  readonly id: number;
  readonly cells: readonly string[];
}

/**
 * Every row's folded text in one string, made in the worker (folding 100,000 rows takes ~300 ms)
 * and handed to the page in one piece: `starts[i]` is where row i begins, `ids[i]` its id. With
 * it come the pages' sort keys (domain/column-keys.ts), made from the same rows in the same pass.
 */
export interface SearchText {
  text: string;
  starts: Int32Array;
  ids: Int32Array;
  /** The non-empty pages in order, so that their rows follow one another as in `ids`. */
  pages: KeyedPage[];
}

/** The search text of `rows`, with their sort keys as one page. */
export function searchText(rows: readonly Searchable[]): SearchText {
  return { ...foldRows(rows), pages: [{ rows: rows.length, keys: pageKeys(rows) }] };
}

function foldRows(rows: readonly Searchable[]): Omit<SearchText, 'pages'> {
  const texts = new Array<string>(rows.length);
  const starts = new Int32Array(rows.length + 1);
  const ids = new Int32Array(rows.length);
  let at = 0;
  for (let i = 0; i < rows.length; i++) {
    texts[i] = fold(rows[i].cells.join(CELL));
    starts[i] = at;
    at += texts[i].length + ROW.length;
    ids[i] = rows[i].id;
  }
  starts[rows.length] = at;
  return { text: texts.join(ROW), starts, ids };
}

/**
 * One page's search text, stored beside the page (db/schema.ts) so that a reload can search at
 * once instead of folding every row again. The worker makes them after an import; a write that
 * changes a page drops its text, and a load folds those pages again (joinSearch), as it does a
 * text folded by an older `fold` (FOLD_VERSION).
 */
export interface PageSearch {
  text: string;
  /** Where each row begins in `text`, and one more entry: where a next row would. */
  starts: Int32Array;
  /** Absent in texts stored before sort keys were made: those rows sort by their cells. */
  keys?: PageKeys;
  /** The FOLD_VERSION it was folded with; absent before version 2. Another one is folded again. */
  fold?: number;
}

/** `keys: false` leaves out the sort keys: those rows then sort by their cells (see joinSearch). */
export function pageSearch(rows: readonly Searchable[], { keys = true } = {}): PageSearch {
  const { text, starts } = foldRows(rows);
  return keys ? { text, starts, keys: pageKeys(rows), fold: FOLD_VERSION } : { text, starts, fold: FOLD_VERSION };
}

/**
 * The whole dataset's search text from its pages' ones. Pages without one (or with one that does
 * not fit their rows) are folded here, up to `foldMissing` of them; beyond that, null.
 */
export function joinSearch(
  pages: readonly (readonly Searchable[])[],
  stored: readonly (PageSearch | undefined)[],
  { foldMissing = 0 } = {},
): SearchText | null {
  const fits = (i: number) =>
    pages[i].length === 0 || (stored[i]?.fold === FOLD_VERSION && stored[i]?.starts.length === pages[i].length + 1);
  // Counted first: folding pages only to find there are too many would be time thrown away.
  if (pages.filter((_, i) => !fits(i)).length > foldMissing) return null;
  // Folded here on the page's thread, during a start: without sort keys, which would add ~1-2 ms a
  // page to a task that is long enough. Those few pages' rows sort by their cells.
  const searches = pages.map((rows, i) => (fits(i) ? stored[i] : pageSearch(rows, { keys: false })));
  const rowCount = pages.reduce((n, rows) => n + rows.length, 0);
  const texts: string[] = [];
  const starts = new Int32Array(rowCount + 1);
  const ids = new Int32Array(rowCount);
  const keyed: KeyedPage[] = [];
  let row = 0;
  let offset = 0;
  for (const [i, rows] of pages.entries()) {
    if (rows.length === 0) continue;
    const search = searches[i]!;
    keyed.push({ rows: rows.length, keys: search.keys });
    for (let r = 0; r < rows.length; r++) {
      starts[row] = offset + search.starts[r];
      ids[row++] = rows[r].id;
    }
    texts.push(search.text);
    offset += search.text.length + ROW.length;
  }
  starts[rowCount] = offset;
  return { text: texts.join(ROW), starts, ids, pages: keyed };
}

/** Which rows of a search text hold `word`: one indexOf pass over the whole text. */
function rowsHolding({ text, starts }: SearchText, word: string): Uint8Array {
  const found = new Uint8Array(starts.length - 1);
  let row = 0;
  for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, starts[row + 1])) {
    while (starts[row + 1] <= at) row++;
    found[row] = 1;
    if (row + 1 >= found.length) break;
  }
  return found;
}

/**
 * Each id's position. Ids are small integers (1 to n from an import, then the next free one), so
 * an array indexed by id. At 100,000 rows (in Node) it is built in ~2 ms where a Map took ~17,
 * and asked several times faster, once per row by every search, filter and sort. A Map where ids
 * are not like that.
 */
function positionsOf(ids: Int32Array): (id: number) => number {
  let min = 0;
  let max = -1;
  for (const id of ids) {
    if (id < min) min = id;
    if (id > max) max = id;
  }
  if (min >= 0 && max < 2 * ids.length + 1024) {
    const at = new Int32Array(max + 1).fill(-1);
    ids.forEach((id, i) => (at[id] = i));
    return (id) => at[id] ?? -1;
  }
  const map = new Map<number, number>();
  ids.forEach((id, i) => map.set(id, i));
  return (id) => map.get(id) ?? -1;
}

/** Per word, the rows holding it (1 or 0, by position); and the rows holding them all. */
interface WordsFound {
  each: Uint8Array[];
  all: Uint8Array;
}

/** Where the row is in an index's rows, if the index was made from this very row; otherwise -1. */
function positionIn(indexed: { rows: readonly Searchable[]; positionOf: (id: number) => number }, row: Searchable): number {
  const at = indexed.positionOf(row.id);
  return at >= 0 && indexed.rows[at] === row ? at : -1;
}

/**
 * Finds rows by words. Rows as they were when the search text was made are looked up in it;
 * rows changed since (rows are immutable: an edit makes a new one) are folded one by one.
 */
export class SearchIndex {
  private texts = new WeakMap<object, string>();
  private indexed: {
    search: SearchText;
    rows: readonly Searchable[];
    /** A row id's position in `rows`, or -1. */
    positionOf: (id: number) => number;
    /** Columns joined from the pages' sort keys, each at its first sort. */
    columns: Map<number, ColumnCodes>;
  } | null = null;
  private found: { words: readonly string[]; query: string; found: WordsFound } | null = null;
  private settle: () => void = () => {};
  /** Resolves once the search text is attached, or is known not to come. */
  readonly ready = new Promise<void>((resolve) => (this.settle = resolve));
  private settled = false;

  /**
   * Uses a search text made from `rows` (same rows, same order; checked by id). Returns false, and
   * is left without one, when they do not match.
   */
  attach(search: SearchText, rows: readonly Searchable[]): boolean {
    const fits = search.ids.length === rows.length && rows.every((row, i) => row.id === search.ids[i]);
    if (fits) {
      this.indexed = { search, rows, positionOf: positionsOf(search.ids), columns: new Map() };
      this.found = null;
    }
    this.giveUp();
    return fits;
  }

  /** No search text will come: rows are folded as they are searched. */
  giveUp(): void {
    this.settled = true;
    this.settle();
  }

  get isReady(): boolean {
    return this.settled;
  }

  private textOf(row: { readonly cells: readonly string[] }): string {
    let text = this.texts.get(row);
    if (text === undefined) {
      text = fold(row.cells.join(CELL));
      this.texts.set(row, text);
    }
    return text;
  }

  /** Whether the row holds every word; `extra` is searched too (the row's status). */
  matches(row: Searchable, words: readonly string[], extra = ''): boolean {
    const position = this.indexed ? positionIn(this.indexed, row) : -1;
    if (position >= 0) {
      const { all, each } = this.wordsFound(words);
      if (all[position] === 1) return true;
      // A word not in the row's cells may still be in `extra`.
      return extra !== '' && words.every((word, i) => each[i][position] === 1 || extra.includes(word));
    }
    const text = this.textOf(row);
    return words.every((word) => text.includes(word) || extra.includes(word));
  }

  /**
   * How many of `rows` hold every word, read straight from the search text (~7 ms at 100,000 rows,
   * where asking row by row takes ~50 ms). null when it cannot tell: the rows are not the ones it
   * was made from (an edit since).
   */
  countMatching(rows: readonly Searchable[], words: readonly string[]): number | null {
    if (this.indexed?.rows !== rows) return null;
    const { all } = this.wordsFound(words);
    let count = 0;
    for (let i = 0; i < rows.length; i++) count += all[i];
    return count;
  }

  /**
   * A column's texts as a dictionary, for sorting it (domain/column-keys.ts): `codeOf(row)` is the
   * row's number in `texts`, or -1 for a row the index was not made from (edited since, or added).
   */
  dictionary(column: number): Dictionary<Searchable> | null {
    const indexed = this.indexed;
    if (!indexed) return null;
    let joined = indexed.columns.get(column);
    if (!joined) indexed.columns.set(column, (joined = joinColumn(indexed.search.pages, column)));
    const { texts, codes } = joined;
    // A column without keys ("No", or texts stored before keys) is read row by row anyway.
    if (texts.length === 0) return null;
    return {
      texts,
      codeOf: (row) => {
        const at = positionIn(indexed, row);
        return at >= 0 ? codes[at] : -1;
      },
    };
  }

  private wordsFound(words: readonly string[]): WordsFound {
    // Asked once per row: the same words array is recognised without joining it 100,000 times.
    if (this.found?.words === words) return this.found.found;
    const query = words.join(' ');
    if (this.found?.query !== query) {
      const search = this.indexed!.search;
      const each = words.map((word) => rowsHolding(search, word));
      const all = new Uint8Array(search.ids.length).fill(1);
      for (const holding of each) for (let i = 0; i < all.length; i++) all[i] &= holding[i];
      this.found = { words, query, found: { each, all } };
    }
    this.found.words = words;
    return this.found.found;
  }
}
