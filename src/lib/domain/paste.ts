/**
 * Where pasted, filled and cleared cells land. The grid shows rows in some order (sorted,
 * filtered) and columns in some order; these functions map a block onto that view and return
 * the one Change that makes it, so a paste of any size is one undo step.
 */
import type { Block } from './clipboard-block';
import type { CellEdit, Change } from './changes';
import { nextNumber } from './new-rows';
import type { PagedRows } from './paged-rows';
import { cellOf, type Row } from './row';

/** What the grid shows, in order: row ids and the data columns (indexes into the header). */
export interface GridView {
  shown: readonly number[];
  columns: readonly number[];
}

/** A rectangle of the view, by position in `shown` and `columns`, inclusive. */
export interface Rect {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

export interface CellValue {
  id: number;
  column: number;
  value: string;
}

/** The edits that set these cells (cells already holding the value, or rows not found, skipped). */
export function cellEdits(cells: Iterable<CellValue>, rowOf: (id: number) => Row | undefined): CellEdit[] {
  const edits: CellEdit[] = [];
  for (const { id, column, value } of cells) {
    const row = rowOf(id);
    const before = row ? cellOf(row, column) : value;
    if (row && before !== value) edits.push({ id, column, before, after: value });
  }
  return edits;
}

/** Every cell of a rectangle, row by row. */
export function* cellsIn(view: GridView, rect: Rect): Generator<{ id: number; column: number }> {
  for (let r = rect.top; r <= rect.bottom && r < view.shown.length; r++) {
    for (let c = rect.left; c <= rect.right && c < view.columns.length; c++) yield { id: view.shown[r], column: view.columns[c] };
  }
}

/** One value into every cell of a rectangle: clearing is filling with ''. */
export function fillRect(view: GridView, rect: Rect, value: string, rowOf: (id: number) => Row | undefined): CellEdit[] {
  return cellEdits([...cellsIn(view, rect)].map((cell) => ({ ...cell, value })), rowOf);
}

/**
 * Ctrl+D: the rectangle's top row copied into the rows below it; a rectangle one row high takes
 * its values from the row above it instead (as in Excel). Nothing to do on the first row.
 */
export function fillDown(view: GridView, rect: Rect, rowOf: (id: number) => Row | undefined): CellEdit[] {
  const source = rect.top === rect.bottom ? rect.top - 1 : rect.top;
  const sourceRow = source >= 0 ? rowOf(view.shown[source]) : undefined;
  if (!sourceRow) return [];
  const cells: CellValue[] = [];
  for (const { id, column } of cellsIn(view, { ...rect, top: source + 1 })) cells.push({ id, column, value: cellOf(sourceRow, column) });
  return cellEdits(cells, rowOf);
}

/** What a new row needs: its id and an empty row's shape. */
export interface NewRows {
  nextRowId: number;
  header: readonly string[];
  /** The "No" column: numbered on from the largest, as "Add row" does. */
  noColumn: number | undefined;
}

export interface PastePlan {
  change: Change;
  /** The dataset's next row id after the rows this paste adds. */
  nextRowId: number;
  /** Cells of the block beyond the last column, which had nowhere to go. */
  clipped: number;
}

/**
 * A block pasted with its top-left cell at `at`: it fills right and down over the rows shown, in
 * the order shown, and rows the block runs past the end become new rows, placed after the last
 * row shown. Cells to the right of the last column cannot be placed and are counted, not lost
 * silently.
 */
export function planPaste(block: Block, at: { row: number; column: number }, view: GridView, paged: PagedRows, fresh: NewRows): PastePlan {
  const cells: CellValue[] = [];
  const added: Row[] = [];
  let clipped = 0;
  let nextRowId = fresh.nextRowId;
  let number: number | null = null;
  block.forEach((values, i) => {
    const r = at.row + i;
    let id: number;
    let row: string[] | null = null;
    if (r < view.shown.length) id = view.shown[r];
    else {
      id = nextRowId++;
      row = fresh.header.map(() => '');
      if (fresh.noColumn !== undefined) {
        number ??= Number(nextNumber(paged.all(), fresh.noColumn) || NaN);
        if (Number.isFinite(number)) row[fresh.noColumn] = String(number++);
      }
    }
    values.forEach((value, j) => {
      const c = at.column + j;
      if (c >= view.columns.length) return void clipped++;
      if (row) row[view.columns[c]] = value;
      else cells.push({ id, column: view.columns[c], value });
    });
    if (row) added.push({ id, cells: row });
  });
  const edits = cellEdits(cells, (id) => paged.get(id));
  const last = view.shown.at(-1);
  const placements = added.length > 0 ? paged.placementsAfter(added, last) : [];
  return { change: { removed: [], added: placements, edits }, nextRowId, clipped };
}
