import type { Message } from '../format';
import { type Count, type File, agreements, megabytes } from './words';

/** English: the app, the grid, saving and other tabs. */
export const core = {
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
  // Saving, storage and other tabs
  'save.failed': ({ error }: { error: string }) => `Could not save your change: ${error}.`,
  'save.failedOutcome': ({ outcome }: { outcome: string }) => `Could not save your change (${outcome}).`,
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
  // The grid (grid-columns.ts)
  'grid.status': 'Status',
  'grid.unnamedColumn': ({ number }: { number: number }) => `(column ${number})`,
  // Languages (text/locale.svelte.ts, ui/LanguageSwitcher.svelte) and the grid's own words
  'grid.notADate': ({ text, format }: { text: string; format: string }) => `"${text}" is not a date in ${format}.`,
  'language.label': 'Language',
  'editor.registerNotStored': 'The new register could not be stored.',
  'editor.deleted': ({ count }: Count, f) => `Deleted ${agreements(count, f)}. Undo brings them back.`,
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
  // Moving a column with the keyboard (ui/ColumnsMenu.svelte)
  'columns.moveLeft': ({ name }: { name: string }) => `Move ${name} left`,
  'columns.moveRight': ({ name }: { name: string }) => `Move ${name} right`,
  'columns.moveHint': 'Or move it with ← and → here, or Shift+← and Shift+→ on a focused header.',
  'columns.moved': ({ name, position, total }: { name: string; position: number; total: number }) => `${name} moved to position ${position} of ${total}.`,
} satisfies Record<string, Message>;
