import { format } from 'date-fns';
import { agreements } from '../domain/import-summary';
import { dataWorker } from '../workers/data-client';
import { activity } from './activity.svelte';
import { saveFile } from './download';
import { notices } from './notices.svelte';
import { workspace } from './app';

export function exportFileName(name: string, today: Date): string {
  return `${name}-${format(today, 'yyyy-MM-dd')}.tsv`;
}

/**
 * Writes the stored dataset in its own dialect (in the worker: encoding 100k rows would block the
 * page) and hands it to the browser as a download.
 */
export async function exportTsv(): Promise<void> {
  const meta = workspace.meta;
  if (!meta) return;
  await workspace.flush();
  const response = await activity.during(`Exporting ${agreements(workspace.dataset.rows.length)}…`, () => dataWorker.request({ type: 'export', data: workspace.onlyCopy() }));
  if (response.type !== 'exported') {
    notices.error(response.type === 'failed' ? response.message : 'The export failed.');
    return;
  }
  const { bytes, rows, neutralised, quotedInRaw, unencodable } = response;
  const fileName = exportFileName(meta.name, new Date());
  saveFile(bytes, fileName, 'text/tab-separated-values');
  await workspace.markExported();
  notices.info(`Exported ${agreements(rows)} to ${fileName}`, exportDetails(neutralised, quotedInRaw, unencodable, meta.dialect.encoding));
}

function exportDetails(neutralised: number, quotedInRaw: number, unencodable: number, encoding: string): string[] {
  const details: string[] = [];
  if (neutralised > 0) {
    details.push(
      `${neutralised} ${neutralised === 1 ? 'cell starts' : 'cells start'} with =, +, @, a tab or a line break; a ' was put in front so Excel and Google Sheets show ${neutralised === 1 ? 'it' : 'them'} as text instead of running a formula.`,
    );
  }
  if (quotedInRaw > 0) {
    details.push(
      `${quotedInRaw} ${quotedInRaw === 1 ? 'cell holds' : 'cells hold'} a tab or line break, so ${quotedInRaw === 1 ? 'it was' : 'they were'} wrapped in quotes as Excel does.`,
    );
  }
  if (unencodable > 0) {
    details.push(
      `${unencodable} ${unencodable === 1 ? 'character' : 'characters'} cannot be written in ${encoding}, the file's encoding, and became "?".`,
    );
  }
  return details;
}
