import type { Message } from '../format';
import { type Count, type File, agreements } from './words';

/**
 * What storage was asked to do when it failed, as a code: `db/errors.ts` and the data worker say
 * `storage.full`/`storage.refused` with one of these, and each language words the phrase.
 */
export type StorageDoing =
  | 'open'
  | 'storeImport'
  | 'storeAll'
  | 'restoreBackup'
  | 'restoreEarlier'
  | 'saveChange'
  | 'saveSetting'
  | 'recordExport';

const DOING: Record<StorageDoing, string> = {
  open: 'open the stored agreements',
  storeImport: 'store the imported agreements',
  storeAll: 'store your agreements',
  restoreBackup: 'restore the backup',
  restoreEarlier: 'restore the earlier data',
  saveChange: 'save your change',
  saveSetting: 'save the setting',
  recordExport: 'record the export',
};

const SAVE_AS_TEXT = 'In Excel use Save As → Text (Tab delimited) or Unicode Text.';
const SAVE_AS_TSV = 'Open it in Excel and use Save As → Text (Tab delimited).';
const NO_COLUMNS = 'No tab-separated columns were found:';

/**
 * English: why a file was refused (domain/sniff, decode, tsv-parse, import-file, backup), why
 * storage failed (db/errors.ts) and the data worker's other failures. They arrive as `Said` values
 * and are worded by the page when shown.
 */
export const refusals = {
  // Files that are not a text table (domain/sniff.ts)
  'refusal.png': 'This is a PNG image, not a table. Open the agreements spreadsheet and save it as text.',
  'refusal.jpeg': 'This is a JPEG image, not a table. Open the agreements spreadsheet and save it as text.',
  'refusal.gif': 'This is a GIF image, not a table. Open the agreements spreadsheet and save it as text.',
  'refusal.pdf': 'This is a PDF document, not a table. Open the original spreadsheet and save it as text.',
  'refusal.xlsx': `This is an Excel workbook (.xlsx) or another zipped document, not a text table. ${SAVE_AS_TEXT}`,
  'refusal.xls': `This is an old Excel workbook (.xls), not a text table. ${SAVE_AS_TEXT}`,
  'refusal.binary': `This is a binary file, not a text table. ${SAVE_AS_TEXT}`,
  'refusal.json': 'This is JSON, not a tab-separated table. Export the data as TSV instead.',
  'refusal.html': `This is a web page (HTML), not a tab-separated table. ${SAVE_AS_TSV}`,
  // Bytes that are not good text (domain/decode.ts)
  'refusal.empty': 'The file is empty.',
  'refusal.bomOnly': 'The file holds only a byte-order mark and no text. It may have been saved empty.',
  /** `encoding`: "UTF-8" or "UTF-16". */
  'refusal.badUnicode': ({ encoding }: { encoding: string }) =>
    `The file says it is ${encoding} text but holds bytes that are not valid ${encoding}; it may be damaged. Save it again from Excel as Unicode Text.`,
  'refusal.badUtf8Line': ({ line }: { line: number }) =>
    `The file is UTF-8 text, but line ${line} holds bytes that are not valid UTF-8 (a broken character); it may be damaged. Save it again from Excel as Unicode Text.`,
  'refusal.nul': ({ line }: { line: number }) =>
    `Line ${line} holds a NUL character (a zero byte), which text never contains: the file is damaged or not a text table. Remove it, or save the file again from Excel as Text (Tab delimited).`,
  // Text that is not a table of agreements (domain/tsv-parse.ts, domain/import-file.ts)
  'refusal.semicolonCsv': `${NO_COLUMNS} this looks like semicolon-separated CSV. ${SAVE_AS_TSV}`,
  'refusal.commaCsv': `${NO_COLUMNS} this looks like comma-separated CSV. ${SAVE_AS_TSV}`,
  'refusal.singleColumn': `${NO_COLUMNS} every line holds a single column. ${SAVE_AS_TSV}`,
  'refusal.headerOnly': ({ line }: { line: number }) => `The file has a header (line ${line}) but no agreements under it.`,
  'refusal.tooMany': ({ count, max }: Count & { max: number }, f) =>
    `The file holds ${f.number(count)} agreements; Pactsheet keeps at most ${f.number(max)} in one dataset so that it stays quick. Split the file and import the part you work on.`,
  // Backups (domain/backup.ts)
  'refusal.backupNotJson': 'This is not a Pactsheet backup: it is not JSON.',
  'refusal.notBackup': 'This is not a Pactsheet backup (use "Import" for TSV files).',
  'refusal.backupNewer': ({ version }: { version: string }) =>
    `This backup was made by a newer Pactsheet (format ${version}); update the app first.`,
  'refusal.backupNoMeta': 'This Pactsheet backup is damaged: its dataset description is missing or malformed.',
  'refusal.backupBadRow': ({ row }: { row: number }) => `This Pactsheet backup is damaged: row ${row} is malformed.`,
  'refusal.backupSameId': 'This Pactsheet backup is damaged: two rows share an id.',
  // Storage (db/errors.ts)
  'storage.full': ({ doing }: { doing: StorageDoing }) =>
    `Could not ${DOING[doing]}: this browser's storage is full. Nothing was half-written; free some space on the disk (or export and clear old data) and try again.`,
  'storage.refused': ({ doing, detail }: { doing: StorageDoing; detail: string }) =>
    `Could not ${DOING[doing]}: the browser's storage refused it (${detail}).`,
  // The data worker's other failures (workers/)
  'failure.nothingParsed': 'There is no parsed file to store.',
  'failure.nothingToBackUp': 'There is nothing to back up yet.',
  'failure.noBackup': 'There is no backup to restore.',
  'failure.nothingToExport': 'There is nothing to export yet.',
  'failure.nothingToMerge': 'There is nothing to merge into yet.',
  /** `detail`: the error's own text, for a bug report. */
  'failure.unexpected': ({ detail }: { detail: string }) => `Pactsheet hit an unexpected error (${detail}).`,
  'failure.workerStopped': ({ detail }: { detail: string }) =>
    `The background worker stopped unexpectedly (${detail}). Reload the page and try again.`,
  // A restore, said as an import is (state/importer.svelte.ts, state/import-words.ts)
  'backup.restoring': ({ count }: Count, f) => `Restoring ${agreements(count, f)}…`,
  'backup.busy': ({ file }: File) => `${file} was not restored: another import or restore is under way. Try again when it is done.`,
  'backup.cancelled': ({ file }: File) => `Restore cancelled: ${file} was not restored; nothing changed.`,
  /** `file` is where the file's name goes (shown in bold); `savedAt` a timestamp. */
  'replace.backupOf': (
    { file, name, savedAt, count, columns }: File & Count & { name: string; savedAt: number; columns: number },
    f,
  ) =>
    `${file} is a backup of ${name} saved on ${f.date(savedAt, { dateStyle: 'medium' })}: ${agreements(count, f)} in ${f.plural(columns, { one: '# column', other: '# columns' })}, with its settings.`,
  'replace.discardsSettings': ({ count }: Count, f) =>
    `Replacing discards the ${agreements(count, f)} you have now, including your edits, and your settings. Export first if you want to keep them.`,
} satisfies Record<string, Message>;
