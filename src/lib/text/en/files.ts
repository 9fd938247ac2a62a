import { sentence, type Message } from '../format';
import { type Count, type File, agreements, megabytes } from './words';

/** English: importing, exporting, backups, typed dates, whole-file fidelity. */
export const files = {
  // Importing
  'import.reading': ({ file }: File) => `Reading ${file}…`,
  'import.saving': ({ count }: Count, f) => `Saving ${agreements(count, f)}…`,
  'import.headline': ({ count }: Count, f) => `Imported ${agreements(count, f)}`,
  'import.busy': ({ file }: File) => `${file} was not imported: another import or restore is under way. Try again when it is done.`,
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
    `${file} holds ${agreements(count, f)} in ${f.plural(columns, { one: '# column', other: '# columns' })}.`,
  'replace.discards': ({ count }: Count, f) =>
    `Replacing discards the ${agreements(count, f)} you have now, including your edits. Export first if you want to keep them.`,
  /** Either count may be 0: its half is left out then. */
  'replace.oddLines': ({ skipped, ragged }: { skipped: number; ragged: number }, f) =>
    sentence([
      skipped > 0 && f.plural(skipped, { one: '# line is not an agreement and will be kept where it stands', other: '# lines are not agreements and will be kept where they stand' }),
      ragged > 0 && f.plural(ragged, { one: '# row has a different number of fields and will be kept as it is', other: '# rows have a different number of fields and will be kept as they are' }),
    ]),
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
  // Dates typed the way people type them (state/editor.ts, domain/date-input.ts)
  'dates.storedAs': ({ typed, stored, column }: { typed: string; stored: string; column: string }) =>
    `${typed} as ${stored} in ${column}`,
  /** `described`: one dates.storedAs. */
  'dates.stored': ({ described }: { described: string }) => `Stored ${described}`,
  /** `described`: a dates.storedAs for the first few; `more` the rest. */
  'dates.storedSeveral': ({ count, described, more }: Count & { described: readonly string[]; more: number }, f) =>
    `Stored ${f.plural(count, { one: 'a typed date', other: '# typed dates' })} as the file writes dates: ${described.join('; ')}${more > 0 ? `, and ${f.number(more)} more` : ''}`,
  'backup.unreadable': 'it could not be read.',
  // Whole file in, whole file out (issue 12): lines that are not agreements, CSV
  'fidelity.kept': ({ count, lines }: { count: number; lines: readonly string[] }, f) =>
    `${f.plural(count, { one: 'Kept # line that is', other: 'Kept # lines that are' })} not agreements, to be exported where they stand: ${lines.join(', ')}.`,
  'fidelity.keptBlank': ({ line }: { line: number }) => `line ${line} (blank)`,
  'fidelity.keptText': ({ line, text }: { line: number; text: string }) => `line ${line} "${text}" (title or legend)`,
  'fidelity.keptComment': ({ line, text }: { line: number; text: string }) => `line ${line} "${text}" (comment)`,
  'fidelity.keptPreamble': ({ line, text }: { line: number; text: string }) => `line ${line} "${text}" (before the header)`,
  'fidelity.shortRecords': ({ count }: Count, f) =>
    `${f.plural(count, { one: '# line has', other: '# lines have' })} fewer fields than the header but hold data: read as agreements (Google Sheets leaves out a row's empty cells at the end).`,
  'fidelity.csvRead': ({ delimiter }: { delimiter: string }) => `Read as CSV separated by "${delimiter}"; Export CSV writes it back the same way.`,
  'fidelity.exportCsv': 'Export CSV',
  'fidelity.linesButton': ({ count }: Count, f) => `Lines that are not agreements (${f.number(count)})`,
  'fidelity.linesTitle': 'Lines that are not agreements',
  'fidelity.linesHint': 'They are kept exactly as in the file and exported where they stood.',
  'fidelity.lineAt': ({ line }: { line: number }) => `Line ${line}`,
  'fidelity.blankLine': '(blank)',
  'fidelity.deleteLine': 'Delete',
  'fidelity.lineToRow': 'Turn into a row',
  'fidelity.close': 'Close',
  'fidelity.lineDeleted': ({ line }: { line: number }) => `Line ${line} deleted: it will not be exported. Undo brings it back.`,
  'fidelity.lineMadeRow': ({ line }: { line: number }) => `Line ${line} is now an agreement. Undo makes it a line again.`,
} satisfies Record<string, Message>;
