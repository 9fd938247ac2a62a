import { distance } from 'fastest-levenshtein';

/**
 * Which row of one table is which row of the other: by Registration number, then partner + date
 * of agreement, then by content. Never by position or "No": colleagues re-sort and renumber.
 * A blank key never matches a blank one; a key that repeats is matched by content, then order.
 */
export interface KeyColumns {
  registration?: number;
  partner?: number;
  date?: number;
}

/** Below this share of alike content two rows are different agreements. */
const SIMILAR_ENOUGH = 0.7;
/** Content matching compares every unmatched pair; past this many it is left to the review. */
const MAX_PAIRS = 4_000_000;

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** A date's parts, whatever Excel made of its format: year's last two digits and the other two, sorted. */
function dateKey(text: string): string {
  const parts = text.toLowerCase().match(/\d+|[a-z]{3}/g) ?? [];
  if (parts.length !== 3) return text.trim();
  const nums = parts.map((p) => (/\d/.test(p) ? Number(p) : MONTHS.indexOf(p) + 1));
  const yearAt = parts.findIndex((p) => p.length === 4) >= 0 ? parts.findIndex((p) => p.length === 4) : 2;
  const rest = nums.filter((_, i) => i !== yearAt).sort((x, y) => x - y);
  return `${nums[yearAt] % 100}|${rest.join('|')}`;
}

/** Text as far as matching cares: no case, no edge spaces, no leading zeros or our `'`. */
export function loose(text: string): string {
  // Runs on every key of 100,000 rows: each step only where it can change something.
  let t = text.length > 0 && (text.charCodeAt(0) <= 32 || text.charCodeAt(text.length - 1) <= 32) ? text.trim() : text;
  if (t.charCodeAt(0) === 39) t = t.slice(1);
  if (t.charCodeAt(0) === 48 && allDigits(t)) t = t.replace(/^0+(?=\d)/, '');
  return mayHaveCapitals(t) ? t.toLowerCase() : t;
}

function allDigits(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return text.length > 0;
}

/** A capital A–Z, or any letter beyond ASCII (which toLowerCase knows better than we do). */
function mayHaveCapitals(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 65 && c <= 90) || c > 127) return true;
  }
  return false;
}

const regKey = (cells: readonly string[], keys: KeyColumns) => (keys.registration === undefined ? '' : loose(cells[keys.registration] ?? ''));

/** How alike two rows are, 0…1, comparing every column loosely (dates by their parts). */
export function similarity(a: readonly string[], b: readonly string[], keys: KeyColumns): number {
  const n = Math.max(a.length, b.length);
  if (n === 0) return 1;
  let sum = 0;
  for (let i = 0; i < n; i++) {
    let x = loose(a[i] ?? '');
    let y = loose(b[i] ?? '');
    if (x === y) {
      sum++;
      continue;
    }
    if (i === keys.date || dateKey(x) === dateKey(y)) {
      [x, y] = [dateKey(x), dateKey(y)];
      if (x === y) {
        sum++;
        continue;
      }
    }
    sum += 1 - distance(x, y) / Math.max(x.length, y.length);
  }
  return sum / n;
}

/** Two non-blank registration numbers that differ name different agreements. */
function regsDiffer(a: readonly string[], b: readonly string[], keys: KeyColumns): boolean {
  const x = regKey(a, keys);
  const y = regKey(b, keys);
  return x !== '' && y !== '' && x !== y;
}

