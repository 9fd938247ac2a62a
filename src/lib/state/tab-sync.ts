import { liveQuery } from 'dexie';
import { db } from '../db/db';
import { readMeta } from '../db/dataset-repo';
import { workspace } from './workspace.svelte';

/**
 * Keeps this tab in step with others on the same data: Dexie's liveQuery tells us (through a
 * BroadcastChannel) when the stored dataset changes, within milliseconds of the other tab's
 * write. And when another tab opens a newer schema, this tab saves, closes, and asks to reload,
 * instead of blocking the upgrade or being killed with unsaved changes.
 */
export function watchOtherTabs(): () => void {
  const subscription = liveQuery(() => readMeta(db)).subscribe({
    next: (meta) => void workspace.syncFromStorage(meta?.stamp),
    // A failed read here is reported by the next load; the subscription itself has nothing to add.
    error: () => undefined,
  });
  const onVersionChange = () => {
    void workspace.closeForUpgrade();
    // Returning false stops Dexie from closing at once: we close after the queued writes land.
    return false;
  };
  db.on('versionchange', onVersionChange);
  // Closed under us: the browser may have discarded the database (see workspace.lost).
  const onClose = () => workspace.closedUnderUs();
  db.on('close', onClose);
  return () => {
    subscription.unsubscribe();
    db.on('versionchange').unsubscribe(onVersionChange);
    db.on('close').unsubscribe(onClose);
  };
}
