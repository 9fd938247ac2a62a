import { distance } from 'fastest-levenshtein';

/**
 * Whether two partner fingerprints are one name with a small typo ("univeristy of latvia"). Names
 * whose numbers differ are different partners ("Campus 2", "Campus 3"), and short names are
 * left alone: one letter is too much of "KU Leuven" to call a typo.
 */
export function isTypo(a: string, b: string): boolean {
  return closeEnough(a, b) && digits(a) === digits(b) && withinTypo(a, b);
}

const closeEnough = (a: string, b: string) => Math.min(a.length, b.length) >= 8 && Math.abs(a.length - b.length) <= 2;

function withinTypo(a: string, b: string): boolean {
  const d = distance(a, b);
  return d > 0 && d <= (Math.min(a.length, b.length) < 30 ? 1 : 2);
}

const digits = (text: string) => text.replace(/\D+/g, ' ').trim();

/** Rows compared with this many neighbours in each order (sorted neighbourhood). */
const WINDOW = 4;

/**
 * Pairs of near-identical fingerprints among many, without comparing all pairs (100,000 names
 * would be 5 billion): each is compared with its neighbours in sorted order and in sorted order of
 * its reversed text. A one-letter typo leaves either the start or the end of a name as it was,
 * so one of the two orders puts the pair side by side.
 */
export function typoPairs(keys: readonly string[]): [string, string][] {
  const pairs: [string, string][] = [];
  const seen = new Set<string>();
  const numbers = new Map(keys.map((key) => [key, digits(key)]));
  const reverse = (s: string) => s.split('').reverse().join('');
  for (const order of [[...keys].sort(), keys.map(reverse).sort().map(reverse)]) {
    for (let i = 0; i < order.length; i++) {
      for (let j = i + 1; j <= i + WINDOW && j < order.length; j++) {
        const [a, b] = order[i] < order[j] ? [order[i], order[j]] : [order[j], order[i]];
        if (!closeEnough(a, b) || numbers.get(a) !== numbers.get(b) || !withinTypo(a, b)) continue;
        if (seen.has(a + '\u0000' + b)) continue;
        seen.add(a + '\u0000' + b);
        pairs.push([a, b]);
      }
    }
  }
  return pairs;
}

/** The keys `key` is a typo of, among `keys` (after an edit: one new name against all). */
export function typosOf(key: string, keys: Iterable<string>): string[] {
  const found = [];
  for (const other of keys) if (other !== key && isTypo(key, other)) found.push(other);
  return found;
}
