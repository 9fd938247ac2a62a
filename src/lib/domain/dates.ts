import { isValid, parse } from 'date-fns';

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

const REFERENCE = new Date(2000, 0, 1);

/** A calendar date, or null when the text is not one in this format (ISO is always understood). */
export function parseDate(text: string, format: DateFormat): Date | null {
  const cell = text.trim();
  if (cell === '') return null;
  const pattern = ISO.test(cell) ? 'yyyy-MM-dd' : format;
  // date-fns accepts "2/30/2025" as invalid and "02/03/2025" as valid; both are what we want.
  const date = parse(cell, pattern, REFERENCE);
  return isValid(date) ? date : null;
}
