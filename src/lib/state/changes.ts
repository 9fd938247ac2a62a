import { t } from '../text/messages';
import { workspace } from './app';
import { ChangeList } from './change-list.svelte';
import { webChangeLog } from './change-log-port.web';
import { ChangeMarks } from './change-marks.svelte';
import { saveFile } from './download';
import { notices } from './notices.svelte';

/** The Changes view's list and the grid's marks, wired to the browser's storage: one of each. */
export const changeMarks = new ChangeMarks(workspace, webChangeLog);
export const changeList = new ChangeList(workspace, webChangeLog);

/** Downloads "what I changed": the changes since the last export, as a TSV. */
export async function exportChanges(): Promise<void> {
  const result = await changeList.sinceExportTsv();
  if (!result) return;
  saveFile(result.bytes.slice().buffer, result.fileName, 'text/tab-separated-values');
  notices.info(() => t('changes.exported', { count: result.count, file: result.fileName }));
}
