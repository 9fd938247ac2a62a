/**
 * Bytes → text, remembering the encoding and BOM so that export can write the same bytes back.
 *
 * Order: known binary formats first (a PNG is not "invalid UTF-8", it is a PNG), then a BOM,
 * then BOM-less UTF-16 by its NUL pattern, then strict UTF-8, then Windows-1252/1254.
 */
import type { TextEncodingName } from './dialect';
import type { ImportError } from './import-result';
import { BINARY, sniffBinary, sniffText } from './sniff';
import type { Said } from '../text/messages';
import { decodeSingleByte, TURKISH_BYTES, type SingleByteEncoding } from './text-encodings';

export type DecodeResult =
  | { ok: true; text: string; encoding: TextEncodingName; bom: boolean }
  | { ok: false; error: ImportError };

type UnicodeEncoding = 'utf-8' | 'utf-16le' | 'utf-16be';

const BOMS: ReadonlyArray<{ bytes: number[]; encoding: UnicodeEncoding }> = [
  { bytes: [0xef, 0xbb, 0xbf], encoding: 'utf-8' },
  { bytes: [0xff, 0xfe], encoding: 'utf-16le' },
  { bytes: [0xfe, 0xff], encoding: 'utf-16be' },
];

export function decodeBytes(bytes: Uint8Array): DecodeResult {
  if (bytes.length === 0) return fail({ key: 'refusal.empty' });
  const format = sniffBinary(bytes);
  if (format) return { ok: false, error: format };

  const bom = BOMS.find((b) => b.bytes.length <= bytes.length && b.bytes.every((x, i) => bytes[i] === x));
  let text: string | null;
  let encoding: TextEncodingName;
  if (bom) {
    if (bytes.length === bom.bytes.length) {
      return fail({ key: 'refusal.bomOnly' });
    }
    encoding = bom.encoding;
    text = decodeStrict(bytes.subarray(bom.bytes.length), encoding);
    if (text === null) return fail(damagedMessage(encoding));
    const nul = text.indexOf('\0');
    if (nul !== -1) return { ok: false, error: nulError(text, nul) };
  } else {
    const utf16 = guessUtf16(bytes);
    if (utf16) {
      encoding = utf16;
      text = decodeStrict(bytes, utf16);
      if (text === null) return fail(damagedMessage(utf16));
      const nul = text.indexOf('\0');
      if (nul !== -1) return { ok: false, error: nulError(text, nul) };
    } else {
      // NUL never occurs in 8-bit text; it is the surest sign of a binary (or damaged) file.
      const nul = bytes.indexOf(0);
      if (nul !== -1) return { ok: false, error: nulError(bytes, nul) };
      text = decodeStrict(bytes, 'utf-8');
      encoding = 'utf-8';
      if (text === null) {
        const damaged = damagedUtf8(bytes);
        if (damaged !== null) return { ok: false, error: damaged };
        encoding = guessSingleByte(bytes);
        text = decodeSingleByte(bytes, encoding);
      }
    }
  }
  const notTable = sniffText(text);
  if (notTable) return { ok: false, error: notTable };
  return { ok: true, text, encoding, bom: bom !== undefined };
}

function fail(reason: Said): DecodeResult {
  return { ok: false, error: { reason } };
}

function damagedMessage(encoding: UnicodeEncoding): Said {
  return { key: 'refusal.badUnicode', params: { encoding: encoding === 'utf-8' ? 'UTF-8' : 'UTF-16' } };
}

/** Code units (bytes, or UTF-16 characters) that can be read one at a time. */
type Units = Uint8Array | string;
const unitAt = (units: Units, i: number): number => (typeof units === 'string' ? units.charCodeAt(i) : units[i]);

/** 1-based line of position `at`, counting CRLF, LF and a lone CR as one line ending each. */
function lineOf(units: Units, at: number): number {
  let line = 1;
  for (let i = 0; i < at; i++) {
    const c = unitAt(units, i);
    if (c === 10 || (c === 13 && unitAt(units, i + 1) !== 10)) line++;
  }
  return line;
}

/**
 * A NUL in what is otherwise text (few NULs and other control characters in the first 4 KB) is a damaged save
 * or a bad copy from a database: say on which line, so the user can find it. In anything else
 * it is a binary file.
 */
function nulError(units: Units, nul: number): ImportError {
  const n = Math.min(units.length, 4096);
  let controls = 0;
  let nuls = 0;
  for (let i = 0; i < n; i++) {
    const c = unitAt(units, i);
    if (c === 0) nuls++;
    else if (c < 0x20 && c !== 9 && c !== 10 && c !== 13) controls++;
  }
  if (controls * 100 > n || nuls * 10 > n) return BINARY;
  const line = lineOf(units, nul);
  return { reason: { key: 'refusal.nul', params: { line } }, line };
}

