import { format } from 'date-fns';
import { agreements } from '../domain/import-summary';
import { encodeTable } from '../domain/tsv-encode';
import { notices } from './notices.svelte';
import { workspace } from './workspace.svelte';

export function exportFileName(name: string, today: Date): string {
  return `${name}-${format(today, 'yyyy-MM-dd')}.tsv`;
}

/** Writes the dataset in its own dialect and hands it to the browser as a download. */
export function exportTsv(): void {
  const meta = workspace.meta;
  if (!meta) return;
  const rows = workspace.rows;
  const { bytes, neutralised, quotedInRaw } = encodeTable(
    meta.header,
    rows.map((row) => row.cells as string[]),
    meta.dialect,
  );
  const fileName = exportFileName(meta.name, new Date());
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: 'text/tab-separated-values' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  // The download has started from the blob by the time the click returns; keep it a moment anyway.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);

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
  notices.info(`Exported ${agreements(rows.length)} to ${fileName}`, details);
}
