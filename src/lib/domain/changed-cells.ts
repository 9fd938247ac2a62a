import type { LogEntry } from './change-log';
import type { CellEdit } from './changes';
import type { Row } from './row';

/** What a change did to rows, as both a live change and a stored log entry say it. */
export interface RowsChange {
  edits: readonly CellEdit[];
  added: readonly Row[];
  removed: readonly Row[];
}

interface Cell {
  /** The value at the last export ('' for a cell of a row that did not exist then). */
  was: string;
  now: string;
}

const keyOf = (id: number, column: number) => `${id}:${column}`;

/**
 * The cells whose value differs from what the last export held, worked out by replaying what
 * changed since. Comparing with the value at the export (not counting edits) means an edit undone,
 * or typed back to what it was, leaves no mark. A row deleted and brought back (undo) keeps what it
 * had at the export; a row added since is compared with empty cells, so its typed cells are marked.
 */
export class ChangedCells {
  private cells = new Map<string, Cell>();
  private ids = new Map<number, Set<number>>();

  /** Replays log entries, oldest first. */
  static fromLog(oldestFirst: readonly LogEntry[]): ChangedCells {
    const changed = new ChangedCells();
    for (const entry of oldestFirst) changed.apply(entry);
    return changed;
  }

  apply({ removed, added, edits }: RowsChange): void {
    for (const row of removed) row.cells.forEach((cell, column) => this.track(row.id, column, cell, cell));
    for (const row of added) {
      row.cells.forEach((cell, column) => this.track(row.id, column, '', cell));
      for (const column of this.ids.get(row.id) ?? []) if (column >= row.cells.length) this.set(row.id, column, '');
    }
    for (const e of edits) this.track(e.id, e.column, e.before, e.after);
  }

  /** Whether this cell differs from the last export. */
  has(id: number, column: number): boolean {
    const cell = this.cells.get(keyOf(id, column));
    return !!cell && cell.was !== cell.now;
  }

  /** What the cell held at the last export, if it changed since. */
  was(id: number, column: number): string | undefined {
    const cell = this.cells.get(keyOf(id, column));
    return cell && cell.was !== cell.now ? cell.was : undefined;
  }

  /** The rows with at least one changed cell. */
  rowIds(): Set<number> {
    const rows = new Set<number>();
    for (const [id, columns] of this.ids) if ([...columns].some((column) => this.has(id, column))) rows.add(id);
    return rows;
  }

  get size(): number {
    let count = 0;
    for (const cell of this.cells.values()) if (cell.was !== cell.now) count++;
    return count;
  }

  /** A cell seen for the first time keeps `was`; one seen before only takes its new value. */
  private track(id: number, column: number, was: string, now: string): void {
    const key = keyOf(id, column);
    const cell = this.cells.get(key);
    if (cell) {
      cell.now = now;
      return;
    }
    this.cells.set(key, { was, now });
    let columns = this.ids.get(id);
    if (!columns) this.ids.set(id, (columns = new Set()));
    columns.add(column);
  }

  private set(id: number, column: number, now: string): void {
    const cell = this.cells.get(keyOf(id, column));
    if (cell) cell.now = now;
  }
}
