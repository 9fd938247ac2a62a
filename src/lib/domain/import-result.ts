import type { Dialect } from './dialect';

/** A line of the file that was read but is not a record (title, blank line, legend). */
export interface SkippedLine {
  /** 1-based line number in the file. */
  line: number;
  text: string;
  reason: 'blank' | 'text' | 'before-header';
}

/** A record whose field count differs from the header's. Its cells are kept as they came. */
export interface RaggedRow {
  line: number;
  fields: number;
  expected: number;
}

export interface ParsedTable {
  dialect: Dialect;
  /** Header cells exactly as in the file. */
  header: string[];
  /** 1-based line number of the header. */
  headerLine: number;
  /** Each record's cells as in the file: never padded or trimmed. */
  rows: string[][];
  /** 1-based first line number of each row (a quoted field may span lines). */
  rowLines: number[];
  skipped: SkippedLine[];
  ragged: RaggedRow[];
}

/** What the app's main thread needs to know about a parsed file: everything but its rows. */
export type TableSummary = Omit<ParsedTable, 'rows' | 'rowLines'> & { rowCount: number };

export function summarise({ rows, rowLines: _lines, ...rest }: ParsedTable): TableSummary {
  return { ...rest, rowCount: rows.length };
}

/** A file we refuse, with a message a person can act on. Errors are values, not exceptions. */
export interface ImportError {
  message: string;
  line?: number;
}

export type ImportResult = { ok: true; table: ParsedTable } | { ok: false; error: ImportError };
