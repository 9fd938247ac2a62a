/**
 * Dates are typed in the file's own format; the sample uses M/D/YYYY as US Excel writes it.
 * We read the format from the data rather than the browser's locale, so a Kazakh laptop and a
 * US one agree about what "3/4/2027" means for a given file.
 */
export type DateFormat = 'M/d/yyyy' | 'd/M/yyyy' | 'd.M.yyyy' | 'yyyy-MM-dd';

export const DATE_FORMAT_LABEL: Record<DateFormat, string> = {
  'M/d/yyyy': 'M/D/YYYY',
  'd/M/yyyy': 'D/M/YYYY',
  'd.M.yyyy': 'D.M.YYYY',
  'yyyy-MM-dd': 'YYYY-MM-DD',
};

const SLASHED = /^(\d{1,2})\/(\d{1,2})\/\d{4}$/;
const DOTTED = /^\d{1,2}\.\d{1,2}\.\d{4}$/;
const ISO = /^\d{4}-\d{1,2}-\d{1,2}$/;

/** The format most of these cells are written in; slashed dates are day-first only if one proves it. */
export function detectDateFormat(cells: Iterable<string>): DateFormat {
  let slashed = 0;
  let dayFirst = false;
  let dotted = 0;
  let iso = 0;
  for (const raw of cells) {
    const cell = raw.trim();
    const m = SLASHED.exec(cell);
    if (m) {
      slashed++;
      if (Number(m[1]) > 12) dayFirst = true;
    } else if (DOTTED.test(cell)) dotted++;
    else if (ISO.test(cell)) iso++;
  }
  if (dotted > slashed && dotted >= iso) return 'd.M.yyyy';
  if (iso > slashed) return 'yyyy-MM-dd';
  return dayFirst ? 'd/M/yyyy' : 'M/d/yyyy';
}

const PARTS: Record<DateFormat, { re: RegExp; y: number; m: number; d: number }> = {
  'M/d/yyyy': { re: /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/, m: 1, d: 2, y: 3 },
  'd/M/yyyy': { re: /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/, d: 1, m: 2, y: 3 },
  'd.M.yyyy': { re: /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/, d: 1, m: 2, y: 3 },
  'yyyy-MM-dd': { re: /^(\d{4})-(\d{1,2})-(\d{1,2})$/, y: 1, m: 2, d: 3 },
};

/**
 * A calendar date (local midnight), or null when the text is not one in this format; ISO is
 * always understood. Hand-rolled rather than date-fns `parse`, which is ~50× slower: statuses for
 * 100,000 rows are computed on the main thread.
 */
export function parseDate(text: string, format: DateFormat): Date | null {
  const cell = text.trim();
  const parts = ISO.test(cell) ? PARTS['yyyy-MM-dd'] : PARTS[format];
  const m = parts.re.exec(cell);
  if (!m) return null;
  const year = Number(m[parts.y]);
  const month = Number(m[parts.m]) - 1;
  const day = Number(m[parts.d]);
  const date = new Date(year, month, day);
  // new Date rolls 2/30 over into March; a date that rolled over was not a real one.
  return date.getFullYear() === year && date.getMonth() === month && date.getDate() === day ? date : null;
}

/** Why a text is not a date: the words a flagged cell's tooltip shows. `orWord` is another word the cell may hold. */
export function notADate(text: string, format: DateFormat, orWord?: string): string {
  return `"${text.trim()}" is not a date in ${DATE_FORMAT_LABEL[format]}${orWord ? ` or "${orWord}"` : ''}.`;
}
