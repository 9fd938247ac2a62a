import type { Rect } from '../../domain/paste';

/** A cell by where it is shown: its row's displayed index and its column's id. */
export interface CellPosition {
  row: number;
  colId: string;
}

/**
 * The rectangle of cells selected with Shift+Arrow or Shift+click. ag-grid community has no range
 * selection: the focused cell stays the anchor, as in Excel, and `end` is the corner that moves.
 * Positions are displayed ones, so a sort or a search (which moves rows) clears the range.
 */
export class CellRange {
  private anchor: CellPosition | null = null;
  private end: CellPosition | null = null;
  /** The displayed data columns when the range was last set: the order a rectangle spans. */
  private columns: readonly string[] = [];

  /** A range of one cell, or none. */
  reset(at: CellPosition | null): void {
    this.anchor = at;
    this.end = at;
  }

  extendTo(end: CellPosition, columns: readonly string[]): void {
    if (!this.anchor) return;
    this.end = end;
    this.columns = columns;
  }

  /** Moves the far corner by rows and columns, kept inside the grid; returns where it went. */
  extendBy(rows: number, cols: number, rowCount: number, columns: readonly string[]): CellPosition | null {
    const end = this.end;
    if (!end) return null;
    const col = Math.min(columns.length - 1, Math.max(0, columns.indexOf(end.colId) + cols));
    const next = { row: Math.min(rowCount - 1, Math.max(0, end.row + rows)), colId: columns[col] };
    this.extendTo(next, columns);
    return next;
  }

  /** Whether this cell is where the range started (the focused cell while it is selected). */
  startsAt(at: CellPosition): boolean {
    return !!this.anchor && this.anchor.row === at.row && this.anchor.colId === at.colId;
  }

  /** More than one cell is selected. */
  get isRange(): boolean {
    return !!this.anchor && !!this.end && (this.anchor.row !== this.end.row || this.anchor.colId !== this.end.colId);
  }

  /** The range as a rectangle of the given columns (displayed data columns, in order). */
  rect(columns: readonly string[]): Rect | null {
    if (!this.anchor || !this.end) return null;
    const a = columns.indexOf(this.anchor.colId);
    const b = columns.indexOf(this.end.colId);
    if (a < 0 || b < 0) return null;
    return {
      top: Math.min(this.anchor.row, this.end.row),
      bottom: Math.max(this.anchor.row, this.end.row),
      left: Math.min(a, b),
      right: Math.max(a, b),
    };
  }

  /** Whether a shown cell is inside a range of more than one cell: it gets the range's colour. */
  contains(row: number | null, colId: string): boolean {
    if (row === null || !this.isRange) return false;
    const rect = this.rect(this.columns);
    if (!rect || row < rect.top || row > rect.bottom) return false;
    const col = this.columns.indexOf(colId);
    return col >= rect.left && col <= rect.right;
  }
}
