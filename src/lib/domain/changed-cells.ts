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

export class ChangedCells {
  /** By row id, then column: no key strings to build for the 100,000 cells of a big replace. */
  private rows = new Map<number, Map<number, Cell>>();

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
      for (const [column, cell] of this.rows.get(row.id) ?? []) if (column >= row.cells.length) cell.now = '';
    }
    for (const e of edits) this.track(e.id, e.column, e.before, e.after);
  }

  /** Whether this cell differs from the last export. */
  has(id: number, column: number): boolean {
    const cell = this.rows.get(id)?.get(column);
    return !!cell && cell.was !== cell.now;
  }

  /** What the cell held at the last export, if it changed since. */
  was(id: number, column: number): string | undefined {
    const cell = this.rows.get(id)?.get(column);
    return cell && cell.was !== cell.now ? cell.was : undefined;
  }

  /** The rows with at least one changed cell. */
  rowIds(): Set<number> {
    const ids = new Set<number>();
    for (const [id, cells] of this.rows) {
      for (const cell of cells.values()) {
        if (cell.was !== cell.now) {
          ids.add(id);
          break;
        }
      }
    }
    return ids;
  }

  get size(): number {
    let count = 0;
    for (const cells of this.rows.values()) for (const cell of cells.values()) if (cell.was !== cell.now) count++;
    return count;
  }

  /** A cell seen for the first time keeps `was`; one seen before only takes its new value. */
  private track(id: number, column: number, was: string, now: string): void {
    let cells = this.rows.get(id);
    if (!cells) this.rows.set(id, (cells = new Map<number, Cell>()));
    const cell = cells.get(column);
    if (cell) cell.now = now;
    else cells.set(column, { was, now });
  }
}
