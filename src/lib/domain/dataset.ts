import { mapColumns } from './columns';
import { detectDateFormat, type DateFormat } from './dates';
import type { Dialect } from './dialect';
import type { ParsedTable, SkippedLine } from './import-result';
import { cellOf, type RecordForm, type Row } from './row';

/** Everything about a dataset except its rows: enough to export it as it came in. */
export interface DatasetMeta {
  /** Shown in the title and used to name exports: the imported file's name without extension. */
  name: string;
  /** Header cells exactly as in the file, in the file's order. */
  header: string[];
  dialect: Dialect;
  /** The next row id to hand out; ids are never reused, so undo and history stay unambiguous. */
  nextRowId: number;
  importedAt: string;
  /**
   * Names the last write. A tab that writes checks the stamp it last saw is still there, so two
   * tabs never overwrite each other's pages unknowingly; a new stamp tells other tabs to reload.
   */
  stamp?: string;
  /** When a person last changed a cell or row (ISO time). */
  changedAt?: string;
  /** When the dataset was last exported (ISO time). */
  exportedAt?: string;
  /**
   * The file's lines that are not records (title, comments, blank lines, legend), kept to be
   * exported where they stood; `records`: how many records the file had (ids 1..records), which
   * places them. Absent in datasets imported before lines were kept, and in ones started here.
   */
  kept?: { records: number; lines: SkippedLine[] };
  /** How the header was written, where export would write it otherwise (see Row.form). */
  headerForm?: RecordForm;
}

/** A unique-enough name for one write: time plus randomness, no secure context needed. */
export function newStamp(): string {
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

export function datasetName(fileName: string): string {
  const base = fileName.replace(/\.[^.]*$/, '').trim();
  return base || 'agreements';
}

export function datasetFromTable(
  table: ParsedTable,
  fileName: string,
  now: Date,
  stamp = newStamp(),
): { meta: DatasetMeta; rows: Row[] } {
  const forms = table.forms;
  const rows: Row[] = table.rows.map((cells, i) => {
    const form = forms?.[i];
    return form ? { id: i + 1, cells, form } : { id: i + 1, cells };
  });
  const meta: DatasetMeta = {
    name: datasetName(fileName),
    header: table.header,
    dialect: table.dialect,
    nextRowId: rows.length + 1,
    importedAt: now.toISOString(),
    stamp,
    kept: { records: rows.length, lines: table.skipped },
  };
  if (table.headerForm) meta.headerForm = table.headerForm;
  return { meta, rows };
}

/** How many columns the grid shows: the header's, plus any extra cells a ragged row carries. */
export function columnCount(meta: DatasetMeta, rows: readonly Row[]): number {
  let count = meta.header.length;
  for (const row of rows) if (row.cells.length > count) count = row.cells.length;
  return count;
}

/**
 * The date format the dataset's date columns are written in. A few thousand rows, spread over the
 * file, tell it as surely as all 100,000 do.
 */
export function dateFormatOf(meta: DatasetMeta, rows: readonly Row[]): DateFormat {
  const map = mapColumns(meta.header);
  const step = Math.max(1, Math.floor(rows.length / 5000));
  const sample = rows.filter((_, i) => i % step === 0);
  return detectDateFormat([map.validUntil, map.date].flatMap((c) => (c === undefined ? [] : sample.map((r) => cellOf(r, c)))));
}
