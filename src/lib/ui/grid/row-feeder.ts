import type { GridApi } from 'ag-grid-community';
import type { Row } from '../../domain/row';

// Rows go in by slices, a task each, after the grid is created empty: first a screenful and more,
// so the first rows show at once, then the rest. Building 100,000 row nodes in one go froze the
// page for ~300 ms, and so did creating a grid with rows on a first visit, when none of ag-grid's
// code has been compiled yet. A slice takes ~40 ms: typing meanwhile is answered without delay.
const FIRST_SLICE = 500;
const SLICE = 10_000;

/** Feeds the dataset's rows into the grid in slices, and keeps it in step as rows come and go. */
export class RowFeeder {
  /** How many of `rows()` the grid holds; below its length while slices are still going in. */
  private fed = 0;
  private cancel: (() => void) | undefined;

  constructor(
    private readonly api: GridApi<Row>,
    /** The dataset's rows as they are now: a row edited before it goes in goes in as edited. */
    private readonly rows: () => readonly Row[],
    private readonly arriving: () => boolean,
    /** Every row is in (and no more are arriving). */
    private readonly settled: () => void,
  ) {}

  get busy(): boolean {
    return this.fed < this.rows().length || this.arriving();
  }

  /** Whether every row is in the grid, so the grid's own count is the whole answer. */
  get complete(): boolean {
    return this.fed >= this.rows().length;
  }

  start(): void {
    const first = setTimeout(() => this.feed());
    this.cancel = () => clearTimeout(first);
  }

  /** Rows joined at the end (an import arriving): the first slice goes in now, the rest follow. */
  appended(): void {
    if (this.fed === 0) this.feed();
    else if (!this.cancel) this.feedLater();
  }

  /** Rows added or removed (rare, never while loading): the grid diffs the whole set by id. */
  restructured(): void {
    this.stop();
    this.fed = this.rows().length;
    this.api.setGridOption('rowData', this.rows() as Row[]);
  }

  stop(): void {
    this.cancel?.();
    this.cancel = undefined;
  }

  private feed(): void {
    this.cancel = undefined;
    const rows = this.rows();
    const add = rows.slice(this.fed, this.fed + (this.fed === 0 ? FIRST_SLICE : SLICE));
    this.fed += add.length;
    // Appended in document order; with a sort or filter set, ag-grid places and filters them.
    if (add.length > 0) this.api.applyTransaction({ add });
    if (this.fed < rows.length) this.feedLater();
    else if (!this.arriving()) this.settled();
  }

  /**
   * The next slice after the next frame, so that what the user just did (a search, the counter)
   * shows before another ~50 ms slice; or after 100 ms where no frame comes (a hidden tab).
   */
  private feedLater(): void {
    let slice: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      clearTimeout(fallback);
      slice = setTimeout(() => this.feed());
    });
    const fallback = setTimeout(() => {
      cancelAnimationFrame(frame);
      this.feed();
    }, 100);
    this.cancel = () => {
      cancelAnimationFrame(frame);
      clearTimeout(fallback);
      clearTimeout(slice);
    };
  }
}
