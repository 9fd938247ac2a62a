import { mapColumns } from '../columns';
import type { Row } from '../row';
import { alignColumns } from './columns';
import { loose } from './match';

interface Candidate {
  header: readonly string[];
  rows: readonly Row[];
}

/** Below this share of their rows found in a base, the file did not come from that export. */
const FROM_THIS_EXPORT = 0.5;

/**
 * When a returned file's name lost its export id (colleagues rename files): the base most of
 * whose registration numbers (or partners, without that column) the file holds, or none.
 */
export function bestBase<T extends Candidate>(bases: readonly T[], theirs: { header: readonly string[]; rows: readonly (readonly string[])[] }): T | null {
  let best: { base: T; score: number } | null = null;
  for (const base of bases) {
    const map = mapColumns(base.header);
    const column = map.registration ?? map.partner;
    if (column === undefined) continue;
    const theirColumn = alignColumns(base.header, theirs.header).ours[column];
    if (theirColumn === undefined) continue;
    const keys = new Set(base.rows.map((r) => loose(r.cells[column] ?? '')));
    keys.delete('');
    let found = 0;
    for (const cells of theirs.rows) if (keys.has(loose(cells[theirColumn] ?? ''))) found++;
    const score = found / Math.max(1, theirs.rows.length, base.rows.length);
    if (score >= FROM_THIS_EXPORT && (!best || score > best.score)) best = { base, score };
  }
  return best?.base ?? null;
}
