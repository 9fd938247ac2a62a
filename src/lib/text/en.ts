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

/** "28 Nov 2026" (merge review): day first and the month spelled, so no one reads 11/28 as the 11th. */
const exportDate = (date: number, f: Format) =>
  `${f.date(date, { day: 'numeric' })} ${f.date(date, { month: 'short' })} ${f.date(date, { year: 'numeric' })}`;

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
    `${f.number(skipped)} lines are not agreements and will be kept where they stand; ${f.number(ragged)} rows have a different number of fields and will be kept as they are.`,
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

  // Changes: the change log as a list, "what I changed" and the grid's marks (ui/ChangesPanel.svelte)
  'changes.button': 'Changes',
  'changes.title': 'Changes',
  'changes.all': 'All changes',
  'changes.sinceExport': 'Since the last export',
  'changes.sinceExportHint': ({ when }: { when: string | null }) =>
    when ? `Changes since the last export (${when}).` : 'Not exported yet: changes since the data came in.',
  'changes.none': 'No changes to show.',
  'changes.loading': 'Reading the change log…',
  'changes.more': 'Show older changes',
  'changes.exportTsv': 'Export these changes (TSV)',
  'changes.exported': ({ count, file }: Count & File, f) => `Exported ${f.plural(count, { one: '# change', other: '# changes' })} to ${file}`,
  'changes.when': ({ at }: { at: number }, f) => f.date(at, { dateStyle: 'medium', timeStyle: 'short' }),
  'changes.exportedWhen': ({ at }: { at: number }, f) => f.date(at, { dateStyle: 'medium', timeStyle: 'short' }),
  'changes.col.when': 'When',
  'changes.col.agreement': 'Agreement',
  'changes.col.column': 'Column',
  'changes.col.change': 'Old → new',
  'changes.col.source': 'From',
  'changes.empty': '(empty)',
  'changes.unknownRow': '(an agreement no longer here)',
  'changes.noRegistration': 'no registration number',
  'changes.rowAdded': 'Agreement added',
  'changes.rowDeleted': 'Agreement deleted',
  'changes.imported': ({ count }: Count, f) => `Imported ${agreements(count, f)}`,
  'changes.importedFrom': ({ count, file }: Count & File, f) => `Imported ${agreements(count, f)} from ${file}`,
  'changes.restoredFrom': ({ count, file }: Count & File, f) => `Restored ${agreements(count, f)} from ${file}`,
  'changes.restoredEarlier': ({ count }: Count, f) => `Restored the earlier data (${agreements(count, f)})`,
  'changes.started': 'Started a new register',
  'changes.source.edited': 'edited here',
  'changes.source.undone': 'undone',
  'changes.source.fixed': 'fixed from Checks',
  'changes.source.pasted': 'pasted here',
  'changes.source.filled': 'filled down here',
  'changes.source.cleared': 'cleared here',
  'changes.source.replaced': 'replaced here (Find and replace)',
  'changes.source.redone': 'redone',
  'changes.source.merged': 'merged',
  'changes.source.mergedFrom': ({ file }: File) => `merged from ${file}`,
  'changes.source.imported': 'imported',
  'changes.source.restored': 'restored',
  'changes.source.started': 'new register',
  'changes.tsv.when': 'When',
  'changes.tsv.partner': 'Partner',
  'changes.tsv.registration': 'Registration number',
  'changes.tsv.column': 'Column',
  'changes.tsv.before': 'Old value',
  'changes.tsv.after': 'New value',
  'changes.tsv.source': 'Where from',
  /** The grid's mark on a cell changed since the last export. */
  'changes.marked': ({ was }: { was: string }) => `Changed since the last export (was "${was}")`,
  'changes.markedEmpty': 'Changed since the last export (was empty)',

  // Languages (text/locale.svelte.ts, ui/LanguageSwitcher.svelte) and the grid's own words
  'grid.notADate': ({ text, format }: { text: string; format: string }) => `"${text}" is not a date in ${format}.`,
  'language.label': 'Language',
  'backup.unreadable': 'it could not be read.',
  'editor.registerNotStored': 'The new register could not be stored.',

  // Checks (domain/checks/, state/checks.svelte.ts, ui/ChecksPanel.svelte)
  'checks.button': 'Checks',
  'checks.count': ({ count }: Count, f) => f.number(count),
  'checks.buttonLabel': ({ count }: Count, f) => `Checks: ${f.plural(count, { one: '# finding', other: '# findings' })}`,
  'checks.title': 'Checks',
  'checks.checking': 'Checking the register…',
  'checks.none': 'No findings: every check passes.',
  'checks.summary': ({ count }: Count, f) => f.plural(count, { one: '# finding, most serious first.', other: '# findings, most serious first.' }),
  'checks.more': ({ count }: Count, f) => f.plural(count, { one: 'and # more (fix or ignore some to see it).', other: 'and # more (fix or ignore some to see them).' }),
  'checks.fix': 'Fix',
  'checks.ignore': 'Ignore',
  'checks.close': 'Close',
  'checks.suggestion': ({ fix }: { fix: string }) => `Suggested: “${fix}”`,
  'checks.blank': '(blank)',
  'checks.severity.error': 'Error',
  'checks.severity.warning': 'Warning',
  'checks.severity.info': 'Note',
  'checks.go': ({ agreement, column }: { agreement: string; column: string }) => `Go to ${column} of ${agreement}`,
  'checks.missing-value': 'Missing: this column is filled for every agreement.',
  'checks.not-a-date': ({ format }: { format: string }) => `Not a date in this column's format (${format}).`,
  'checks.ends-before-start': ({ start }: { start: string }) => `Ends before the agreement's date (${start}).`,
  'checks.not-an-anniversary': ({ start }: { start: string }) => `Not an anniversary of the agreement's date (${start}): a typo?`,
  'checks.not-a-ranking': 'Not a ranking: write a number, a band (1001-1200), N+ or -.',
  'checks.extra-spaces': 'Spaces before, after or doubled inside the text.',
  'checks.registration-year': ({ suffix, year }: { suffix: string; year: number }) =>
    `The registration number says year "${suffix}", the agreement is dated ${year}.`,
  'checks.not-a-country': 'Not a country name (ISO 3166).',
  'checks.city-elsewhere': ({ city, lies, country }: { city: string; lies: string; country: string }) =>
    `${city} is in ${lies}, not ${country}.`,
  'checks.partner-names-country': ({ named, country }: { named: string; country: string }) =>
    `The partner's name names ${named}, the row says ${country}.`,
  'checks.country-variant': ({ main }: { main: string }) => `Another name for a country written "${main}" elsewhere in the register.`,
  'checks.repeated-registration': ({ count }: Count, f) => `The same registration number is on ${agreements(count, f)}.`,
  'checks.same-agreement': ({ count }: Count, f) => `The same partner on the same date: ${agreements(count, f)}.`,
  'checks.partner-variant': ({ main }: { main: string }) => `Written "${main}" elsewhere in the register.`,

  // Renewals, overview and print (issue 14): calendar, reminders, Overview, Print
  'calendar.name': ({ name }: { name: string }) => `${name}: renewals`,
  'calendar.renew': ({ partner, date }: { partner: string; date: string }) => `Renew: ${partner} — expires ${date}`,
  'calendar.expires': ({ partner }: { partner: string }) => `Expires: ${partner}`,
  'calendar.noPartner': '(no partner named)',
  'calendar.description': ({ place, actor, registration, date }: { place: string; actor: string; registration: string; date: string }) =>
    [place, actor && `Initiating actor: ${actor}`, registration && `Registration number: ${registration}`, date && `Date of agreement: ${date}`].filter(Boolean).join('\n'),
  'calendar.exported': ({ count, file }: Count & File, f) => `${f.plural(count, { one: '# event', other: '# events' })} saved in ${file}. Open it with Google Calendar, Outlook or Apple Calendar.`,
  'calendar.none': 'No agreement is still running with a date: the calendar would be empty.',
  'more.label': 'Renewals, overview and print',
  'more.exportCalendar': 'Export calendar',
  'more.reminders': 'Email reminders',
  'more.overview': 'Overview',
  'more.print': 'Print',
  'reminders.title': 'Email reminders',
  'reminders.intro': ({ months }: { months: number }, f) =>
    `Agreements due for renewal (ending within ${f.plural(months, { one: '# month', other: '# months' })}), by initiating actor. Each link opens a draft in your email app; nothing is sent from here.`,
  'reminders.none': 'No agreement is due for renewal.',
  'reminders.draft': ({ count }: Count, f) => `Draft email (${agreements(count, f)})`,
  'reminders.noActor': '(no initiating actor)',
  'reminders.subject': ({ count, actor }: Count & { actor: string }, f) => `${agreements(count, f)} due for renewal — ${actor}`,
  'reminders.opening': ({ actor }: { actor: string }) => `Dear colleagues of ${actor},\n\nthese agreements are due for renewal:`,
  'reminders.line': ({ partner, place, until, registration }: { partner: string; place: string; until: string; registration: string }) =>
    `- ${partner}${place ? ` (${place})` : ''} — expires ${until}${registration ? `, registration number ${registration}` : ''}`,
  'reminders.closing': 'Please start the renewal in good time.',
  'overview.title': 'Overview',
  'overview.byStatus': 'Agreements by status',
  'overview.byQuarter': 'Expiries per quarter, next three years',
  'overview.byCountry': 'Agreements by country (top 15)',
  'overview.byActor': 'Agreements by initiating actor',
  'overview.byYear': 'New agreements per year',
  'overview.blank': '(blank)',
  'overview.bar': ({ label, count }: Count & { label: string }, f) => `${label}: ${agreements(count, f)}. Show them in the grid.`,
  'overview.empty': 'Nothing to show.',
  'overview.quarter': ({ year, quarter }: { year: number; quarter: number }) => `Q${quarter} ${year}`,
  'rowSet.showing': ({ label }: { label: string }) => `Showing: ${label}`,
  'rowSet.clear': 'Show all',
  'print.heading': ({ name, date }: { name: string; date: number }, f) => `${name} — printed ${f.date(date)}`,
  'print.count': ({ shown, total }: { shown: number; total: number }, f) => `${f.number(shown)} of ${agreements(total, f)}`,

  // Merging a returned file (issue 13: the base, the Merge choice, the review)
  'merge.offerTitle': 'Merge or replace your agreements?',
  'merge.merge': 'Merge',
  /** `file` is where the file's name goes (shown in bold). */
  'merge.fromExport': ({ date }: { date: number }, f) =>
    `It came from your export of ${exportDate(date, f)}: Merge takes the changes made in it and keeps yours.`,
  'merge.noExport': 'No export of yours matches it: Merge shows every difference for you to choose.',
  'merge.reviewTitle': ({ file }: File) => `Merge ${file}`,
  'merge.comparedWith': ({ date }: { date: number }, f) =>
    `compared with your export of ${exportDate(date, f)}`,
  'merge.twoWay': 'no export of yours matches this file: every difference is a choice',
  'merge.summary': ({ total, edited, added, deleted }: { total: number; edited: number; added: number; deleted: number }, f) =>
    `${f.plural(total, { one: '# change', other: '# changes' })} from the file: ${f.number(edited)} edited, ${f.number(added)} added, ${f.number(deleted)} deleted`,
  'merge.conflicts': ({ count }: Count, f) => f.plural(count, { one: '# conflict', other: '# conflicts' }),
  'merge.nothing': 'The file holds no changes to merge.',
  'merge.changesHeading': 'Changes from the file',
  'merge.conflictsHeading': 'Conflicts: choose for each',
  'merge.agreement': ({ partner, registration }: { partner: string; registration: string }) =>
    registration ? `${partner || '(no partner)'} · ${registration}` : partner || '(no partner)',
  'merge.added': 'added',
  'merge.deleted': 'deleted',
  'merge.base': 'Base',
  'merge.mine': 'Mine',
  'merge.theirs': 'Theirs',
  'merge.none': '(none)',
  'merge.keepMine': 'Keep mine',
  'merge.takeTheirs': 'Take theirs',
  'merge.typeValue': 'Or type the value',
  'merge.deletedHere': 'You deleted this agreement; the file changed it.',
  'merge.deletedThere': 'The file deleted this agreement; you changed it.',
  'merge.onlyTheirs': 'Only the file has this agreement.',
  'merge.onlyMine': 'Only you have this agreement.',
  'merge.addedColumns': ({ columns }: { columns: string }) => `The file adds columns that are not merged: ${columns}. Add them here to take their values.`,
  'merge.droppedColumns': ({ columns }: { columns: string }) => `The file lacks ${columns}: those cells stay as they are here.`,
  'merge.reformatted': ({ columns }: { columns: string }) => `Re-formatted by a spreadsheet program, not counted as changes: ${columns}.`,
  'merge.more': ({ count }: Count, f) => `…and ${f.number(count)} more.`,
  'merge.apply': 'Apply merge',
  'merge.undecided': ({ count }: Count, f) => f.plural(count, { one: 'Decide # more conflict to apply.', other: 'Decide # more conflicts to apply.' }),
  'merge.done': ({ count, file }: Count & File, f) => `Merged ${f.plural(count, { one: '# change', other: '# changes' })} from ${file}`,
  'merge.cancelled': ({ file }: File) => `Merge cancelled: nothing from ${file} was taken; nothing changed.`,
  'merge.planning': ({ file }: File) => `Comparing ${file} with your agreements…`,
  'merge.failed': ({ file, reason }: File & { reason: string }) => `${file} was not merged: ${reason}`,

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

  // Clipboard and find and replace (ui/grid/grid-keys.ts, state/cell-commands.ts, ui/FindReplace.svelte)
  'clipboard.clipped': ({ count }: Count, f) =>
    f.plural(count, { one: '# pasted cell was beyond the last column and was not pasted.', other: '# pasted cells were beyond the last column and were not pasted.' }),
  'findReplace.open': 'Find and replace',
  'findReplace.openHint': 'Find and replace (Ctrl+H)',
  'findReplace.find': 'Find',
  'findReplace.replaceWith': 'Replace with',
  'findReplace.column': 'Column',
  'findReplace.allColumns': 'All columns',
  'findReplace.matchCase': 'Match case',
  'findReplace.wholeCell': 'Whole cell',
  'findReplace.matches': ({ count }: Count, f) =>
    count === 0 ? 'No cells match' : f.plural(count, { one: '# cell matches', other: '# cells match' }),
  'findReplace.counting': 'Counting…',
  'findReplace.replaceAll': ({ count }: Count, f) => `Replace all (${f.number(count)})`,
  'findReplace.replacing': 'Replacing…',
  'findReplace.replaced': ({ count }: Count, f) => f.plural(count, { one: 'Replaced # cell.', other: 'Replaced # cells.' }),

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
