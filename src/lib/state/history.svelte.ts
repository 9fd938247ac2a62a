import { invert, type Change } from '../domain/changes';

/**
 * Undo and redo stacks, reactive: `canUndo` and `canRedo` follow the stacks, never copied.
 * A new change clears what was undone, as in every spreadsheet.
 */
export class UndoHistory {
  private done = $state.raw<readonly Change[]>([]);
  private undone = $state.raw<readonly Change[]>([]);
  canUndo = $derived(this.done.length > 0);
  canRedo = $derived(this.undone.length > 0);

  constructor(private readonly limit = 500) {}

  record(change: Change): void {
    this.done = [...this.done, change].slice(-this.limit);
    this.undone = [];
  }

  /** The change that undoes the last one, or null. */
  undo(): Change | null {
    const change = this.done.at(-1);
    if (!change) return null;
    this.done = this.done.slice(0, -1);
    this.undone = [...this.undone, change];
    return invert(change);
  }

  redo(): Change | null {
    const change = this.undone.at(-1);
    if (!change) return null;
    this.undone = this.undone.slice(0, -1);
    this.done = [...this.done, change];
    return change;
  }

  /** Whether any step to undo or redo changes, adds or removes one of these rows. */
  touches(ids: ReadonlySet<number>): boolean {
    if (ids.size === 0) return false;
    const has = (id: number) => ids.has(id);
    return [...this.done, ...this.undone].some(
      (change) => change.edits.some((e) => has(e.id)) || change.added.some((p) => has(p.row.id)) || change.removed.some((p) => has(p.row.id)),
    );
  }

  clear(): void {
    this.done = [];
    this.undone = [];
  }
}
