import { detectDateFormat, type DateFormat } from '../dates';
import { neutraliseFormula } from '../tsv-encode';

/**
 * What Excel (or Google Sheets) does to a file it opens and saves again without anyone editing
 * it, undone per column so that re-formatting is never taken for an edit: dates rewritten in the
 * machine's format, leading zeros dropped from numbers, our formula-neutralising `'` kept or
 * removed. Detected against the base, per column, only where it is systematic.
 */
export type TheirDateFormat = DateFormat | 'd.M.yy' | 'M/d/yy' | 'd/M/yy' | 'd-MMM-yy' | 'd-MMM-yyyy' | 'd MMM yyyy';

export interface ColumnTransform {
  /** Their dates in this format stand for the base's in `ours`. */
  dates?: { ours: DateFormat; theirs: TheirDateFormat };
  /** Their numbers lost the base's leading zeros. */
  zeros: boolean;
}

export const NO_TRANSFORM: ColumnTransform = { zeros: false };

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const CANDIDATES: TheirDateFormat[] = ['M/d/yyyy', 'd/M/yyyy', 'd.M.yyyy', 'yyyy-MM-dd', 'd.M.yy', 'M/d/yy', 'd/M/yy', 'd-MMM-yy', 'd-MMM-yyyy', 'd MMM yyyy'];

const NUMERIC: Record<string, RegExp> = {
  'M/d/yyyy': /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/,
  'd/M/yyyy': /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/,
  'M/d/yy': /^(\d{1,2})\/(\d{1,2})\/(\d{2})$/,
  'd/M/yy': /^(\d{1,2})\/(\d{1,2})\/(\d{2})$/,
  'd.M.yyyy': /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/,
  'd.M.yy': /^(\d{1,2})\.(\d{1,2})\.(\d{2})$/,
};

/** A date as `yyyy-mm-dd` when `text` is one in `format`, else null. Two-digit years are 20yy, as Excel reads them up to 29. */
export function isoDate(text: string, format: TheirDateFormat): string | null {
  const t = text.trim();
  let y: number, m: number, d: number;
  let r: RegExpExecArray | null;
  if (format === 'yyyy-MM-dd') {
    if (!(r = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t))) return null;
    [y, m, d] = [+r[1], +r[2], +r[3]];
  } else if (format.includes('MMM')) {
    if (!(r = /^(\d{1,2})[- ]([A-Za-z]{3})[- ](\d{2}|\d{4})$/.exec(t))) return null;
    m = MONTHS.indexOf(r[2].toLowerCase()) + 1;
    [d, y] = [+r[1], +r[3]];
    if ((format.endsWith('yyyy') ? 4 : 2) !== r[3].length) return null;
  } else {
    if (!(r = NUMERIC[format].exec(t))) return null;
    [m, d] = format.startsWith('M') ? [+r[1], +r[2]] : [+r[2], +r[1]];
    y = +r[3];
  }
  if (y < 100) y += 2000;
  if (m < 1 || m > 12 || d < 1 || d > new Date(Date.UTC(y, m, 0)).getUTCDate()) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** An ISO date written in one of our formats, unpadded as the office's file writes it. */
export function writeDate(iso: string, format: DateFormat): string {
  const [y, m, d] = iso.split('-').map(Number);
  if (format === 'yyyy-MM-dd') return iso;
  if (format === 'd.M.yyyy') return `${d}.${m}.${y}`;
  return format === 'd/M/yyyy' ? `${d}/${m}/${y}` : `${m}/${d}/${y}`;
}

const ZEROS = /^0+(?=\d)/;
const withoutZeros = (text: string) => (/^\d+$/.test(text) ? text.replace(ZEROS, '') : text);

/** Whether their cell is the base's, only re-formatted the way this column was. */
export function sameUnder(base: string, theirs: string, transform: ColumnTransform): boolean {
  if (base === theirs) return true;
  // Our own `'` before a formula-like cell: Excel shows it as a text marker and may keep it.
  if (theirs === "'" + base && neutraliseFormula(base) !== base) return true;
  if (transform.zeros && /^0+\d/.test(base) && withoutZeros(base) === theirs) return true;
  const dates = transform.dates;
  if (dates) {
    const iso = isoDate(base, dates.ours);
    if (iso !== null && iso === isoDate(theirs, dates.theirs)) return true;
  }
  return false;
}

/** Their new text as ours: a date they typed is written in our format, a kept `'` goes. */
export function restore(theirs: string, transform: ColumnTransform): string {
  if (theirs.startsWith("'") && neutraliseFormula(theirs.slice(1)) !== theirs.slice(1)) return theirs.slice(1);
  const dates = transform.dates;
  if (dates && dates.theirs !== dates.ours) {
    const iso = isoDate(theirs, dates.theirs);
    if (iso !== null) return writeDate(iso, dates.ours);
  }
  return theirs;
}

/** Cells of one column in rows matched by key: the base's and theirs, pair by pair. */
export interface ColumnPairs {
  length: number;
  base(k: number): string;
  theirs(k: number): string;
  /** The pairs whose cells differ (found for every column in one pass). */
  differing: readonly number[];
}

/**
 * The transform of one column, from its cells in rows matched by key. A re-formatting counts when
 * it explains at least as many cells as were left as they were. Only differing cells can show
 * one; in most columns there are none, and this ends at once (it runs over 100,000 rows).
 */
export function detectTransform(pairs: ColumnPairs): ColumnTransform {
  const differing = pairs.differing;
  if (differing.length === 0) return NO_TRANSFORM;
  let zerosDropped = 0;
  for (const k of differing) if (/^0+\d+$/.test(pairs.base(k)) && withoutZeros(pairs.base(k)) === pairs.theirs(k)) zerosDropped++;
  let zerosKept = 0;
  if (zerosDropped > 0) for (let k = 0; k < pairs.length; k++) if (pairs.base(k) === pairs.theirs(k) && /^0+\d+$/.test(pairs.base(k))) zerosKept++;
  const transform: ColumnTransform = { zeros: zerosDropped > 0 && zerosDropped >= zerosKept };
  const step = Math.max(1, Math.floor(pairs.length / 5000));
  const sample: string[] = [];
  for (let k = 0; k < pairs.length; k += step) sample.push(pairs.base(k));
  const ours = detectDateFormat(sample);
  const dates = differing.flatMap((k) => {
    const iso = isoDate(pairs.base(k), ours);
    return iso === null ? [] : [[iso, pairs.theirs(k)] as const];
  });
  if (dates.length === 0) return transform;
  let best: { format: TheirDateFormat; count: number } | null = null;
  for (const format of CANDIDATES) {
    if (format === ours) continue;
    let count = 0;
    for (const [iso, theirs] of dates) if (iso === isoDate(theirs, format)) count++;
    if (count > 0 && (!best || count > best.count)) best = { format, count };
  }
  if (best) {
    let kept = 0;
    for (let k = 0; k < pairs.length; k++) if (pairs.base(k) === pairs.theirs(k) && isoDate(pairs.base(k), ours) !== null) kept++;
    if (best.count >= kept) transform.dates = { ours, theirs: best.format };
  }
  return transform;
}
