import { parseDate, type DateFormat } from './dates';
import { MONTH_NAMES } from './month-names';

/**
 * Dates as people type them, read so they can be stored in the file's own format. The office
 * types `31.12.2027` (as Kazakhstan and Russia write dates), `2027-12-31`, `31 декабря 2027` or
 * `Dec 31 2027` into a file written in M/D/YYYY; storing what they typed would mix formats in the
 * export and leave the status Unknown, so a typed date is stored the way the file writes dates.
 *
 * Hand-rolled rather than date-fns `parse` with a list of patterns and locales: that would try
 * each pattern × locale in turn, does not fold case or letters (`ДЕКАБРЯ`, `Kasim` for `Kasım`),
 * and reads `3/4/2027` one way whatever the file says.
 */

/** How a file writes its dates: the format, and whether days and months under 10 get a 0. */
export interface DateWriting {
  format: DateFormat;
  padded: boolean;
}

/** Year first, with any of the three separators used the same twice: 2027-12-31, 2027/12/31, 2027.12.31. */
const YEAR_FIRST = /^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})$/;
/** Dots are day first wherever they are used (Kazakhstan, Russia, Germany, Türkiye). */
const DOTTED = /^(\d{1,2})\.(\d{1,2})\.(\d{2}|\d{4})$/;
/** Slashes or hyphens are day first in some places and month first in others: the file decides. */
const SLASHED = /^(\d{1,2})([/-])(\d{1,2})\2(\d{2}|\d{4})$/;

/**
 * The date typed in `text`, or null when it is not one. Read in the file's format first; a date
 * that could be read two ways (3/4/2027) is read in the file's order; one that only makes sense
 * the other way round (31/12/2027 in an M/D/YYYY file) is read that way. In an ISO file, which
 * has no order for slashed dates, only a slashed date that reads one way is taken.
 * `today` places a two-digit year in the century nearest it.
 */
export function readTypedDate(text: string, format: DateFormat, today: Date): Date | null {
  const cell = text.trim();
  if (cell === '') return null;
  return parseDate(cell, format) ?? numericDate(cell, format, today) ?? namedMonthDate(cell, today);
}

function numericDate(cell: string, format: DateFormat, today: Date): Date | null {
  let m = YEAR_FIRST.exec(cell);
  if (m) return calendarDate(Number(m[1]), Number(m[3]), Number(m[4]));
  m = DOTTED.exec(cell);
  if (m) return calendarDate(fullYear(m[3], today), Number(m[2]), Number(m[1]));
  m = SLASHED.exec(cell);
  if (!m) return null;
  const [first, second, year] = [Number(m[1]), Number(m[3]), fullYear(m[4], today)];
  const monthFirst = calendarDate(year, first, second);
  const dayFirst = calendarDate(year, second, first);
  if (format === 'M/d/yyyy') return monthFirst ?? dayFirst;
  if (format === 'yyyy-MM-dd') return monthFirst && dayFirst ? null : (monthFirst ?? dayFirst);
  return dayFirst ?? monthFirst;
}

/** Words around a date that say nothing about it: `31 декабря 2027 г.`, `2027 жылғы 31 желтоқсан`, `31st of December`. */
const FILLERS = new Set(['of', 'the', 'г', 'год', 'года', 'ж', 'жыл', 'жылы', 'жылғы']);
/** A day or year, with an ordinal ending: 31st, 2nd, 31-ші (Kazakh). */
const NUMBER = /^(\d{1,4})(?:st|nd|rd|th|ші|шы|-ші|-шы)?$/;

/** A date with its month as a word, in any order with the day and year (31 Dec 2027, Dec 31 2027, 2027 Dec 31). */
function namedMonthDate(cell: string, today: Date): Date | null {
  const words = fold(cell)
    .split(/[\s,./]+|-(?!ш)/)
    .filter((w) => w !== '' && !FILLERS.has(w));
  if (words.length !== 3) return null;
  let month: number | undefined;
  const numbers: string[] = [];
  for (const word of words) {
    const n = NUMBER.exec(word);
    if (n) numbers.push(n[1]);
    else if (month === undefined) month = monthOf(word);
    else return null;
  }
  if (month === undefined || numbers.length !== 2) return null;
  const yearAt = numbers.findIndex((n) => n.length === 4);
  // Without a four-digit year, the day comes before the year: 31 Dec 27, Dec 31 27.
  const [day, year] = yearAt < 0 ? numbers : [numbers[1 - yearAt], numbers[yearAt]];
  if (day.length > 2 || (year.length !== 2 && year.length !== 4)) return null;
  return calendarDate(fullYear(year, today), month, Number(day));
}

/** Lower case, accents and Turkish dotless i folded, so ДЕКАБРЯ, Kasim and KASIM find Kasım. */
export function fold(text: string): string {
  return text
    .toLowerCase()
    .replace(/ı/g, 'i')
    .normalize('NFD')
    .replace(/\p{M}/gu, '');
}

