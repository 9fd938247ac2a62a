import type { Row } from '../../domain/row';
import { rowFilter, type RowFilter, type StatusWords } from '../../domain/row-filter';
import { queryWords, type SearchIndex } from '../../domain/search';
import type { Status, StatusVerdict } from '../../domain/status';

/**
 * The grid's filter: the status chip and the Search box as one test (domain/row-filter.ts), made
 * anew when either changes, never per row. Search is an external filter over our own index rather
 * than ag-grid's quick filter: its text is folded in the worker, so no search here folds 100,000
 * rows (~300 ms).
 */
export class GridFilter {
  current: RowFilter | null;
  private words: readonly string[];
  /** The query last asked for; `words` follows once the index can answer it. */
  private wanted: string;

  constructor(
    private status: Status | null,
    search: string,
    private statusOf: (row: Row) => StatusVerdict,
    private index: SearchIndex,
    /** The status words a search finds, in the interface's language (and English). */
    private readonly statusWords?: StatusWords,
    private rowSet: ReadonlySet<number> | null = null,
  ) {
    this.words = queryWords(search);
    this.wanted = this.words.join(' ');
    this.current = this.make();
  }

  private make(): RowFilter | null {
    return rowFilter({ status: this.status, words: this.words, statusOf: this.statusOf, index: this.index, statusWords: this.statusWords, rowSet: this.rowSet });
  }

  /** Returns whether the filter changed (the grid must filter again). */
  setStatus(status: Status | null): boolean {
    if (status === this.status) return false;
    this.status = status;
    this.current = this.make();
    return true;
  }

  /** Only these rows (the Overview's bar), or null for all. */
  setRowSet(rowSet: ReadonlySet<number> | null): boolean {
    if (rowSet === this.rowSet) return false;
    this.rowSet = rowSet;
    this.current = this.make();
    return true;
  }

  setStatusOf(statusOf: (row: Row) => StatusVerdict): boolean {
    if (statusOf === this.statusOf) return false;
    this.statusOf = statusOf;
    this.current = this.make();
    return true;
  }

  /** A new index (rows loaded anew): the same filters, searched in it. */
  setIndex(index: SearchIndex): void {
    if (index === this.index) return;
    this.index = index;
    if (this.current) this.current = this.make();
  }

  /**
   * Applies a search, calling `changed` once the filter holds it: right after loading, the worker
   * may still be folding, and the search answers once it has (in a task of its own: the search
   * text arriving has just cost this one ~50 ms).
   */
  setSearch(search: string, changed: () => void): void {
    const next = queryWords(search);
    const query = next.join(' ');
    if (query === this.wanted) return;
    this.wanted = query;
    const index = this.index;
    const apply = () => {
      if (this.wanted !== query || this.index !== index) return; // asked again since
      this.words = next;
      this.current = this.make();
      changed();
    };
    if (next.length === 0 || index.isReady) apply();
    else void index.ready.then(() => setTimeout(apply));
  }
}