/** Pairs up rows within groups that share a key: by content, then order. */
function matchGroups(
  a: readonly (readonly string[])[],
  b: readonly (readonly string[])[],
  left: Set<number>,
  right: Set<number>,
  key: (cells: readonly string[]) => string,
  keys: KeyColumns,
  pairs: [number, number][],
  byRegistration = false,
): void {
  const groups = new Map<string, { a: number[]; b: number[] }>();
  for (const i of left) {
    const k = key(a[i]);
    if (k === '') continue;
    let g = groups.get(k);
    if (!g) groups.set(k, (g = { a: [], b: [] }));
    g.a.push(i);
  }
  for (const j of right) {
    const g = groups.get(key(b[j]));
    if (g) g.b.push(j);
  }
  for (const g of groups.values()) {
    if (g.b.length === 0) continue;
    if (g.a.length === 1 && g.b.length === 1) {
      // Rows keyed by registration number agree on it: only other keys need the check.
      if (byRegistration || !regsDiffer(a[g.a[0]], b[g.b[0]], keys)) take(g.a[0], g.b[0]);
      continue;
    }
    // A repeated key: the most alike pairs first; equally alike ones in the order they stand.
    const candidates = g.a.flatMap((i, x) => g.b.filter((j) => !regsDiffer(a[i], b[j], keys)).map((j, y) => ({ i, j, s: similarity(a[i], b[j], keys), order: Math.abs(x - y) })));
    candidates.sort((p, q) => q.s - p.s || p.order - q.order || p.i - q.i);
    for (const { i, j } of candidates) if (left.has(i) && right.has(j)) take(i, j);
  }
  function take(i: number, j: number) {
    pairs.push([i, j]);
    left.delete(i);
    right.delete(j);
  }
}

/**
 * Pairs rows whose registration number each table holds once, the usual case, without grouping
 * 100,000 rows; the rest (blank, repeated, or on one side only) are left in `left` and `right`.
 * One map, of `a`'s numbers: `b`'s are only looked up in it.
 */
function matchSoleRegistrations(a: readonly (readonly string[])[], b: readonly (readonly string[])[], keys: KeyColumns, pairs: [number, number][]) {
  // Each non-blank number of a → the one row holding it, or -1 when it repeats.
  const inA = new Map<string, number>();
  for (let i = 0; i < a.length; i++) {
    const k = regKey(a[i], keys);
    if (k !== '') inA.set(k, inA.has(k) ? -1 : i);
  }
  // Each row of a → the one row of b holding its number; -2 when b holds it more than once.
  const partner = new Int32Array(a.length).fill(-1);
  for (let j = 0; j < b.length; j++) {
    const k = regKey(b[j], keys);
    const i = k === '' ? undefined : inA.get(k);
    if (i !== undefined && i >= 0) partner[i] = partner[i] === -1 ? j : -2;
  }
  const pairedB = new Uint8Array(b.length);
  const left = new Set<number>();
  for (let i = 0; i < a.length; i++) {
    const j = partner[i];
    if (j < 0) left.add(i);
    else {
      pairs.push([i, j]);
      pairedB[j] = 1;
    }
  }
  const right = new Set<number>();
  for (let j = 0; j < b.length; j++) if (!pairedB[j]) right.add(j);
  return { left, right };
}

/** Matched pairs [row of a, row of b]; rows in neither pair have no counterpart. */
export function matchRows(a: readonly (readonly string[])[], b: readonly (readonly string[])[], keys: KeyColumns): [number, number][] {
  const pairs: [number, number][] = [];
  const { left, right } = matchSoleRegistrations(a, b, keys, pairs);
  matchGroups(a, b, left, right, (cells) => regKey(cells, keys), keys, pairs, true);
  if (keys.partner !== undefined) {
    const { partner, date } = keys;
    const key = (cells: readonly string[]) => {
      const p = loose(cells[partner] ?? '');
      return p === '' ? '' : `${p}\u0000${date === undefined ? '' : dateKey(cells[date] ?? '')}`;
    };
    matchGroups(a, b, left, right, key, keys, pairs);
  }
  if (left.size * right.size <= MAX_PAIRS) {
    const candidates: { i: number; j: number; s: number }[] = [];
    for (const i of left)
      for (const j of right) {
        if (regsDiffer(a[i], b[j], keys)) continue;
        const s = similarity(a[i], b[j], keys);
        if (s >= SIMILAR_ENOUGH) candidates.push({ i, j, s });
      }
    candidates.sort((p, q) => q.s - p.s || p.i - q.i || p.j - q.j);
    for (const { i, j } of candidates) {
      if (!left.has(i) || !right.has(j)) continue;
      pairs.push([i, j]);
      left.delete(i);
      right.delete(j);
    }
  }
  return pairs;
}
