/**
 * How a file was written, remembered so that export reproduces it byte for byte.
 * The cells themselves are stored as raw text; the dialect is everything around them.
 */
/**
 * `windows-1252`/`windows-1254` are what an old Excel writes as "Text (Tab delimited)" on a Western
 * or Turkish Windows: kept so that export writes the same bytes the office's other tools expect.
 */
export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252' | 'windows-1254';
export type LineEnding = '\n' | '\r\n' | '\r';

/**
 * `raw`: plain tab-separated text with no quoting at all (the office's sample, Google Sheets):
 *   a `"` is literal text, so `"EDUCA" LLP` is a cell of ten characters.
 * `excel`: Excel's "Text (Tab delimited)": a field holding a tab, line break or `"` is wrapped
 *   in quotes with inner quotes doubled.
 */
export type Quoting = 'raw' | 'excel';

/** What separates cells. The same quoting rules apply to CSV: `excel` is RFC 4180 there. */
export type Delimiter = '\t' | ',' | ';';

export interface Dialect {
  encoding: TextEncodingName;
  bom: boolean;
  lineEnding: LineEnding;
  quoting: Quoting;
  /**
   * Whether the file's last line ended with a line ending. Export writes one after its last line
   * iff so. (Datasets stored before lines that are not records were kept: after the last record.)
   */
  finalNewline: boolean;
  /** Absent in datasets stored before CSV was read: a tab. */
  delimiter?: Delimiter;
}

export function delimiterOf(dialect: Dialect): Delimiter {
  return dialect.delimiter ?? '\t';
}

/** The dialect of a dataset started in Pactsheet rather than imported. */
export const NEW_DIALECT: Dialect = {
  encoding: 'utf-8',
  bom: false,
  lineEnding: '\r\n',
  quoting: 'excel',
  finalNewline: true,
};
