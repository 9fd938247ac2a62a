/**
 * Text → table, keeping every cell exactly as typed and remembering the dialect for export.
 *
 * The dialect is decided once for the whole file, never per cell: a file is `excel` only when
 * its quotes read as Excel's quoting everywhere; otherwise every `"` is literal text (`raw`).
 * Per-cell guessing would let a literal `"EDUCA" LLP` swallow the rest of the file.
 */
import Papa from 'papaparse';
import type { Dialect, LineEnding, Quoting, TextEncodingName } from './dialect';
import type { ImportResult, ParsedTable, RaggedRow, SkippedLine } from './import-result';

const TAB = 9;
const LF = 10;
const CR = 13;
const QUOTE = 34;

interface EndingCounts {
  crlf: number;
  lf: number;
  cr: number;
}

interface Scan {
  /** Every line ending in the text: what a `raw` reading splits on. */
  all: EndingCounts;
  /** Line endings outside Excel-quoted fields: what an `excel` reading splits on. */
  outsideQuotes: EndingCounts;
  leadingQuote: boolean;
  /**
   * Whether the text is exactly what Excel's writer could produce: every field starting with `"`
   * closes with a `"` followed by a tab, line end or the end of text, and no unquoted field holds
   * a `"` (Excel would have quoted it). An unterminated quote fails this too, which is why an
   * unclosed quote never reaches the `excel` parse: the file is read `raw` instead.
   */
  excelShaped: boolean;
  breaksInQuotes: boolean;
  finalNewline: boolean;
}

/** Line endings in text[from, to), by jumping between CR and LF with indexOf. */
function countEndings(text: string, from: number, to: number): EndingCounts {
  const counts: EndingCounts = { crlf: 0, lf: 0, cr: 0 };
  let lfs = 0;
  for (let i = text.indexOf('\n', from); i !== -1 && i < to; i = text.indexOf('\n', i + 1)) lfs++;
  for (let i = text.indexOf('\r', from); i !== -1 && i < to; i = text.indexOf('\r', i + 1)) {
    if (i + 1 < to && text.charCodeAt(i + 1) === LF) counts.crlf++;
    else counts.cr++;
  }
  counts.lf = lfs - counts.crlf;
  return counts;
}

/**
 * Jumps from quote to quote with indexOf instead of visiting every character: the work is
 * proportional to the number of line endings and quotes, not to the 12 MB of text.
 */
function scan(text: string): Scan {
  const n = text.length;
  const all = countEndings(text, 0, n);
  const outsideQuotes = { ...all };
  let leadingQuote = false;
  let excelShaped = true;
  let breaksInQuotes = false;
  for (let open = text.indexOf('"'); open !== -1; ) {
    const before = open === 0 ? LF : text.charCodeAt(open - 1);
    if (before !== TAB && before !== LF && before !== CR) {
      excelShaped = false; // a `"` inside an unquoted field: Excel would have quoted the field
      break;
    }
    leadingQuote = true;
    let close = text.indexOf('"', open + 1);
    while (close !== -1 && text.charCodeAt(close + 1) === QUOTE) close = text.indexOf('"', close + 2);
    const after = close === -1 ? -1 : text.charCodeAt(close + 1);
    if (close === -1 || (close + 1 < n && after !== TAB && after !== LF && after !== CR)) {
      excelShaped = false; // never closed, or closed and then followed by more text
      break;
    }
    const inside = countEndings(text, open + 1, close);
    if (inside.crlf + inside.lf + inside.cr > 0) {
      breaksInQuotes = true;
      // Math.max: a CR closing a field and an LF after the quote were counted as one CRLF.
      outsideQuotes.crlf = Math.max(0, outsideQuotes.crlf - inside.crlf);
      outsideQuotes.lf = Math.max(0, outsideQuotes.lf - inside.lf);
      outsideQuotes.cr = Math.max(0, outsideQuotes.cr - inside.cr);
    }
    open = text.indexOf('"', close + 1);
  }
  const last = text.charCodeAt(n - 1);
  return {
    all,
    outsideQuotes,
    leadingQuote,
    excelShaped,
    breaksInQuotes,
    finalNewline: last === LF || last === CR,
  };
}

/** The most common line ending; ties prefer CRLF, then LF (what Excel and most tools write). */
function majority(counts: EndingCounts): { ending: LineEnding; mixed: boolean } {
  const { crlf, lf, cr } = counts;
  const ending: LineEnding = crlf >= lf && crlf >= cr ? '\r\n' : lf >= cr ? '\n' : '\r';
  const kinds = (crlf > 0 ? 1 : 0) + (lf > 0 ? 1 : 0) + (cr > 0 ? 1 : 0);
  return { ending: crlf + lf + cr === 0 ? '\r\n' : ending, mixed: kinds > 1 };
}

const ANY_ENDING = /\r\n|\r|\n/g;

/**
 * Papaparse splits on one newline only, so a file with mixed endings is unified first (rare, so
 * the copy is affordable). In Excel-shaped text the quotes pair up, so the pieces between an even
 * and an odd quote are outside fields: only those are touched, line breaks in cells stay as typed.
 */
function unifyEndings(text: string, ending: LineEnding, quoting: Quoting): string {
  if (quoting === 'raw') return text.replace(ANY_ENDING, ending);
  return text
    .split('"')
    .map((piece, i) => (i % 2 === 0 ? piece.replace(ANY_ENDING, ending) : piece))
    .join('"');
}

