import { SEVERITIES, type Finding } from './types';

/** Most serious first; within a severity, in the order `rank` gives rows (their place in the register). */
export function bySeverity(findings: Iterable<Finding>, rank: (rowId: number) => number): Finding[] {
  const buckets = SEVERITIES.map(() => [] as Finding[]);
  for (const f of findings) buckets[SEVERITIES.indexOf(f.severity)].push(f);
  return buckets.flatMap((bucket) => bucket.sort((a, b) => rank(a.rowId) - rank(b.rowId) || a.column - b.column));
}

/** What an Ignore is remembered by: the check, the cell and its text; a changed text is checked again. */
export function ignoreKey(f: Pick<Finding, 'check' | 'rowId' | 'column' | 'value'>): string {
  return `${f.check}\u0000${f.rowId}\u0000${f.column}\u0000${f.value}`;
}
