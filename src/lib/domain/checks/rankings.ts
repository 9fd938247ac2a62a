import { finding, type RowCheck } from './types';

/** How the office writes a ranking: a place, a band, "N+" for beyond the last band, "-" for none. */
const RANKING = /^(\d+|\d+-\d+|\d+\+|-)$/;

/**
 * A QS or THE ranking written some other way ("352 US College Rankings 2022", "1001 – 1200"):
 * it sorts and filters wrong (Frictionless type-error). The fix keeps the numbers: spaces and
 * dashes of a band made plain, or the leading place of a text that starts with one.
 */
export const rankingChecks: RowCheck = (row, ctx) => {
  const found = [];
  for (const column of [ctx.map.qs, ctx.map.the]) {
    if (column === undefined) continue;
    const text = row.cells[column] ?? '';
    const trimmed = text.trim();
    if (trimmed === '' || RANKING.test(trimmed)) continue;
    found.push(finding(row, column, 'not-a-ranking', 'type-error', 'warning', {}, suggestion(trimmed)));
  }
  return found;
};

function suggestion(text: string): string | undefined {
  const plain = text.replace(/\s*[-‐-―−]\s*/g, '-').replace(/\s+\+$/, '+');
  if (RANKING.test(plain)) return plain;
  const leading = /^(\d+(?:-\d+|\+)?)\b/.exec(plain);
  return leading?.[1];
}
