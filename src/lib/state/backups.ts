import { format } from 'date-fns';
import type { BackupSummary } from '../domain/backup';
import { say, t } from '../text/messages';
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
    notices.error(() => (response.type === 'failed' ? say(response.reason) : t('backup.failed')));
    return;
  }
  const fileName = `${meta.name}-backup-${format(new Date(), 'yyyy-MM-dd')}.json`;
  saveFile(response.bytes, fileName, 'application/json');
  notices.info(() => t('backup.saved', { file: fileName }));
}

/**
 * The first half of "Restore": the worker reads and checks the backup and keeps it, and nothing is
 * written (the importer asks before `restoreBackup`). A refused file is said here.
 */
export async function readBackupFile(file: File): Promise<BackupSummary | null> {
  const response = await dataWorker.request({ type: 'readBackup', file });
  if (response.type === 'backupRead') return response.summary;
  const said = response.type === 'refused' ? response.error.reason : response.type === 'failed' ? response.reason : null;
  // Worded when shown: a switch of language re-words it.
  notices.error(() => t('backup.notRestored', { file: file.name, reason: said ? say(said) : t('backup.unreadable') }));
  return null;
}

/** Replaces the data with the backup read last; what was there becomes the restorable snapshot. */
export async function restoreBackup(fileName: string): Promise<void> {
  await workspace.flush();
  const response = await dataWorker.request({ type: 'restore', stamp: workspace.ownStamp(), now: Date.now(), fileName });
  if (response.type !== 'stored') {
    notices.error(() => (response.type === 'failed' ? say(response.reason) : t('backup.restoreFailed')));
    return;
  }
  await Promise.all([workspace.load(), settings.load()]);
  notices.info(() => t('backup.restored', { count: response.rows, file: fileName }));
}

/** Brings back the data from before the last replacing import or restore. */
export async function restorePrevious(): Promise<void> {
  if (await editor.restoreSnapshot()) {
    notices.info(() => t('backup.restoredEarlier', { count: workspace.dataset.rows.length }));
  } else {
    notices.error(t('backup.noEarlier'));
  }
}
