import { invertColumns, trimRows, type ColumnsChange } from './header-change';
import type { LinesChange } from './kept-lines';
import type { PagedRows, Placement } from './paged-rows';
import { withCell, type Row } from './row';

/**
 * Every change to the rows, as data: applied to make it, inverted to undo it, written to storage
 * and to the change log as it is. One user action (typing a cell, a paste, a merge, a check's Fix)
 * is one change, however many rows it touches; rows are addressed by Pactsheet's own id.
 */
export interface CellEdit {
  id: number;
  column: number;
  before: string;
  after: string;
}

export interface Change {
  /** Rows taken out, where they stood, in ascending order: applied first. */
  removed: Placement[];
  /** Rows put in, at places in the rows as they are after the removals, ascending: applied next. */
  added: Placement[];
  /** Cells changed, by row id: applied last. */
  edits: CellEdit[];
  /** Lines that are not agreements taken out of or put back into the dataset's meta (kept-lines.ts). */
  lines?: LinesChange;
  /** Columns added to or taken out of the end of the header (header-change.ts): a merge's new column. */
  columns?: ColumnsChange;
}

export const editChange = (edits: CellEdit[]): Change => ({ removed: [], added: [], edits });
export const addChange = (added: Placement[]): Change => ({ removed: [], added, edits: [] });
export const deleteChange = (removed: Placement[]): Change => ({ removed, added: [], edits: [] });

/** Whether only cells change: no row comes or goes, so every row keeps its place. */
export const isEditOnly = (change: Change): boolean => change.removed.length === 0 && change.added.length === 0 && !change.lines && !change.columns;

export const isEmptyChange = (change: Change): boolean => isEditOnly(change) && change.edits.length === 0;

/**
 * The change that takes `change` back. Applied in the same order (removals, additions, edits), it
 * removes the added rows, puts the removed ones back where they were, then restores the cells;
 * an edit of a row that the inverse removed finds no row and is skipped.
 */
export function invert(change: Change): Change {
  return {
    removed: change.added,
    added: change.removed,
    edits: change.edits.map((e) => ({ ...e, before: e.after, after: e.before })),
    ...(change.lines ? { lines: { removed: change.lines.added, added: change.lines.removed } } : {}),
    ...(change.columns ? { columns: invertColumns(change.columns) } : {}),
  };
}

/** Applies a change to the rows and returns the pages it touched, for storage to rewrite. */
export function applyChange(rows: PagedRows, change: Change): Set<number> {
  const touched = new Set<number>();
  if (change.removed.length > 0) for (const page of rows.remove(change.removed.map((p) => p.row.id)).touched) touched.add(page);
  if (change.added.length > 0) for (const page of rows.insert(change.added)) touched.add(page);
  for (const { id, column, after } of change.edits) {
    const row = rows.get(id);
    if (row) touched.add(rows.update(withCell(row, column, after)));
  }
  // The header itself is in the meta (applyColumns); the rows only lose what a removed column lent them.
  for (const page of trimRows(rows, change.columns)) touched.add(page);
  return touched;
}

/** The ids of the rows a change edits without adding or removing them. */
export function editedIds(change: Change): Set<number> {
  return new Set(change.edits.map((e) => e.id));
}

/** Rows as they are in `rows` for these ids (missing ids skipped). */
export function rowsByIds(rows: PagedRows, ids: Iterable<number>): Row[] {
  const found: Row[] = [];
  for (const id of ids) {
    const row = rows.get(id);
    if (row) found.push(row);
  }
  return found;
}