const FOLDED_MONTHS = MONTH_NAMES.map((names) => names.map(fold));

/**
 * The month (1-12) a word names: a whole name or abbreviation, or the first three letters or more
 * of one (Sept, нояб, желт), when they start only one month's names.
 */
export function monthOf(word: string): number | undefined {
  const w = fold(word);
  const exact = FOLDED_MONTHS.findIndex((names) => names.includes(w));
  if (exact >= 0) return exact + 1;
  if ([...w].length < 3) return undefined;
  const starting = FOLDED_MONTHS.flatMap((names, i) => (names.some((name) => name.startsWith(w)) ? [i + 1] : []));
  return starting.length === 1 ? starting[0] : undefined;
}

/** A two-digit year in the century that puts it nearest today (27 → 2027, 98 → 1998 in 2026), as date-fns does. */
function fullYear(text: string, today: Date): number {
  const year = Number(text);
  if (text.length !== 2) return year;
  const now = today.getFullYear();
  const candidate = Math.floor(now / 100) * 100 + year;
  if (candidate > now + 50) return candidate - 100;
  if (candidate <= now - 50) return candidate + 100;
  return candidate;
}

/** Local midnight of a real calendar date; null for 2/30 or month 13 (which Date would roll over). */
function calendarDate(year: number, month: number, day: number): Date | null {
  const date = new Date(2000, 0, 1);
  // setFullYear, not the constructor, which reads years 0-99 as 1900-1999.
  date.setFullYear(year, month - 1, day);
  return date.getFullYear() === year && date.getMonth() === month - 1 && date.getDate() === day ? date : null;
}

/** A date written the file's way: 12/31/2027, 31/12/2027, 31.12.2027 or 2027-12-31, with 0s where the file has them. */
export function writeDate(date: Date, { format, padded }: DateWriting): string {
  const two = (n: number) => String(n).padStart(2, '0');
  const year = String(date.getFullYear()).padStart(4, '0');
  const [month, day] = padded ? [two(date.getMonth() + 1), two(date.getDate())] : [String(date.getMonth() + 1), String(date.getDate())];
  switch (format) {
    case 'M/d/yyyy':
      return `${month}/${day}/${year}`;
    case 'd/M/yyyy':
      return `${day}/${month}/${year}`;
    case 'd.M.yyyy':
      return `${day}.${month}.${year}`;
    case 'yyyy-MM-dd':
      return `${year}-${two(date.getMonth() + 1)}-${two(date.getDate())}`;
  }
}

/**
 * Whether the file writes 0s in days and months under 10 (01.11.2019 rather than 1.11.2019),
 * judged by its dates in its format that have such a day or month; without one, as US Excel
 * does for M/D/YYYY (no 0s) and as Kazakh and Russian offices do for D.M.YYYY (0s).
 */
export function paddingOf(cells: Iterable<string>, format: DateFormat): boolean {
  let padded = 0;
  let plain = 0;
  for (const raw of cells) {
    const cell = raw.trim();
    if (!parseDate(cell, format)) continue;
    const parts = cell.split(/[-/.]/).filter((p) => p.length <= 2);
    if (parts.some((p) => p.length === 1)) plain++;
    else if (parts.some((p) => p.startsWith('0'))) padded++;
    // A few dozen agree as surely as the whole file does.
    if (padded + plain >= 50) break;
  }
  if (padded === plain) return format === 'd.M.yyyy' || format === 'yyyy-MM-dd';
  return padded > plain;
}

/** The text to store for what was typed in a date column: the date in the file's writing, or null to keep it as typed. */
export function storedDate(typed: string, writing: DateWriting, today: Date): string | null {
  const date = readTypedDate(typed, writing.format, today);
  return date ? writeDate(date, writing) : null;
}

/** A typed date stored in the file's writing instead of as typed: what the app tells the user. */
export interface StoredDate {
  id: number;
  column: number;
  typed: string;
  stored: string;
}

/**
 * The cells to store for what the user typed: in date columns, a typed date becomes the date in
 * the file's writing; everything else (a word, a date that is not one) is kept exactly as typed.
 * Only for what is typed or pasted now: imported cells are never rewritten.
 */
export function withDatesStored<T extends { id: number; column: number; value: string }>(
  cells: readonly T[],
  isDateColumn: (column: number) => boolean,
  writing: () => DateWriting,
  today: Date,
): { cells: T[]; stored: StoredDate[] } {
  const stored: StoredDate[] = [];
  let known: DateWriting | undefined;
  const result = cells.map((cell) => {
    if (!isDateColumn(cell.column)) return cell;
    // How the file writes dates is looked up once, and only when a date column is typed in.
    known ??= writing();
    const text = storedDate(cell.value, known, today);
    if (text === null || text === cell.value) return cell;
    stored.push({ id: cell.id, column: cell.column, typed: cell.value, stored: text });
    return { ...cell, value: text };
  });
  return { cells: result, stored };
}