function papaparse(text: string, newline: LineEnding, quoting: Quoting): Papa.ParseResult<string[]> {
  return Papa.parse<string[]>(text, {
    delimiter: '\t',
    newline,
    header: false,
    dynamicTyping: false,
    skipEmptyLines: false,
    comments: false,
    // fastMode splits on tabs and newlines only: every `"` stays literal.
    ...(quoting === 'raw' ? { fastMode: true } : { fastMode: false, quoteChar: '"', escapeChar: '"' }),
  });
}

interface Reading {
  data: string[][];
  quoting: Quoting;
  lineEnding: LineEnding;
}

function read(text: string, s: Scan): Reading {
  if (s.leadingQuote && s.excelShaped) {
    const { ending, mixed } = majority(s.outsideQuotes);
    const parsed = papaparse(mixed ? unifyEndings(text, ending, 'excel') : text, ending, 'excel');
    if (parsed.errors.length === 0) return { data: parsed.data, quoting: 'excel', lineEnding: ending };
  }
  const { ending, mixed } = majority(s.all);
  const parsed = papaparse(mixed ? unifyEndings(text, ending, 'raw') : text, ending, 'raw');
  return { data: parsed.data, quoting: 'raw', lineEnding: ending };
}

/** Line breaks inside a row's cells, so the next row's line number stays right. */
function breaksIn(row: string[]): number {
  let breaks = 0;
  for (const cell of row) {
    if (cell.indexOf('\n') === -1 && cell.indexOf('\r') === -1) continue;
    for (let i = 0; i < cell.length; i++) {
      const c = cell.charCodeAt(i);
      if (c === LF || (c === CR && cell.charCodeAt(i + 1) !== LF)) breaks++;
    }
  }
  return breaks;
}

function allEmpty(row: string[]): boolean {
  for (const cell of row) if (cell !== '') return false;
  return true;
}

export function parseTable(text: string, encoding: TextEncodingName, bom: boolean): ImportResult {
  const s = scan(text);
  const { data, quoting, lineEnding } = read(text, s);
  // Papaparse drops a leading U+FEFF as if it were a BOM; ours was already removed from the
  // bytes, so one here is content and goes back into the first cell.
  if (text.charCodeAt(0) === 0xfeff && data.length > 0) data[0][0] = '\uFEFF' + data[0][0];
  // A final line ending makes papaparse report one more, empty, line: it is not in the file.
  if (s.finalNewline) data.pop();

  const countBreaks = quoting === 'excel' && s.breaksInQuotes;
  const skipped: SkippedLine[] = [];
  const ragged: RaggedRow[] = [];
  const rows: string[][] = [];
  const rowLines: number[] = [];
  let header: string[] | null = null;
  let headerLine = 0;
  let line = 1;
  let lastRecord = -1;
  for (const [index, row] of data.entries()) {
    const at = line;
    line += countBreaks ? 1 + breaksIn(row) : 1;
    if (header === null) {
      // A line of only tabs is not a header: it names no column.
      if (row.length >= 2 && !allEmpty(row)) {
        header = row;
        headerLine = at;
      } else skipped.push({ line: at, text: row.join('\t'), reason: 'before-header' });
    } else if (row.length === 1) {
      skipped.push({ line: at, text: row[0], reason: row[0] === '' ? 'blank' : 'text' });
    } else if (allEmpty(row)) {
      skipped.push({ line: at, text: row.join('\t'), reason: 'blank' });
    } else {
      if (row.length !== header.length) {
        ragged.push({ line: at, fields: row.length, expected: header.length });
      }
      rows.push(row);
      rowLines.push(at);
      lastRecord = index;
    }
  }

  if (header === null) return { ok: false, error: { message: noColumnsMessage(data) } };
  if (rows.length === 0) {
    return {
      ok: false,
      error: { message: `The file has a header (line ${headerLine}) but no agreements under it.`, line: headerLine },
    };
  }
  // The last record keeps its own line ending: when lines that are not records follow it (the
  // sample's legend), it had one, even if the file's very last line did not.
  const finalNewline = lastRecord < data.length - 1 || s.finalNewline;
  const dialect: Dialect = { encoding, bom, lineEnding, quoting, finalNewline };
  const table: ParsedTable = { dialect, header, headerLine, rows, rowLines, skipped, ragged };
  return { ok: true, table };
}

const SAVE_AS_TSV = 'Open it in Excel and use Save As → Text (Tab delimited).';

function noColumnsMessage(data: string[][]): string {
  let lines = 0;
  let commas = 0;
  let semicolons = 0;
  for (const row of data) {
    const line = row.join('\t');
    if (line.trim() === '') continue;
    lines++;
    if (line.includes(',')) commas++;
    if (line.includes(';')) semicolons++;
  }
  if (lines > 0 && semicolons * 2 > lines && semicolons >= commas) {
    return `No tab-separated columns were found: this looks like semicolon-separated CSV. ${SAVE_AS_TSV}`;
  }
  if (lines > 0 && commas * 2 > lines) {
    return `No tab-separated columns were found: this looks like comma-separated CSV. ${SAVE_AS_TSV}`;
  }
  return `No tab-separated columns were found: every line holds a single column. ${SAVE_AS_TSV}`;
}
