import { format } from 'date-fns';
import { agreements } from '../domain/import-summary';
import { dataWorker } from '../workers/data-client';
import { saveFile } from './download';
import { notices } from './notices.svelte';
import { settings } from './settings.svelte';
import { editor, workspace } from './app';

/** "Download backup": everything about the dataset, rows with their ids, dialect and settings. */
export async function downloadBackup(): Promise<void> {
  const meta = workspace.meta;
  if (!meta) return;
  await workspace.flush();
  const response = await dataWorker.request({ type: 'backup', now: Date.now(), data: workspace.onlyCopy() });
  if (response.type !== 'backup') {
    notices.error(response.type === 'failed' ? response.message : 'The backup failed.');
    return;
  }
  const fileName = `${meta.name}-backup-${format(new Date(), 'yyyy-MM-dd')}.json`;
  saveFile(response.bytes, fileName, 'application/json');
  notices.info(`Backup saved as ${fileName}. Keep it somewhere safe; "Restore" reads it back exactly.`);
}

/** "Restore": replaces the data with a backup's; what was there becomes the restorable snapshot. */
export async function restoreBackup(file: File): Promise<void> {
  await workspace.flush();
  const bytes = await file.arrayBuffer();
  const response = await dataWorker.request({ type: 'restore', bytes, stamp: workspace.ownStamp(), now: Date.now(), fileName: file.name }, [bytes]);
  if (response.type === 'refused') {
    notices.error(`${file.name} was not restored: ${response.error.message}`);
  } else if (response.type !== 'stored') {
    notices.error(response.type === 'failed' ? response.message : 'The restore failed.');
  } else {
    await Promise.all([workspace.load(), settings.load()]);
    notices.info(`Restored ${agreements(response.rows)} from ${file.name}`);
  }
}

/** Brings back the data from before the last replacing import or restore. */
export async function restorePrevious(): Promise<void> {
  if (await editor.restoreSnapshot()) {
    notices.info(`Restored the earlier data: ${agreements(workspace.dataset.rows.length)}. What you had just now was kept as the earlier data in turn.`);
  } else {
    notices.error('There is no earlier data to restore.');
  }
}
