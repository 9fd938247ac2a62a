import type { Row } from './row';

/**
 * Rows kept in pages of about a thousand, the unit in which they are stored. One IndexedDB object
 * per row costs ~50 µs (5 s for 100k rows); a page of 1,000 rows costs about as much as one row,
 * so an import is one short transaction and an edit rewrites one page (~1,000 rows, a few ms).
 * Document order is page by page, then position within the page.
 */
export const PAGE_SIZE = 1000;

/** Where a row sits, so that deleting and undoing puts it back in the same place. */
export interface Placement {
  row: Row;
  page: number;
  position: number;
}

/** Rows cut into pages of `size`, in order: how an import is stored and handed to the app. */
export function paginate(rows: readonly Row[], size = PAGE_SIZE): Row[][] {
  const pages: Row[][] = [];
  for (let i = 0; i < rows.length; i += size) pages.push(rows.slice(i, i + size));
  return pages;
}

export class PagedRows {
  private readonly pages: Row[][];
  // Indexed by row id, not Maps: ids are small integers counted up from 1, and indexing 100,000
  // rows this way takes about a third of the time (a stray large id makes them sparse, never wrong).
  private readonly pageOf: (number | undefined)[] = [];
  /** Each row by its id: a paste or a merge of thousands of cells looks rows up thousands of times. */
  private readonly rowOf: (Row | undefined)[] = [];
  private count = 0;
  private flat: Row[] | null = null;

  constructor(pages: Row[][]) {
    this.pages = pages;
    pages.forEach((rows, page) => rows.forEach((row) => this.place(row, page)));
  }

  private place(row: Row, page: number): void {
    if (this.rowOf[row.id] === undefined) this.count++;
    this.pageOf[row.id] = page;
    this.rowOf[row.id] = row;
  }

  static fromRows(rows: readonly Row[], size = PAGE_SIZE): PagedRows {
    return new PagedRows(paginate(rows, size));
  }

  get pageCount(): number {
    return this.pages.length;
  }

  get size(): number {
    return this.count;
  }

  page(index: number): readonly Row[] {
    return this.pages[index] ?? [];
  }

  /** Every page, as stored: a row's page decides which page a later edit rewrites. */
  allPages(): readonly (readonly Row[])[] {
    return this.pages;
  }

  /** All rows in document order; cached until the next change. */
  all(): readonly Row[] {
    this.flat ??= this.pages.flat();
    return this.flat;
  }

  get(id: number): Row | undefined {
    return this.rowOf[id];
  }

  /** Adds whole pages at the end: an import arriving in parts. */
  addPages(pages: readonly Row[][]): void {
    for (const rows of pages) {
      const page = this.pages.length;
      this.pages.push(rows);
      for (const row of rows) this.place(row, page);
    }
    this.flat = null;
  }

  /** Puts a changed row in place of the one with its id; returns the page touched. */
  update(row: Row): number {
    const page = this.pageOf[row.id];
    const current = this.rowOf[row.id];
    if (page === undefined || !current) throw new Error(`No row ${row.id}`);
    const rows = this.pages[page];
    rows[rows.indexOf(current)] = row;
    this.rowOf[row.id] = row;
    this.flat = null;
    return page;
  }

  /** Where new rows go: the end of the last page, or a fresh page when it is full. */
  placementsForNew(rows: readonly Row[], size = PAGE_SIZE): Placement[] {
    let page = Math.max(0, this.pages.length - 1);
    let position = this.pages[page]?.length ?? 0;
    return rows.map((row) => {
      if (position >= size) {
        page++;
        position = 0;
      }
      return { row, page, position: position++ };
    });
  }

  /**
   * Where new rows go to stand right below the row with id `after`, in document order; at the end
   * when there is no such row.
   */
  placementsAfter(rows: readonly Row[], after: number | undefined): Placement[] {
    const page = after === undefined ? undefined : this.pageOf[after];
    if (page === undefined) return this.placementsForNew(rows);
    const position = this.pages[page].findIndex((row) => row.id === after) + 1;
    return rows.map((row, i) => ({ row, page, position: position + i }));
  }

  /** Inserts rows at their placements (in ascending order); returns the pages touched. */
  insert(placements: readonly Placement[]): Set<number> {
    const touched = new Set<number>();
    for (const { row, page, position } of placements) {
      while (this.pages.length <= page) this.pages.push([]);
      this.pages[page].splice(position, 0, row);
      this.place(row, page);
      touched.add(page);
    }
    this.flat = null;
    return touched;
  }

  /** Removes rows; their placements are returned in ascending order so `insert` can undo it. */
  remove(ids: Iterable<number>): { removed: Placement[]; touched: Set<number> } {
    const wanted = new Set(ids);
    const removed: Placement[] = [];
    const touched = new Set<number>();
    this.pages.forEach((rows, page) => {
      if (!rows.some((row) => wanted.has(row.id))) return;
      const kept: Row[] = [];
      rows.forEach((row, position) => {
        if (wanted.has(row.id)) removed.push({ row, page, position });
        else kept.push(row);
      });
      this.pages[page] = kept;
      touched.add(page);
    });
    for (const { row } of removed) {
      if (this.rowOf[row.id] !== undefined) this.count--;
      this.pageOf[row.id] = undefined;
      this.rowOf[row.id] = undefined;
    }
    this.flat = null;
    return { removed, touched };
  }
}
