/**
 * Recognises files that are not a text table, so the user is told what they dropped and what
 * to do instead of seeing a table of mojibake.
 */
import type { ImportError } from './import-result';
import type { Said } from '../text/messages';

interface Signature {
  bytes: number[];
  reason: Said;
}

const SIGNATURES: Signature[] = [
  {
    bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
    reason: { key: 'refusal.png' },
  },
  {
    bytes: [0xff, 0xd8, 0xff],
    reason: { key: 'refusal.jpeg' },
  },
  {
    bytes: [0x47, 0x49, 0x46, 0x38],
    reason: { key: 'refusal.gif' },
  },
  {
    bytes: [0x25, 0x50, 0x44, 0x46, 0x2d],
    reason: { key: 'refusal.pdf' },
  },
  {
    // Every zip starts so; .xlsx is by far the likeliest, but .ods and .docx are zips too.
    bytes: [0x50, 0x4b, 0x03, 0x04],
    reason: { key: 'refusal.xlsx' },
  },
  {
    bytes: [0x50, 0x4b, 0x05, 0x06],
    reason: { key: 'refusal.xlsx' },
  },
  {
    // OLE2 compound file: Excel 97–2003 .xls (also old .doc, but the advice is the same).
    bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1],
    reason: { key: 'refusal.xls' },
  },
];

export const BINARY: ImportError = { reason: { key: 'refusal.binary' } };

/** A refusal if the bytes start like a known non-text format, else null. */
export function sniffBinary(bytes: Uint8Array): ImportError | null {
  for (const sig of SIGNATURES) {
    if (bytes.length >= sig.bytes.length && sig.bytes.every((b, i) => bytes[i] === b)) {
      return { reason: sig.reason };
    }
  }
  return null;
}

/** A refusal if decoded text is JSON or HTML rather than a table, else null. */
export function sniffText(text: string): ImportError | null {
  // Only the first few hundred characters matter for HTML; JSON needs the whole text to be sure.
  const head = text.slice(0, 512).trimStart();
  const first = head.charAt(0);
  if ((first === '{' || first === '[') && isJson(text)) {
    return { reason: { key: 'refusal.json' } };
  }
  const lower = head.slice(0, 15).toLowerCase();
  if (lower.startsWith('<!doctype') || lower.startsWith('<html')) {
    return { reason: { key: 'refusal.html' } };
  }
  return null;
}

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}
