import { format } from 'date-fns';
import { newExportId } from '../domain/merge/export-id';
import { delimiterOf, type Delimiter } from '../domain/dialect';
import { say, t } from '../text/messages';
import { dataWorker } from '../workers/data-client';
import { activity } from './activity.svelte';
import { saveFile } from './download';
import { notices } from './notices.svelte';
import { workspace } from './app';

/**
 * `<dataset name>-YYYY-MM-DD-<export id>.tsv` (or `.csv`): the id names the base a returned file
 * merges against.
 */
export function exportFileName(name: string, today: Date, exportId: string, extension = 'tsv'): string {
  return `${name}-${format(today, 'yyyy-MM-dd')}-${exportId}.${extension}`;
}

/**
 * Writes the stored dataset in its own dialect (in the worker: encoding 100k rows would block the
 * page) and hands it to the browser as a download. `as`: the other format, when asked for (a CSV
 * dataset written as TSV or back); a `;` dataset stays `;` as CSV.
 */
export async function exportTsv(as?: Delimiter): Promise<void> {
  const meta = workspace.meta;
  if (!meta) return;
  await workspace.flush();
  const exportId = newExportId();
  const now = new Date();
  const csv = (as ?? delimiterOf(meta.dialect)) !== '\t';
  const fileName = exportFileName(meta.name, now, exportId, csv ? 'csv' : 'tsv');
  const request = { type: 'export', data: workspace.onlyCopy(), as, base: { id: exportId, now: now.getTime(), fileName } } as const;
  const response = await activity.during(t('export.progress', { count: workspace.dataset.rows.length }), () => dataWorker.request(request));
  if (response.type !== 'exported') {
    notices.error(() => (response.type === 'failed' ? say(response.reason) : t('export.failed')));
    return;
  }
  const { bytes, rows, neutralised, quotedInRaw, unencodable } = response;
  saveFile(bytes, fileName, csv ? 'text/csv' : 'text/tab-separated-values');
  // Said as the download starts; recording the export's time follows (the worker may still be
  // storing the export's merge base).
  notices.info(() => t('export.done', { count: rows, file: fileName }), () => exportDetails(neutralised, quotedInRaw, unencodable, meta.dialect.encoding));
  await workspace.markExported();
}

function exportDetails(neutralised: number, quotedInRaw: number, unencodable: number, encoding: string): string[] {
  const details: string[] = [];
  if (neutralised > 0) details.push(t('export.neutralised', { count: neutralised }));
  if (quotedInRaw > 0) details.push(t('export.quotedInRaw', { count: quotedInRaw }));
  if (unencodable > 0) details.push(t('export.unencodable', { count: unencodable, encoding }));
  return details;
}
