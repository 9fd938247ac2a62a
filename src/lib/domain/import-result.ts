import type { Dialect, LineEnding } from './dialect';
import type { RecordForm } from './row';
import type { Said } from '../text/messages';

/**
 * A line of the file that is not a record (title, preamble, `#` comment, blank line, legend).
 * It is not shown as an agreement but kept, verbatim, and exported where it stood.
 */
export interface SkippedLine {
  /** 1-based line number in the file. */
  line: number;
  /** The line exactly as in the file, without its line ending. */
  text: string;
  reason: 'blank' | 'text' | 'before-header' | 'comment';
  /** The id of the record it follows: 0 right after the header, -1 before the header. */
  after?: number;
  /** Its line ending, when not the dialect's. */
  end?: LineEnding;
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
  /** Short lines read as records because they hold data (Google Sheets trims empty cells). */
  shortRecords?: number;
  /** Per row, how it was written where that differs from what export writes (mostly empty). */
  forms?: (RecordForm | undefined)[];
  headerForm?: RecordForm;
}

/** What the app's main thread needs to know about a parsed file: everything but its rows. */
export type TableSummary = Omit<ParsedTable, 'rows' | 'rowLines' | 'forms'> & { rowCount: number };

export function summarise({ rows, rowLines: _lines, forms: _forms, ...rest }: ParsedTable): TableSummary {
  return { ...rest, rowCount: rows.length };
}

/**
 * A file we refuse, with a message a person can act on. Errors are values, not exceptions; the
 * message is data (a catalogue key and its parameters), worded in the user's language when shown.
 */
export interface ImportError {
  reason: Said;
  line?: number;
}

export type ImportResult = { ok: true; table: ParsedTable } | { ok: false; error: ImportError };
