/** The whole import: what the worker calls with a dropped file's bytes. Never throws for bad input. */
import { decodeBytes } from './decode';
import type { ImportResult } from './import-result';
import { parseTable } from './tsv-parse';

export function importBytes(bytes: Uint8Array): ImportResult {
  const decoded = decodeBytes(bytes);
  if (!decoded.ok) return { ok: false, error: decoded.error };
  return parseTable(decoded.text, decoded.encoding, decoded.bom);
}
