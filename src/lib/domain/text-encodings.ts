/**
 * Windows-1252 and Windows-1254 as tables of our own.
 *
 * Why not TextDecoder: Node (up to v22) decodes 'windows-1252' as Latin-1, so 0x80 becomes U+0080
 * instead of '€' as in browsers; a table makes Node tests and the browser agree, and gives the
 * reverse (encode) direction, which TextEncoder does not offer.
 * Both tables are Latin-1 except 0x80–0x9F (WHATWG's windows-1252 index) and, for 1254, six Turkish
 * letters. Bytes the standard leaves undefined map to the C1 control of the same value, so every
 * byte decodes and re-encodes to itself.
 */

const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152,
  0x8d, 0x17d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122,
  0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

/** Bytes where 1254 differs from 1252: 1254 has no Ž/ž, and Ğ İ Ş ğ ı ş replace Ð Ý Þ ð ý þ. */
const CP1254_CHANGES: ReadonlyArray<readonly [number, number]> = [
  [0x8e, 0x8e],
  [0x9e, 0x9e],
  [0xd0, 0x11e],
  [0xdd, 0x130],
  [0xde, 0x15e],
  [0xf0, 0x11f],
  [0xfd, 0x131],
  [0xfe, 0x15f],
];

/** The bytes that are Turkish letters in 1254 (and Icelandic ones in 1252). */
export const TURKISH_BYTES: ReadonlySet<number> = new Set(CP1254_CHANGES.slice(2).map(([b]) => b));

export type SingleByteEncoding = 'windows-1252' | 'windows-1254';

interface Codec {
  /** Code unit of each byte, as little-endian UTF-16 bytes (two per byte value). */
  decode: Uint16Array;
  encode: Map<number, number>;
}

function buildCodec(changes: ReadonlyArray<readonly [number, number]>): Codec {
  const decode = new Uint16Array(256);
  for (let b = 0; b < 256; b++) decode[b] = b >= 0x80 && b < 0xa0 ? CP1252_HIGH[b - 0x80] : b;
  for (const [b, code] of changes) decode[b] = code;
  const encode = new Map<number, number>();
  decode.forEach((code, b) => encode.set(code, b));
  return { decode, encode };
}

const codecs: Partial<Record<SingleByteEncoding, Codec>> = {};

function codec(name: SingleByteEncoding): Codec {
  return (codecs[name] ??= buildCodec(name === 'windows-1254' ? CP1254_CHANGES : []));
}

/**
 * Widened to UTF-16 and handed to TextDecoder: building the string a character at a time is
 * ~50× slower (3 s for 12 MB in V8).
 */
export function decodeSingleByte(bytes: Uint8Array, name: SingleByteEncoding): string {
  const table = codec(name).decode;
  const wide = new Uint8Array(bytes.length * 2);
  for (let i = 0, j = 0; i < bytes.length; i++, j += 2) {
    const code = table[bytes[i]];
    wide[j] = code & 0xff;
    wide[j + 1] = code >>> 8;
  }
  return new TextDecoder('utf-16le').decode(wide);
}

/** A character the encoding cannot hold becomes '?', as Excel does; `unencodable` counts them. */
export function encodeSingleByte(
  text: string,
  name: SingleByteEncoding,
): { bytes: Uint8Array; unencodable: number } {
  const map = codec(name).encode;
  const out = new Uint8Array(text.length);
  let n = 0;
  let unencodable = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const b = c < 0x80 ? c : map.get(c);
    if (b === undefined) {
      unencodable++;
      out[n++] = 0x3f;
      // A surrogate pair is one character, so one '?'.
      if (c >= 0xd800 && c < 0xdc00 && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) i++;
    } else out[n++] = b;
  }
  return { bytes: out.subarray(0, n), unencodable };
}

/** Byte chunks (a stream's, or text encoded in pieces) as one array. */
export function joinBytes(parts: readonly Uint8Array[]): Uint8Array {
  let length = 0;
  for (const part of parts) length += part.length;
  const whole = new Uint8Array(length);
  let at = 0;
  for (const part of parts) {
    whole.set(part, at);
    at += part.length;
  }
  return whole;
}
