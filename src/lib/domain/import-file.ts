/** The whole import: what the worker calls with a dropped file's bytes. Never throws for bad input. */
import { decodeBytes } from './decode';
import type { ImportResult } from './import-result';
import { parseTable } from './tsv-parse';

/**
 * Pactsheet is built and measured for registers of 100,000 rows; at twice that the grid and the
 * statuses still answer, beyond it the page would freeze for seconds. A larger file is refused
 * before anything is stored, with its count, rather than half-handled.
 */
export const MAX_ROWS = 200_000;

export function importBytes(bytes: Uint8Array, { maxRows = MAX_ROWS } = {}): ImportResult {
  const decoded = decodeBytes(bytes);
  if (!decoded.ok) return { ok: false, error: decoded.error };
  const result = parseTable(decoded.text, decoded.encoding, decoded.bom);
  if (result.ok && result.table.rows.length > maxRows) {
    const count = result.table.rows.length;
    return { ok: false, error: { reason: { key: 'refusal.tooMany', params: { count, max: maxRows } } } };
  }
  return result;
}
