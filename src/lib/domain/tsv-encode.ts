/**
 * Cells → bytes in the dialect the file came in. file-encode.ts puts the whole file together
 * (lines that are not records, each record as it was written) from these pieces.
 */
import { delimiterOf, type Delimiter, type Dialect, type TextEncodingName } from './dialect';
import { encodeSingleByte, joinBytes } from './text-encodings';

export interface EncodeResult {
  bytes: Uint8Array;
  /** Cells given a leading `'` so a spreadsheet does not run them as formulas. */
  neutralised: number;
  /** Cells that `raw` cannot hold (tab or line break) and were quoted Excel-style instead. */
  quotedInRaw: number;
  /** Characters a Windows-125x encoding cannot hold, written as `?`. Always 0 for UTF-8/16. */
  unencodable: number;
}

const TAB = 9;
const LF = 10;
const CR = 13;
const QUOTE = 34;

/**
 * CSV injection: Excel and LibreOffice run a cell starting with = + @ (or a tab/CR that they
 * strip before looking) as a formula. A leading `'` makes them show it as text. `-` is left
 * alone on purpose: `-`, `-5` and rankings like `1001-1200` are common, legitimate values here.
 */
export function neutraliseFormula(cell: string): string {
  // Leading quotes are skipped: Excel unquotes `"=1"` in a raw (unquoted) export and runs `=1`.
  let i = 0;
  while (cell.charCodeAt(i) === QUOTE) i++;
  const c = cell.charCodeAt(i);
  return c === 61 || c === 43 || c === 64 || c === TAB || c === CR ? "'" + cell : cell;
}

/** Whether a cell must be quoted in a quoting dialect: it holds the delimiter, a `"` or a line break. */
export function mustQuote(cell: string, delimiter: Delimiter): boolean {
  return specials(cell, delimiter) !== 0;
}

/**
 * 0: plain; 1: holds `"` only; 2: holds the delimiter or a line break (cannot be written raw).
 * The regex rejects the ~99% plain cells faster than a charCode loop does in V8.
 */
function specials(cell: string, delimiter: Delimiter): 0 | 1 | 2 {
  if (!SPECIAL.test(cell) && (delimiter === '\t' || cell.indexOf(delimiter) === -1)) return 0;
  const d = delimiter.charCodeAt(0);
  for (let i = 0; i < cell.length; i++) {
    const c = cell.charCodeAt(i);
    if (c === d || c === LF || c === CR) return 2;
  }
  return 1;
}

const SPECIAL = /["\t\r\n]/;

function quote(cell: string): string {
  return '"' + cell.replaceAll('"', '""') + '"';
}

/** One line of cells in the dialect; `flip` names cells written in quotes (or not) against the rule. */
export type LineEncoder = (cells: readonly string[], flip?: readonly number[]) => string;

export interface Counts {
  neutralised: number;
  quotedInRaw: number;
}

export function lineEncoder(dialect: Dialect, counts: Counts): LineEncoder {
  const excel = dialect.quoting === 'excel';
  const delimiter = delimiterOf(dialect);
  // Each line has exactly as many fields as the row: never padded, so short rows stay short.
  return (cells, flip) => {
    const out = new Array<string>(cells.length);
    for (let j = 0; j < cells.length; j++) {
      let cell = cells[j];
      const safe = neutraliseFormula(cell);
      if (safe !== cell) {
        counts.neutralised++;
        cell = safe;
      }
      const kind = specials(cell, delimiter);
      let quoted = excel ? kind !== 0 : kind === 2;
      if (kind === 2 && !excel) counts.quotedInRaw++;
      if (flip !== undefined && flip.includes(j)) quoted = !quoted;
      out[j] = quoted ? quote(cell) : cell;
    }
    return out.join(delimiter);
  };
}

export function encodeTable(header: readonly string[], rows: readonly (readonly string[])[], dialect: Dialect): EncodeResult {
  const counts: Counts = { neutralised: 0, quotedInRaw: 0 };
  const encodeLine = lineEncoder(dialect, counts);
  const lines = new Array<string>(rows.length + 1);
  lines[0] = encodeLine(header);
  for (let i = 0; i < rows.length; i++) lines[i + 1] = encodeLine(rows[i]);
  let text = lines.join(dialect.lineEnding);
  if (dialect.finalNewline) text += dialect.lineEnding;
  const { bytes, unencodable } = encodeCounting(text, dialect.encoding, dialect.bom);
  return { bytes, unencodable, ...counts };
}

/** Text → bytes in the given encoding; a BOM only for UTF-8/16 (Windows-125x has none). */
export function encodeText(text: string, encoding: TextEncodingName, bom: boolean): Uint8Array {
  return encodeCounting(text, encoding, bom).bytes;
}

export function encodeCounting(
  text: string,
  encoding: TextEncodingName,
  bom: boolean,
): { bytes: Uint8Array; unencodable: number } {
  switch (encoding) {
    case 'utf-8':
      return { bytes: encodeUtf8(text, bom), unencodable: 0 };
    case 'utf-16le':
    case 'utf-16be':
      return { bytes: encodeUtf16(text, encoding === 'utf-16le', bom), unencodable: 0 };
    case 'windows-1252':
    case 'windows-1254':
      return encodeSingleByte(text, encoding);
  }
}

/** Pieces of text per TextEncoder call in `encodePieces`: a few hundred KB of text. */
const PIECES_AT_ONCE = 4000;

/**
 * The pieces of a file (lines, line ends) → bytes, as `encodeCounting(pieces.join(''))` would.
 * UTF-8 is encoded a few thousand pieces at a time: Chromium's TextEncoder takes about three
 * times as long over one 13 MB string as over the same text in pieces (`npm run bench`, export).
 * Pieces are whole strings, so no character is ever cut in two.
 */
export function encodePieces(pieces: readonly string[], encoding: TextEncodingName, bom: boolean): { bytes: Uint8Array; unencodable: number } {
  if (encoding !== 'utf-8') return encodeCounting(pieces.join(''), encoding, bom);
  const encoder = new TextEncoder();
  const parts: Uint8Array[] = bom ? [UTF8_BOM] : [];
  for (let i = 0; i < pieces.length; i += PIECES_AT_ONCE) parts.push(encoder.encode(pieces.slice(i, i + PIECES_AT_ONCE).join('')));
  return { bytes: joinBytes(parts), unencodable: 0 };
}

const UTF8_BOM = new Uint8Array([0xef, 0xbb, 0xbf]);

function encodeUtf8(text: string, bom: boolean): Uint8Array {
  const body = new TextEncoder().encode(text);
  return bom ? joinBytes([UTF8_BOM, body]) : body;
}

const PLATFORM_LE = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/**
 * By hand because TextEncoder only writes UTF-8. One 16-bit store per code unit (swapped when
 * the platform's byte order differs) is twice as fast as writing the two bytes separately.
 */
function encodeUtf16(text: string, littleEndian: boolean, bom: boolean): Uint8Array {
  const start = bom ? 1 : 0;
  const units = new Uint16Array(start + text.length);
  const swap = littleEndian !== PLATFORM_LE;
  if (bom) units[0] = swap ? 0xfffe : 0xfeff;
  if (swap) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      units[start + i] = ((c & 0xff) << 8) | (c >>> 8);
    }
  } else {
    for (let i = 0; i < text.length; i++) units[start + i] = text.charCodeAt(i);
  }
  return new Uint8Array(units.buffer);
}
