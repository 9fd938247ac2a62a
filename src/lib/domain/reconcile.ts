import { PagedRows } from './paged-rows';
import type { Row } from './row';

/** What changed between the rows a tab shows and the rows storage now holds (another tab wrote). */
export interface Reconciled {
  /** The stored rows, with every row that did not change kept as the very object the tab had. */
  paged: PagedRows;
  /** Rows whose cells changed, as they were and as they are (same ids, in document order). */
  before: Row[];
  after: Row[];
  added: Row[];
  removed: Row[];
}

const sameCells = (a: Row, b: Row): boolean =>
  a.cells.length === b.cells.length && a.cells.every((cell, i) => cell === b.cells[i]);

/**
 * The reconcile rule for another tab's write: storage is the truth, and the later write wins, as
 * in a shared spreadsheet. Rows that did not change keep their identity, so the grid leaves them
 * (and a cell editor open in one of them) alone; only changed, added and removed rows are news.
 */
export function reconcile(shown: PagedRows, storedPages: Row[][]): Reconciled {
  const before: Row[] = [];
  const after: Row[] = [];
  const added: Row[] = [];
  const seen = new Set<number>();
  const pages = storedPages.map((page) =>
    page.map((stored) => {
      seen.add(stored.id);
      const mine = shown.get(stored.id);
      if (!mine) {
        added.push(stored);
        return stored;
      }
      if (sameCells(mine, stored)) return mine;
      before.push(mine);
      after.push(stored);
      return stored;
    }),
  );
  const removed = shown.all().filter((row) => !seen.has(row.id));
  return { paged: new PagedRows(pages), before, after, added, removed };
}
