/**
 * Text → table, keeping every cell exactly as typed, every line that is not a record, and the
 * dialect (delimiter, quoting, line endings) for export.
 *
 * The dialect is decided once for the whole file, never per cell: a file is `excel` only when
 * its quotes read as Excel's quoting everywhere; otherwise every `"` is literal text (`raw`).
 * Per-cell guessing would let a literal `"EDUCA" LLP` swallow the rest of the file.
 */
import { readLines, type SourceLine } from './delimited-read';
import type { Delimiter, Dialect, LineEnding, Quoting, TextEncodingName } from './dialect';
import type { ImportResult, ParsedTable, RaggedRow, SkippedLine } from './import-result';
import type { Said } from '../text/messages';
import { classify, detectDelimiter } from './line-kinds';
import type { RecordForm } from './row';
import { mustQuote } from './tsv-encode';

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
function scan(text: string, delimiter: number): Scan {
  const n = text.length;
  const all = countEndings(text, 0, n);
  const outsideQuotes = { ...all };
  let leadingQuote = false;
  let excelShaped = true;
  let breaksInQuotes = false;
  for (let open = text.indexOf('"'); open !== -1; ) {
    const before = open === 0 ? LF : text.charCodeAt(open - 1);
    if (before !== delimiter && before !== LF && before !== CR) {
      excelShaped = false; // a `"` inside an unquoted field: Excel would have quoted the field
      break;
    }
    leadingQuote = true;
    let close = text.indexOf('"', open + 1);
    while (close !== -1 && text.charCodeAt(close + 1) === QUOTE) close = text.indexOf('"', close + 2);
    const after = close === -1 ? -1 : text.charCodeAt(close + 1);
    if (close === -1 || (close + 1 < n && after !== delimiter && after !== LF && after !== CR)) {
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
function majority(counts: EndingCounts): LineEnding {
  const { crlf, lf, cr } = counts;
  if (crlf + lf + cr === 0) return '\r\n';
  return crlf >= lf && crlf >= cr ? '\r\n' : lf >= cr ? '\n' : '\r';
}

/**
 * How a line was written where export would write it otherwise: cells quoted that need no quotes
 * (writers that quote every text cell), another line ending than the file's (mixed files).
 * Undefined for almost every line, so that keeping it costs nothing on ordinary files.
 */
function formOf(line: SourceLine, delimiter: Delimiter, lineEnding: LineEnding): RecordForm | undefined {
  let flip: number[] | undefined;
  if (line.quoted) for (const j of line.quoted) if (!mustQuote(line.cells[j], delimiter)) (flip ??= []).push(j);
  const end = line.ending !== '' && line.ending !== lineEnding ? line.ending : undefined;
  if (!flip && !end) return undefined;
  return { ...(flip ? { flip } : {}), ...(end ? { end } : {}) };
}

export function parseTable(text: string, encoding: TextEncodingName, bom: boolean): ImportResult {
  const delimiter = detectDelimiter(text);
  const s = scan(text, delimiter.charCodeAt(0));
  const excel = s.leadingQuote && s.excelShaped;
  const quoting: Quoting = excel ? 'excel' : 'raw';
  const lineEnding = majority(excel ? s.outsideQuotes : s.all);
  const lines = readLines(text, delimiter.charCodeAt(0), excel);
  const { kinds, header: headerIndex } = classify(lines);
  if (headerIndex === -1) return { ok: false, error: { reason: noColumnsReason(lines) } };

  const header = lines[headerIndex].cells;
  const headerLine = lines[headerIndex].line;
  const headerForm = formOf(lines[headerIndex], delimiter, lineEnding);
  const skipped: SkippedLine[] = [];
  const ragged: RaggedRow[] = [];
  const rows: string[][] = [];
  const rowLines: number[] = [];
  const forms: (RecordForm | undefined)[] = [];
  let shortRecords = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const kind = kinds[i];
    if (kind === 'header') continue;
    if (kind === 'record') {
      const cells = line.cells;
      if (cells.length !== header.length) {
        ragged.push({ line: line.line, fields: cells.length, expected: header.length });
        if (cells.length < header.length) shortRecords++;
      }
      rows.push(cells);
      rowLines.push(line.line);
      forms.push(formOf(line, delimiter, lineEnding));
    } else {
      const end = line.ending !== '' && line.ending !== lineEnding ? line.ending : undefined;
      const after = i < headerIndex ? -1 : rows.length;
      skipped.push({ line: line.line, text: text.slice(line.start, line.end), reason: kind, after, ...(end ? { end } : {}) });
    }
  }
  if (rows.length === 0) {
    return {
      ok: false,
      error: { reason: { key: 'refusal.headerOnly', params: { line: headerLine } }, line: headerLine },
    };
  }
  // Absent for a tab, as in every dataset stored before CSV was read.
  const dialect: Dialect = { encoding, bom, lineEnding, quoting, finalNewline: s.finalNewline };
  if (delimiter !== '\t') dialect.delimiter = delimiter;
  const table: ParsedTable = { dialect, header, headerLine, rows, rowLines, skipped, ragged, shortRecords, forms };
  if (headerForm) table.headerForm = headerForm;
  return { ok: true, table };
}

function noColumnsReason(data: readonly SourceLine[]): Said {
  let lines = 0;
  let commas = 0;
  let semicolons = 0;
  for (const { cells } of data) {
    const line = cells.join('\t');
    if (line.trim() === '') continue;
    lines++;
    if (line.includes(',')) commas++;
    if (line.includes(';')) semicolons++;
  }
  if (lines > 0 && semicolons * 2 > lines && semicolons >= commas) {
    return { key: 'refusal.semicolonCsv' };
  }
  if (lines > 0 && commas * 2 > lines) {
    return { key: 'refusal.commaCsv' };
  }
  return { key: 'refusal.singleColumn' };
}