/** How many bytes follow a UTF-8 lead byte, and the range the first of them must be in. */
function utf8Lead(b: number): { length: number; min: number; max: number } | null {
  if (b >= 0xc2 && b <= 0xdf) return { length: 1, min: 0x80, max: 0xbf };
  if (b === 0xe0) return { length: 2, min: 0xa0, max: 0xbf };
  if (b >= 0xe1 && b <= 0xef) return { length: 2, min: 0x80, max: 0xbf };
  if (b === 0xf0) return { length: 3, min: 0x90, max: 0xbf };
  if (b >= 0xf1 && b <= 0xf3) return { length: 3, min: 0x80, max: 0xbf };
  if (b === 0xf4) return { length: 3, min: 0x80, max: 0x8f };
  return null;
}

/**
 * Invalid UTF-8 is usually an 8-bit file, but not when most of its non-ASCII characters are
 * well-formed UTF-8: then it is a UTF-8 file with a few broken bytes (a cut-off character, a
 * lone surrogate written by a WTF-8/CESU-8 tool as ED A0 80…), and reading it as Windows-1252
 * would turn every "ü" into "Ã¼". Refused, naming the line of the first broken bytes.
 */
function damagedUtf8(bytes: Uint8Array): ImportError | null {
  let valid = 0;
  let invalid = 0;
  let firstBad = -1;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (b < 0x80) continue;
    const lead = utf8Lead(b);
    let shaped = lead !== null && i + lead.length < bytes.length;
    for (let k = 1; shaped && lead && k <= lead.length; k++) shaped = bytes[i + k] >= 0x80 && bytes[i + k] <= 0xbf;
    if (!shaped || !lead) {
      invalid++;
      if (firstBad === -1) firstBad = i;
      continue;
    }
    const second = bytes[i + 1];
    // A surrogate's encoding (ED A0–BF xx) is UTF-8-shaped but not valid: evidence and a fault.
    if (b === 0xed && second >= 0xa0) {
      if (firstBad === -1) firstBad = i;
    } else if (second < lead.min || second > lead.max) {
      invalid++;
      if (firstBad === -1) firstBad = i;
      continue;
    }
    valid++;
    i += lead.length;
  }
  if (valid <= invalid || firstBad === -1) return null;
  const line = lineOf(bytes, firstBad);
  return { reason: { key: 'refusal.badUtf8Line', params: { line } }, line };
}

/**
 * `fatal` so that broken bytes are noticed rather than turned into U+FFFD (which export could not
 * write back); `ignoreBOM` because the BOM is already cut off, and a second U+FEFF is cell content.
 */
function decodeStrict(bytes: Uint8Array, encoding: UnicodeEncoding): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

/**
 * BOM-less UTF-16: ASCII characters put a NUL in every other byte (odd offsets for LE, even for
 * BE). A quarter of the sampled pairs is plenty for a table of names and dates; text with no
 * ASCII at all cannot be told apart this way and is left to the UTF-8/8-bit path.
 */
function guessUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, 4096) & ~1;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  const pairs = n / 2;
  if (pairs === 0) return null;
  if (odd > pairs / 4 && even * 10 < odd) return 'utf-16le';
  if (even > pairs / 4 && odd * 10 < even) return 'utf-16be';
  return null;
}

/** Latin-1 letters Turkish does not use but Icelandic and other 1252 languages do: á é í ó ú æ ø å. */
const NON_TURKISH_LETTERS: ReadonlySet<number> = new Set([
  0xe1, 0xe9, 0xed, 0xf3, 0xfa, 0xe6, 0xf8, 0xe5, 0xc1, 0xc9, 0xcd, 0xd3, 0xda, 0xc6, 0xd8, 0xc5,
  0x8e, 0x9e, // Ž ž exist in 1252 only
]);

function isLetterByte(b: number): boolean {
  return (b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a) || b >= 0xc0;
}

/**
 * Invalid UTF-8 is an old Excel export: Windows-1252, or 1254 on a Turkish Windows. The bytes of
 * Ğ İ Ş ğ ı ş are Ð Ý Þ ð ý þ in 1252, so: Turkish-letter bytes next to a letter count for 1254,
 * letters Turkish never uses (á é í ó ú æ ø å, Ž ž) count against; 1254 wins only if ahead.
 * Ties, including files with neither, stay 1252, the common case.
 */
function guessSingleByte(bytes: Uint8Array): SingleByteEncoding {
  let turkish = 0;
  let other = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (b < 0x80) continue;
    if (TURKISH_BYTES.has(b)) {
      if ((i > 0 && isLetterByte(bytes[i - 1])) || (i + 1 < bytes.length && isLetterByte(bytes[i + 1]))) {
        turkish++;
      }
    } else if (NON_TURKISH_LETTERS.has(b)) other++;
  }
  return turkish > other ? 'windows-1254' : 'windows-1252';
}
