import { parseDate } from '../dates';
import { cell, finding, type RowCheck } from './types';

/** The office numbers agreements "NN-YY": the count within the year, then the year ("06-21"). */
const YEAR_SUFFIX = /^\d{1,4}\s*[-/]\s*(\d{2}|\d{4})$/;

/**
 * A registration number whose year is not the agreement's year: one of the two was mistyped, and
 * only a person knows which, so there is no fix.
 */
export const registrationYear: RowCheck = (row, ctx) => {
  const reg = cell(row, ctx, 'registration');
  const date = cell(row, ctx, 'date');
  if (!reg || !date) return [];
  const suffix = YEAR_SUFFIX.exec(reg[1].trim())?.[1];
  const year = parseDate(date[1], ctx.dateFormat)?.getFullYear();
  if (!suffix || year === undefined) return [];
  const same = suffix.length === 2 ? Number(suffix) === year % 100 : Number(suffix) === year;
  return same ? [] : [finding(row, reg[0], 'registration-year', 'constraint-error', 'warning', { suffix, year })];
};
