import { format } from 'date-fns';
import { t } from '../text/messages';
import type { ChangeSource, LogEntry } from './change-log';
import { mapColumns, type ColumnMap } from './columns';
import type { Dialect } from './dialect';
import { cellOf, type Row } from './row';
import { encodeTable, type EncodeResult } from './tsv-encode';

/**
 * The change log as lines a person reads, newest first: one line per cell changed, per row added
 * or deleted, and one for a whole import, restore or new register (never one per row it brought).
 */
export type ChangeLine = {
  at: string;
  source: ChangeSource;
  file?: string;
} & (
  | { kind: 'cell'; id: number; row: Row | undefined; column: number; before: string; after: string }
  | { kind: 'added' | 'removed'; id: number; row: Row }
  | { kind: 'dataset'; rowCount: number }
);

const WHOLE: readonly ChangeSource[] = ['imported', 'restored', 'started'];

/** An import, restore or new register: the rows before it belonged to another dataset. */
export const isWholeDataset = (entry: LogEntry): boolean => WHOLE.includes(entry.source);

/**
 * The entries since the last export, newest first, out of the log read newest first. Never past
 * the start of the current dataset (its import, restore or new register, which is included while
 * it is newer than the export): earlier entries are about rows no longer here.
 */
export function sinceExport(newestFirst: readonly LogEntry[], exportedAt: string | undefined): LogEntry[] {
  const since: LogEntry[] = [];
  for (const entry of newestFirst) {
    if (exportedAt && entry.at <= exportedAt) break;
    since.push(entry);
    if (isWholeDataset(entry)) break;
  }
  return since;
}

/**
 * Turns log entries into lines, page after page, newest first. An edit names its agreement by the
 * row as it is now; a row deleted since is named from the deletion's entry, which stores it. Past an
 * import or restore, ids belong to the dataset before it, so only rows stored in its entries name them.
 */
export class ChangeLines {
  private current = true;
  private stored = new Map<number, Row>();

  constructor(private readonly rowNow: (id: number) => Row | undefined) {}

  add(newestFirst: readonly LogEntry[]): ChangeLine[] {
    const lines: ChangeLine[] = [];
    for (const entry of newestFirst) {
      const { at, source } = entry;
      const from = { at, source, ...(entry.file ? { file: entry.file } : {}) };
      if (isWholeDataset(entry)) {
        lines.push({ ...from, kind: 'dataset', rowCount: entry.rowCount ?? 0 });
        this.current = false;
        this.stored.clear();
        continue;
      }
      for (const row of [...entry.removed, ...entry.added]) if (!this.stored.has(row.id)) this.stored.set(row.id, row);
      for (const e of entry.edits) lines.push({ ...from, kind: 'cell', id: e.id, row: this.rowOf(e.id), column: e.column, before: e.before, after: e.after });
      for (const row of entry.added) lines.push({ ...from, kind: 'added', id: row.id, row: this.rowOf(row.id) ?? row });
      for (const row of entry.removed) lines.push({ ...from, kind: 'removed', id: row.id, row });
    }
    return lines;
  }

  private rowOf(id: number): Row | undefined {
    return (this.current ? this.rowNow(id) : undefined) ?? this.stored.get(id);
  }
}

/** Where a change came from, in words. */
export function sourceText(line: Pick<ChangeLine, 'source' | 'file'>): string {
  const file = line.file ?? '';
  switch (line.source) {
    case 'edited':
      return t('changes.source.edited');
    case 'undone':
      return t('changes.source.undone');
    case 'fixed':
      return t('changes.source.fixed');
    case 'pasted':
      return t('changes.source.pasted');
    case 'filled':
      return t('changes.source.filled');
    case 'cleared':
      return t('changes.source.cleared');
    case 'replaced':
      return t('changes.source.replaced');
    case 'redone':
      return t('changes.source.redone');
    case 'merged':
      return file ? t('changes.source.mergedFrom', { file }) : t('changes.source.merged');
    case 'imported':
      return t('changes.source.imported');
    case 'restored':
      return t('changes.source.restored');
    case 'started':
      return t('changes.source.started');
  }
}

/** What happened, for a line that is not one cell: "Imported 74 agreements from …", "Agreement added". */
export function eventText(line: ChangeLine): string {
  if (line.kind !== 'dataset') return line.kind === 'cell' ? '' : t(line.kind === 'added' ? 'changes.rowAdded' : 'changes.rowDeleted');
  const { rowCount: count, file } = line;
  if (line.source === 'imported') return file ? t('changes.importedFrom', { count, file }) : t('changes.imported', { count });
  if (line.source === 'restored') return file ? t('changes.restoredFrom', { count, file }) : t('changes.restoredEarlier', { count });
  return t('changes.started');
}

/** The agreement a line is about, as the office names one: partner and registration number. */
export function agreementOf(line: ChangeLine, map: ColumnMap): { partner: string; registration: string } {
  const row = line.kind === 'dataset' ? undefined : line.row;
  return row ? { partner: cellOf(row, map.partner), registration: cellOf(row, map.registration) } : { partner: '', registration: '' };
}

export function columnName(header: readonly string[], column: number): string {
  const name = header[column];
  return name?.trim() ? name : t('column.unnamed', { number: column + 1 });
}

/**
 * "What I changed", as a TSV to send with the register: one line per change, newest first, in the
 * register's own dialect and with formula-like cells neutralised as an export's are. Times are
 * written `yyyy-MM-dd HH:mm:ss` in local time, which every spreadsheet reads and sorts.
 */
export function changesTsv(lines: readonly ChangeLine[], header: readonly string[], dialect: Dialect): EncodeResult {
  const map = mapColumns(header);
  const rows = lines.map((line) => {
    const { partner, registration } = agreementOf(line, map);
    const when = format(new Date(line.at), 'yyyy-MM-dd HH:mm:ss');
    const cell = line.kind === 'cell';
    return [
      when,
      partner,
      registration,
      cell ? columnName(header, line.column) : eventText(line),
      cell ? line.before : '',
      cell ? line.after : '',
      sourceText(line),
    ];
  });
  const titles = ['when', 'partner', 'registration', 'column', 'before', 'after', 'source'] as const;
  return encodeTable(
    titles.map((title) => t(`changes.tsv.${title}`)),
    rows,
    // A file of its own: tab-separated whatever the register is, ending with a line break as a
    // spreadsheet writes it (the register's own last line may not).
    { ...dialect, delimiter: '\t', finalNewline: true },
  );
}
