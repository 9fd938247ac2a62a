import { DATE_FORMAT_LABEL, parseDate, type DateFormat } from '../dates';
import { isPermanent } from '../status';
import { cell, finding, type RowCheck } from './types';

const DAY = 86_400_000;
/** A "Valid until" this close to an anniversary is taken for a typo of it (10/10/2025 for 11/10/2025). */
const TYPO_DAYS = 31;

/** A date as its column writes it. */
export function formatDate(date: Date, format: DateFormat): string {
  const [y, m, d] = [date.getFullYear(), date.getMonth() + 1, date.getDate()];
  if (format === 'M/d/yyyy') return `${m}/${d}/${y}`;
  if (format === 'd/M/yyyy') return `${d}/${m}/${y}`;
  if (format === 'd.M.yyyy') return `${d}.${m}.${y}`;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/**
 * Dates that are not dates in the file's format (the sample's year-only "2020"; Frictionless
 * type-error), and a "Valid until" before the "Date of agreement" (constraint-error). Blank dates
 * are the Status column's business ("Unknown"), not a finding; "Permanent" is a valid end.
 */
export const dateChecks: RowCheck = (row, ctx) => {
  const found = [];
  const format = ctx.dateFormat;
  const start = cell(row, ctx, 'date');
  const end = cell(row, ctx, 'validUntil');
  const from = start && start[1].trim() ? parseDate(start[1], format) : null;
  const to = end && end[1].trim() && !isPermanent(end[1]) ? parseDate(end[1], format) : null;
  const label = DATE_FORMAT_LABEL[format];
  if (start && start[1].trim() && !from) found.push(finding(row, start[0], 'not-a-date', 'type-error', 'error', { format: label }));
  if (end && end[1].trim() && !isPermanent(end[1]) && !to) found.push(finding(row, end[0], 'not-a-date', 'type-error', 'error', { format: label }));
  if (!from || !to || !end) return found;
  if (to < from) {
    found.push(finding(row, end[0], 'ends-before-start', 'constraint-error', 'error', { start: start![1].trim() }));
    return found;
  }
  const anniversary = anniversaryIn(from, to.getFullYear());
  if (anniversary.getTime() !== to.getTime()) {
    const near = Math.abs(anniversary.getTime() - to.getTime()) <= TYPO_DAYS * DAY && anniversary > from;
    found.push(finding(row, end[0], 'not-an-anniversary', 'constraint-error', 'info', { start: start![1].trim() }, near ? formatDate(anniversary, format) : undefined));
  }
  return found;
};

/** The agreement date's day in `year`; 29 February falls on the 28th in other years. */
function anniversaryIn(from: Date, year: number): Date {
  const date = new Date(year, from.getMonth(), from.getDate());
  return date.getMonth() === from.getMonth() ? date : new Date(year, from.getMonth() + 1, 0);
}
