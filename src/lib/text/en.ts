import type { Format, Message } from './format';

/**
 * Every sentence Pactsheet shows, in English: the catalogue other languages copy key for key
 * (messages.ts makes a missing key a compile error). Parameters are named; counts go through
 * `f.number`/`f.plural`, line and column numbers are written plain. User data (file names, cell
 * text) is put next to a plural form, never inside one, where a "#" in it would be replaced.
 */

type Count = { count: number };
type File = { file: string };

const agreements = (count: number, f: Format) => f.plural(count, { one: '# agreement', other: '# agreements' });
const megabytes = (bytes: number, f: Format) =>
  `${f.number(bytes / 1_000_000, { maximumFractionDigits: bytes < 10_000_000 ? 1 : 0 })} MB`;

export const en = {
  // Shared words
  agreements: ({ count }: Count, f) => agreements(count, f),
  'common.reload': 'Reload',
  'common.cancel': 'Cancel',
  'common.close': 'Close',
  /** A column without a header, in a sentence. */
  'column.unnamed': ({ number }: { number: number }) => `column ${number}`,

  // Statuses: the words the UI shows (domain/status.ts STATUS_LABEL, the same words, still feeds the search)
  'status.active': 'Active',
  'status.renewal-due': 'Renewal due',
  'status.expired': 'Expired',
  'status.permanent': 'Permanent',
  'status.unknown': 'Unknown',
  'status.reason.noDate': 'No "Valid until" date.',
  'status.reason.notADate': ({ text, format }: { text: string; format: string }) =>
    `"${text}" is not a date in ${format} or "Permanent".`,
  'legend.label': 'Filter by status',
  /** `input` is where the number field goes. */
  'legend.renewalWindow': ({ input }: { input: string }) => `Renewal due within ${input} months`,

  // App shell (App.svelte)
  'app.title': ({ name }: { name: string | null }) => (name ? `Pactsheet — ${name}` : 'Pactsheet'),
  'app.opening': 'Opening your agreements…',
  'app.importFileLabel': 'Import file',
  'app.notExported': 'Changes not exported yet',
  'app.exportedToday': 'Last exported today',
  'app.exportedDaysAgo': ({ days }: { days: number }, f) =>
    f.plural(days, { one: 'Last exported # day ago', other: 'Last exported # days ago' }),
  'app.upgraded': 'Pactsheet was updated in another tab. Everything you changed is saved. Reload to continue.',
  'app.importFailed': ({ error }: { error: string }) => `Import failed: ${error}`,

  // Toolbar
  'toolbar.import': 'Import',
  'toolbar.exportTsv': 'Export TSV',
  'toolbar.addRow': 'Add row',
  'toolbar.deleteSelected': ({ count }: Count, f) => (count > 0 ? `Delete selected (${f.number(count)})` : 'Delete selected'),
  'toolbar.undo': 'Undo',
  'toolbar.undoHint': 'Undo (Ctrl+Z)',
  'toolbar.redo': 'Redo',
  'toolbar.redoHint': 'Redo (Ctrl+Y)',
  'toolbar.search': 'Search',
  'toolbar.searchPlaceholder': 'Any column…',
  'toolbar.loading': ({ total }: { total: number }, f) => `Loading ${f.plural(total, { one: '# agreement', other: '# agreements' })}…`,
  'toolbar.shown': ({ shown, total }: { shown: number; total: number }, f) =>
    `${f.number(shown)} of ${f.plural(total, { one: '# agreement', other: '# agreements' })}`,
  'save.unstored': 'Not saved yet',
  'save.saving': 'Saving…',
  'save.saved': 'All changes saved',

  // First visit and dropping files
  'empty.title': 'Drop your agreements file here',
  'empty.body':
    'A tab-separated file (.tsv or .txt) saved from Excel or Google Sheets. It stays in this browser: nothing is uploaded.',
  'empty.import': 'Import a file…',
  'empty.sample': 'Try the sample',
  'drop.overlay': 'Drop to import',
  'notice.dismiss': 'Dismiss message',

  // Importing
  'import.reading': ({ file }: File) => `Reading ${file}…`,
  'import.saving': ({ count }: Count, f) => `Saving ${agreements(count, f)}…`,
  'import.headline': ({ count }: Count, f) => `Imported ${agreements(count, f)}`,
  'import.busy': ({ file }: File) => `${file} was not imported: another import is under way. Try again when it is done.`,
  /** A refused or failed import; `line` where the refusal points at one. */
  'import.notImported': ({ file, line, reason }: { file: string; line?: number; reason: string }) =>
    `${file} was not imported${line ? ` (line ${line})` : ''}: ${reason}`,
  'import.cancelled': ({ file }: File) => `Import cancelled: ${file} was not imported; nothing changed.`,
  'import.notStored': 'The import could not be stored.',
  'import.lostInImport':
    'The import did not fit, and the browser then discarded everything it had stored, as Chromium does when the disk is completely full. The agreements stored before are gone from this browser: free some space, then restore your last backup (About / Privacy) or import your last exported file.',
  'import.skipped': ({ count, lines }: { count: number; lines: readonly string[] }, f) =>
    `${f.plural(count, { one: 'Skipped # line that is', other: 'Skipped # lines that are' })} not agreements: ${lines.join(', ')}.`,
  'import.skippedBlank': ({ line }: { line: number }) => `line ${line} (blank)`,
  'import.skippedText': ({ line, text }: { line: number; text: string }) => `line ${line} "${text}"`,
  'import.ragged': ({ line, fields, expected }: { line: number; fields: number; expected: number }) =>
    `Line ${line} has ${fields} fields where the header has ${expected}; kept as it is.`,
  'import.raggedMore': ({ count }: Count, f) => `…and ${f.number(count)} more rows of a different length.`,

  // "Replace your agreements?"
  'replace.title': 'Replace your agreements?',
  /** `file` is where the file's name goes (shown in bold). */
  'replace.fileHolds': ({ file, count, columns }: { file: string; count: number; columns: number }, f) =>
    `${file} holds ${agreements(count, f)} in ${f.number(columns)} columns.`,
  'replace.discards': ({ count }: Count, f) =>
    `Replacing discards the ${agreements(count, f)} you have now, including your edits. Export first if you want to keep them.`,
  'replace.oddLines': ({ skipped, ragged }: { skipped: number; ragged: number }, f) =>
    `${f.number(skipped)} lines are not agreements and will be skipped; ${f.number(ragged)} rows have a different number of fields and will be kept as they are.`,
  'replace.confirm': 'Replace',

  // Exporting
  'export.progress': ({ count }: Count, f) => `Exporting ${agreements(count, f)}…`,
  'export.done': ({ count, file }: Count & File, f) => `Exported ${agreements(count, f)} to ${file}`,
  'export.failed': 'The export failed.',
  'export.neutralised': ({ count }: Count, f) =>
    f.plural(count, {
      one: "# cell starts with =, +, @, a tab or a line break; a ' was put in front so Excel and Google Sheets show it as text instead of running a formula.",
      other: "# cells start with =, +, @, a tab or a line break; a ' was put in front so Excel and Google Sheets show them as text instead of running a formula.",
    }),
  'export.quotedInRaw': ({ count }: Count, f) =>
    f.plural(count, {
      one: '# cell holds a tab or line break, so it was wrapped in quotes as Excel does.',
      other: '# cells hold a tab or line break, so they were wrapped in quotes as Excel does.',
    }),
  'export.unencodable': ({ count, encoding }: Count & { encoding: string }, f) =>
    `${f.plural(count, { one: '# character', other: '# characters' })} cannot be written in ${encoding}, the file's encoding, and became "?".`,

  // Saving, storage and other tabs
  'save.failed': ({ error }: { error: string }) => `Could not save your change: ${error}.`,
  'save.failedOutcome': ({ outcome }: { outcome: string }) => `Could not save your change (${outcome}).`,
  /** `doing` is one of the storage.doing.* phrases. */
  'storage.full': ({ doing }: { doing: string }) =>
    `Could not ${doing}: this browser's storage is full. Nothing was half-written; free some space on the disk (or export and clear old data) and try again.`,
  'storage.refused': ({ doing, detail }: { doing: string; detail: string }) =>
    `Could not ${doing}: the browser's storage refused it (${detail}).`,
  'storage.doing.open': 'open the stored agreements',
  'storage.doing.storeImport': 'store the imported agreements',
  /** `failure` is the save error that came first, if any (a whole sentence). */
  'storage.lost': ({ failure, count }: Count & { failure: string | null }, f) =>
    `${failure ? `${failure} ` : ''}The browser has discarded its stored copy of your ${f.number(count)} agreements, as Chromium does when the disk is completely full. They are all still here, in this tab. Keep it open and free some space on the disk: Pactsheet stores them again by itself. To be safe, Export TSV now.`,
  'storage.storedAgain': ({ count }: Count, f) =>
    `Stored again: the browser had discarded its copy, and all ${f.number(count)} agreements are safe in it again.`,
  'storage.megabytes': ({ bytes }: { bytes: number }, f) => megabytes(bytes, f),
  'sync.conflict':
    'Another tab changed these agreements at the same moment, so your last row change was not saved. The grid shows the latest data: please do it again.',
  'sync.changedElsewhere': 'The agreements were changed in another tab.',
  'sync.changedWhileIndexing': 'The agreements changed while they were being indexed.',
  'replaced.cell': ({ column, now, typed }: { column: string; now: string; typed: string }) =>
    `${column} is now "${now}" (you had typed "${typed}")`,
  'replaced.deletedRow': ({ column, typed }: { column: string; typed: string }) =>
    `a row where you had typed "${typed}" in ${column} was deleted`,
  /** `described`: a replaced.cell or replaced.deletedRow for the first few; `more` the rest. */
  'replaced.summary': ({ count, described, more }: Count & { described: readonly string[]; more: number }, f) =>
    `Another tab changed ${f.plural(count, { one: 'a cell', other: '# cells' })} you had edited: ${described.join('; ')}${more > 0 ? `, and ${f.number(more)} more` : ''}.`,

  // Installed app and updates
  'pwa.updateReady': 'A new version of Pactsheet is ready. Your data stays as it is.',
  'pwa.installOffer': 'Install Pactsheet to open it from your desktop and to open TSV files with it, even offline.',
  'pwa.install': 'Install app',
  'pwa.oneFileAtATime': ({ names }: { names: readonly string[] }) =>
    `Pactsheet opens one file at a time: ${names.join(', ')} not opened.`,
  'pwa.couldNotOpen': ({ file, error }: File & { error: string }) => `Could not open ${file}: ${error}`,

  // About / Privacy, backups
  'about.title': 'About / Privacy',
  'about.whereHeading': 'Where your data lives',
  'about.where':
    'Only in this browser, on this device (its IndexedDB storage). Pactsheet has no server: nothing you import or type is uploaded, and the app never contacts another site. It works offline.',
  'about.storageHeading': 'Storage',
  'about.persisted': 'Persistent storage: granted. The browser will not clear this data to free space.',
  'about.notPersisted': 'Persistent storage: not granted. The browser may clear this data if the disk runs low — keep a backup.',
  'about.askAgain': 'Ask again',
  'about.persistenceUnknown': 'Persistent storage: this browser does not say.',
  'about.usage': ({ usage, quota }: { usage: number; quota: number }, f) =>
    `Using ${megabytes(usage, f)} of ${megabytes(quota, f)} available to this site.`,
  'about.backupHeading': 'Backing up',
  /** The three slots are where the buttons' names go, in bold. */
  'about.backingUp': ({ exportTsv, downloadBackup, restore }: { exportTsv: string; downloadBackup: string; restore: string }) =>
    `${exportTsv} writes a file colleagues open in Excel or Google Sheets. ${downloadBackup} saves everything Pactsheet knows (rows, the file's format, settings) in one file that ${restore} reads back exactly, here or in another browser. Clearing this site's data in the browser deletes your agreements: back up first.`,
  'about.downloadBackup': 'Download backup',
  'about.restore': 'Restore',
  'about.restoreFileLabel': 'Restore from backup file',
  /** `name` is where the earlier dataset's name goes (in italics). */
  'about.snapshot': ({ name, importedAt }: { name: string; importedAt: number }, f) =>
    `Before each replacing import or restore, the data it replaced is kept: ${name}, imported ${f.date(importedAt)}.`,
  'about.restoreEarlier': 'Restore earlier data',
  'backup.saved': ({ file }: File) => `Backup saved as ${file}. Keep it somewhere safe; "Restore" reads it back exactly.`,
  'backup.failed': 'The backup failed.',
  'backup.notRestored': ({ file, reason }: File & { reason: string }) => `${file} was not restored: ${reason}`,
  'backup.restoreFailed': 'The restore failed.',
  'backup.restored': ({ count, file }: Count & File, f) => `Restored ${agreements(count, f)} from ${file}`,
  'backup.restoredEarlier': ({ count }: Count, f) =>
    `Restored the earlier data: ${agreements(count, f)}. What you had just now was kept as the earlier data in turn.`,
  'backup.noEarlier': 'There is no earlier data to restore.',

  // The grid (grid-columns.ts)
  'grid.status': 'Status',
  'grid.unnamedColumn': ({ number }: { number: number }) => `(column ${number})`,

  // Dates typed the way people type them (state/editor.ts, domain/date-input.ts)
  'dates.storedAs': ({ typed, stored, column }: { typed: string; stored: string; column: string }) =>
    `${typed} as ${stored} in ${column}`,
  /** `described`: one dates.storedAs. */
  'dates.stored': ({ described }: { described: string }) => `Stored ${described}`,
  /** `described`: a dates.storedAs for the first few; `more` the rest. */
  'dates.storedSeveral': ({ count, described, more }: Count & { described: readonly string[]; more: number }, f) =>
    `Stored ${f.plural(count, { one: 'a typed date', other: '# typed dates' })} as the file writes dates: ${described.join('; ')}${more > 0 ? `, and ${f.number(more)} more` : ''}`,

  // Columns, keyboard and phone width (ui/ColumnsMenu.svelte, ui/SkipLink.svelte, ui/MoreMenu.svelte)
  'columns.menu': 'Columns',
  'columns.menuLabel': 'Columns: show, hide, pin and fit',
  'columns.freezePartner': 'Freeze Partner',
  'columns.dragHint': 'Drag a column’s header to move it.',
  'columns.pin': ({ name }: { name: string }) => `Pin ${name} left`,
  'columns.pinShort': 'Pin',
  'columns.fit': ({ name }: { name: string }) => `Fit ${name} to its content`,
  'columns.fitShort': 'Fit',
  'columns.fitAll': 'Fit all columns',
  'columns.close': 'Close',
  'access.skipToGrid': 'Skip to the agreements',
  'access.gridLabel': 'Agreements',
  'access.more': 'More',
} satisfies Record<string, Message>;
