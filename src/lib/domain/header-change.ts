/**
 * Columns added to or taken out of the header, as part of a Change (`columns`): a merge takes a
 * column the colleague added, and its undo takes it back out. Columns only ever come and go at the
 * END of the header, so no row's cells move: a row shorter than the header reads as empty cells
 * there (cellOf), and a row nobody wrote to keeps its cells, and so its exported bytes, as they came.
 */
import type { DatasetMeta } from './dataset';
import type { PagedRows } from './paged-rows';
import type { Row } from './row';

export interface HeaderColumn {
  /** Its place in the header: after the removals, and after the additions listed before it. */
  at: number;
  /** The header text, as their file wrote it ('' for an unnamed column, shown "(column N)"). */
  name: string;
}

export interface ColumnsChange {
  removed: HeaderColumn[];
  added: HeaderColumn[];
  /**
   * The rows the change writes into the added columns, with the cell count each had before: a
   * removal cuts them back to it once their cells there are empty again, so an undo leaves them
   * exactly as they were (a short row stays short, and exports as it came).
   */
  rows: { id: number; length: number }[];
  /**
   * No row had more cells than this when the columns were added (they go after every cell a row
   * has, see appendColumns): empty cells past it that any row has when they are removed again
   * were only ever padding for them (an edit typed there and undone), and are cut too.
   */
  widest: number;
}

export const invertColumns = (change: ColumnsChange): ColumnsChange => ({ ...change, removed: change.added, added: change.removed });

/** The meta with the change's columns taken out (from the end back) and then put in. */
export function applyColumns(meta: DatasetMeta, change: ColumnsChange | undefined): DatasetMeta {
  if (!change) return meta;
  const header = meta.header.slice();
  for (const { at, name } of [...change.removed].sort((a, b) => b.at - a.at)) {
    // Only the column it names: a header changed elsewhere meanwhile keeps its other columns.
    if (header[at] === name) header.splice(at, 1);
  }
  for (const { at, name } of change.added) header.splice(Math.min(at, header.length), 0, name);
  return { ...meta, header };
}

/**
 * After a removal, rows are cut back to the cells they had before the columns came: every row to
 * `widest`, the rows the change wrote to their own earlier length. Only trailing EMPTY cells go:
 * text typed there meanwhile (another tab) is kept, shown as "(column N)". Returns the pages touched.
 */
export function trimRows(rows: PagedRows, change: ColumnsChange | undefined): Set<number> {
  const touched = new Set<number>();
  if (!change || change.removed.length === 0) return touched;
  const cut = (row: Row, length: number) => {
    let end = row.cells.length;
    while (end > length && row.cells[end - 1] === '') end--;
    if (end < row.cells.length) touched.add(rows.update({ id: row.id, cells: row.cells.slice(0, end) }));
  };
  for (const row of rows.all()) if (row.cells.length > change.widest) cut(row, change.widest);
  for (const { id, length } of change.rows) {
    const row = rows.get(id);
    if (row && row.cells.length > length) cut(row, length);
  }
  return touched;
}

/**
 * The change that appends `names` to a header of `width` columns. `widest`: the most cells any row
 * has. Cells a ragged row carries past the header stay unnamed columns before the new ones, so
 * that they never become the new column's values.
 */
export function appendColumns(width: number, widest: number, names: readonly string[]): HeaderColumn[] {
  const gap = Array.from({ length: Math.max(0, widest - width) }, (_, i) => ({ at: width + i, name: '' }));
  const start = Math.max(width, widest);
  return [...gap, ...names.map((name, i) => ({ at: start + i, name }))];
}
