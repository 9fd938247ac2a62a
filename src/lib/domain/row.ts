/**
 * One agreement: its cells as raw text, exactly as imported or typed. Parsed dates, rankings and
 * statuses are views computed from these cells, never stored in their place.
 *
 * `id` is Pactsheet's own: "No" and "Registration number" are user data and may be blank or
 * repeated. Rows are immutable; an edit makes a new row with the same id.
 */
export interface Row {
  readonly id: number;
  readonly cells: readonly string[];
  /**
   * How the imported record was written where that differs from what export would write (a cell
   * quoted that need not be, another line ending). Absent on most rows; an edit makes a row without
   * it (see withCell), so only untouched records are written as they came.
   */
  readonly form?: RecordForm;
}

/** See Row.form. */
export interface RecordForm {
  /** Cells whose quoting is the opposite of what the encoder would choose. */
  readonly flip?: readonly number[];
  /** The line ending after this line, when not the dialect's. */
  readonly end?: '\n' | '\r\n' | '\r';
}

export function cellOf(row: Row, column: number | undefined): string {
  return column === undefined ? '' : (row.cells[column] ?? '');
}

/**
 * The row with one cell changed. A short (ragged) row is only lengthened when a cell beyond its
 * end gets text, so untouched rows keep their field count on export.
 */
export function withCell(row: Row, column: number, value: string): Row {
  if (cellOf(row, column) === value) return row;
  const cells = row.cells.slice();
  while (cells.length < column) cells.push('');
  cells[column] = value;
  return { id: row.id, cells };
}
