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
