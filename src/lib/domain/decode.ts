/**
 * Bytes → text, remembering the encoding and BOM so that export can write the same bytes back.
 *
 * Order: known binary formats first (a PNG is not "invalid UTF-8", it is a PNG), then a BOM,
 * then BOM-less UTF-16 by its NUL pattern, then strict UTF-8, then Windows-1252/1254.
 */
import type { TextEncodingName } from './dialect';
import type { ImportError } from './import-result';
import { BINARY_MESSAGE, sniffBinary, sniffText } from './sniff';
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
  if (bytes.length === 0) return fail('The file is empty.');
  const format = sniffBinary(bytes);
  if (format) return { ok: false, error: format };

  const bom = BOMS.find((b) => b.bytes.length <= bytes.length && b.bytes.every((x, i) => bytes[i] === x));
  let text: string | null;
  let encoding: TextEncodingName;
  if (bom) {
    if (bytes.length === bom.bytes.length) {
      return fail('The file holds only a byte-order mark and no text. It may have been saved empty.');
    }
    encoding = bom.encoding;
    text = decodeStrict(bytes.subarray(bom.bytes.length), encoding);
    if (text === null) return fail(damagedMessage(encoding));
    if (text.indexOf('\0') !== -1) return fail(BINARY_MESSAGE);
  } else {
    const utf16 = guessUtf16(bytes);
    if (utf16) {
      encoding = utf16;
      text = decodeStrict(bytes, utf16);
      if (text === null) return fail(damagedMessage(utf16));
      if (text.indexOf('\0') !== -1) return fail(BINARY_MESSAGE);
    } else {
      // NUL never occurs in 8-bit text; it is the surest sign of a binary file.
      if (bytes.indexOf(0) !== -1) return fail(BINARY_MESSAGE);
      text = decodeStrict(bytes, 'utf-8');
      encoding = 'utf-8';
      if (text === null) {
        encoding = guessSingleByte(bytes);
        text = decodeSingleByte(bytes, encoding);
      }
    }
  }
  const notTable = sniffText(text);
  if (notTable) return { ok: false, error: notTable };
  return { ok: true, text, encoding, bom: bom !== undefined };
}

function fail(message: string): DecodeResult {
  return { ok: false, error: { message } };
}

function damagedMessage(encoding: UnicodeEncoding): string {
  const name = encoding === 'utf-8' ? 'UTF-8' : 'UTF-16';
  return `The file says it is ${name} text but holds bytes that are not valid ${name}; it may be damaged. Save it again from Excel as Unicode Text.`;
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
