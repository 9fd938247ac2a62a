import { liveQuery } from 'dexie';
import { db } from '../db/db';
import { readMeta } from '../db/dataset-repo';
import type { CellEdit } from '../domain/changes';
import type { DatasetMeta } from '../domain/dataset';
import { replacedCellsMessage, type EditedCell } from './replaced-cells';
import type { Messages } from './storage-guard.svelte';
import type { Workspace } from './workspace.svelte';

/**
 * Keeps a tab in step with others on the same data. It drives the workspace from outside, through
 * its public methods: when storage holds a write this tab did not make, the workspace reads it
 * again (rows that did not change stay as they are, so an open editor survives), and the user is
 * told if a cell they had edited now holds something else.
 */
export class TabSync {
  /** Cells this tab changed since it last loaded: the value typed, by row id, then column. */
  private mine = new Map<number, Map<number, string>>();

  constructor(
    private readonly workspace: Workspace,
    private readonly messages: Messages,
  ) {
    workspace.onCommit((change) => this.remember(change.edits));
  }

  private remember(edits: readonly CellEdit[]): void {
    for (const e of edits) {
      let row = this.mine.get(e.id);
      if (!row) this.mine.set(e.id, (row = new Map<number, string>()));
      row.set(e.column, e.after);
    }
  }

  /** Storage now holds this metadata (another tab, or this tab's worker, wrote). */
  async stored(meta: DatasetMeta | null): Promise<void> {
    const workspace = this.workspace;
    // The first answer arrives while the start-up load is still reading: wait for it, or the stamp
    // it is about to record looks foreign and 100,000 rows are read twice.
    await workspace.loaded();
    if (workspace.guard.closed) return;
    if (workspace.knows(meta?.stamp)) return workspace.exportedElsewhere(meta?.exportedAt);
    await workspace.flush();
    const mine: EditedCell[] = [];
    for (const [id, row] of this.mine) for (const [column, value] of row) mine.push({ id, column, value });
    this.mine.clear();
    await workspace.reread();
    const message = replacedCellsMessage(mine, workspace.dataset.paged, workspace.dataset.header);
    if (message) this.messages.error(message);
  }
}

/**
 * Dexie's liveQuery tells us (through a BroadcastChannel) when the stored dataset changes, within
 * milliseconds of the other tab's write. When another tab opens a newer schema, this tab saves,
 * closes and asks to reload, instead of blocking the upgrade or being killed with unsaved changes.
 */
export function watchOtherTabs(workspace: Workspace, sync: TabSync): () => void {
  const subscription = liveQuery(() => readMeta(db)).subscribe({
    next: (meta) => void sync.stored(meta),
    // A failed read here is reported by the next load; the subscription itself has nothing to add.
    error: () => undefined,
  });
  const onVersionChange = () => {
    void workspace.closeForUpgrade();
    // Returning false stops Dexie from closing at once: we close after the queued writes land.
    return false;
  };
  db.on('versionchange', onVersionChange);
  // Closed under us: the browser may have discarded the database.
  const onClose = () => void workspace.flush().then(() => workspace.guard.check());
  db.on('close', onClose);
  return () => {
    subscription.unsubscribe();
    db.on('versionchange').unsubscribe(onVersionChange);
    db.on('close').unsubscribe(onClose);
  };
}
