import type { PagedRows, Placement } from './paged-rows';
import { withCell } from './row';

/**
 * Every change a user makes, as data: applied to make it, inverted to undo it. The same shape
 * will feed the change history and merging that come later.
 */
export interface CellEdit {
  id: number;
  column: number;
  before: string;
  after: string;
}

export type Change =
  | { kind: 'edit'; edits: CellEdit[] }
  | { kind: 'add'; placements: Placement[] }
  | { kind: 'delete'; placements: Placement[] };

export function invert(change: Change): Change {
  switch (change.kind) {
    case 'edit':
      return {
        kind: 'edit',
        edits: change.edits.map((e) => ({ ...e, before: e.after, after: e.before })),
      };
    case 'add':
      return { kind: 'delete', placements: change.placements };
    case 'delete':
      return { kind: 'add', placements: change.placements };
  }
}

/** Applies a change to the rows and returns the pages it touched, for storage to rewrite. */
export function applyChange(rows: PagedRows, change: Change): Set<number> {
  switch (change.kind) {
    case 'edit': {
      const touched = new Set<number>();
      for (const { id, column, after } of change.edits) {
        const row = rows.get(id);
        if (row) touched.add(rows.update(withCell(row, column, after)));
      }
      return touched;
    }
    case 'add':
      return rows.insert(change.placements);
    case 'delete':
      return rows.remove(change.placements.map((p) => p.row.id)).touched;
  }
}

/** Undo and redo stacks. A new change clears what was undone, as in every spreadsheet. */
export class History {
  private done: Change[] = [];
  private undone: Change[] = [];

  constructor(private readonly limit = 500) {}

  get canUndo(): boolean {
    return this.done.length > 0;
  }

  get canRedo(): boolean {
    return this.undone.length > 0;
  }

  record(change: Change): void {
    this.done.push(change);
    if (this.done.length > this.limit) this.done.shift();
    this.undone = [];
  }

  /** The change that undoes the last one, or null. */
  undo(): Change | null {
    const change = this.done.pop();
    if (!change) return null;
    this.undone.push(change);
    return invert(change);
  }

  redo(): Change | null {
    const change = this.undone.pop();
    if (!change) return null;
    this.done.push(change);
    return change;
  }

  clear(): void {
    this.done = [];
    this.undone = [];
  }
}
