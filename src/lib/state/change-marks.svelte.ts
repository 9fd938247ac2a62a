/* eslint-disable svelte/prefer-svelte-reactivity -- its Sets are bookkeeping, never rendered */
import { untrack } from 'svelte';
import { ChangedCells } from '../domain/changed-cells';
import type { ChangeLogPort } from './change-log-port';
import type { Workspace } from './workspace.svelte';

/**
 * The cells changed since the last export, for the grid's marks. Worked out from the change log
 * (so other tabs' changes and a reload count too) and kept in step with this tab's own changes as
 * they are committed, before their log entries are even written. `version` says when to redraw,
 * `touched` which rows.
 */
export class ChangeMarks {
  version = $state(0);
  /** Rows whose marks may have changed at the last update. */
  touched: readonly number[] = [];
  private changed = new ChangedCells();
  private commits = 0;
  private running: Promise<void> | null = null;
  private again = false;

  constructor(
    private readonly workspace: Workspace,
    private readonly log: ChangeLogPort,
  ) {
    workspace.onCommit((change) => {
      this.commits++;
      const added = change.added.map((p) => p.row);
      const removed = change.removed.map((p) => p.row);
      this.changed.apply({ edits: change.edits, added, removed });
      // Only the rows this change touched can have gained or lost a mark.
      const touched = new Set<number>(change.edits.map((e) => e.id));
      for (const row of added) touched.add(row.id);
      for (const row of removed) touched.add(row.id);
      this.show(touched);
    });
    // A new dataset, another tab's write, a write taken back: read the log again. A commit of this
    // tab's own tells its rows' event first and the commit listeners right after, in the same task:
    // that one is applied above, without reading a long log again after every keystroke.
    workspace.dataset.subscribe((event) => {
      if (event.kind === 'append') return;
      const commits = this.commits;
      queueMicrotask(() => commits === this.commits && void this.refresh());
    });
  }

  /** What the cell held at the last export, if it changed since. */
  was(id: number, column: number): string | undefined {
    return this.changed.was(id, column);
  }

  has(id: number, column: number): boolean {
    return this.changed.has(id, column);
  }

  get size(): number {
    return this.changed.size;
  }

  /** Reads the log again once every write under way has landed; calls coming meanwhile share one more read. */
  refresh(): Promise<void> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = this.read().finally(() => {
      this.running = null;
      if (this.again) {
        this.again = false;
        void this.refresh();
      }
    });
    return this.running;
  }

  /** Follows the last export's time (this tab's export, or another tab's): the marks start over. */
  watch(): () => void {
    return $effect.root(() => {
      $effect(() => {
        void this.workspace.meta?.exportedAt;
        untrack(() => void this.refresh());
      });
    });
  }

  private async read(): Promise<void> {
    let entries;
    let commits;
    do {
      commits = this.commits;
      await this.workspace.flush();
      const meta = this.workspace.meta;
      entries = meta ? await this.log.readSince(meta.exportedAt) : [];
      // A change committed while reading may not be in what was read: read again.
    } while (commits !== this.commits);
    const next = ChangedCells.fromLog(entries.reverse());
    const rows = this.changed.rowIds();
    for (const id of next.rowIds()) rows.add(id);
    this.changed = next;
    this.show(rows);
  }

  private show(rows: Set<number>): void {
    this.touched = [...rows];
    this.version++;
  }
}
