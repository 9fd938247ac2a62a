import { normaliseHeader } from '../columns';

/**
 * Where each of our columns is in another table (the base, or their file), found by header name
 * as import does, so that a column they moved is still the same column. A name that repeats is
 * matched by its occurrence (the second "Notes" with the second "Notes").
 */
export interface ColumnAlignment {
  /** For each of our columns, the other table's column, or undefined when it has none. */
  ours: (number | undefined)[];
  /** The other table's columns that are not ours (a column the colleague added). */
  extra: number[];
}

function keys(header: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return header.map((name) => {
    const key = normaliseHeader(name);
    const n = seen.get(key) ?? 0;
    seen.set(key, n + 1);
    return `${key}#${n}`;
  });
}

export function alignColumns(ours: readonly string[], other: readonly string[]): ColumnAlignment {
  const theirKeys = keys(other);
  const index = new Map(theirKeys.map((key, i) => [key, i]));
  const mine = keys(ours).map((key) => index.get(key));
  const used = new Set(mine);
  // Excel keeps a trailing tab as an empty column; one with neither a name nor a place is not a column.
  const extra = other.map((_, i) => i).filter((i) => !used.has(i) && other[i].trim() !== '');
  return { ours: mine, extra };
}

/** A row's cells in our column order; `fallback` stands in where the other table lacks a column. */
export function project(cells: readonly string[], alignment: ColumnAlignment, fallback?: readonly string[]): readonly string[] {
  // The usual case (same columns, a full row) needs no copy: 100,000 rows are merged at once.
  if (!fallback && cells.length === alignment.ours.length && isIdentity(alignment)) return cells;
  return alignment.ours.map((c, i) => (c === undefined ? (fallback?.[i] ?? '') : (cells[c] ?? '')));
}

const identities = new WeakMap<ColumnAlignment, boolean>();
function isIdentity(alignment: ColumnAlignment): boolean {
  let known = identities.get(alignment);
  if (known === undefined) identities.set(alignment, (known = alignment.ours.every((c, i) => c === i)));
  return known;
}
