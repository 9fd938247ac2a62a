import { addMonths, isAfter, isBefore } from 'date-fns';
import { notADate, parseDate, type DateFormat } from './dates';

/**
 * An agreement's status is computed from "Valid until" and today, never stored, so it cannot
 * go stale the way the office's hand-coloured grey rows did.
 */
export type Status = 'active' | 'renewal-due' | 'expired' | 'permanent' | 'unknown';

export const STATUSES: readonly Status[] = ['active', 'renewal-due', 'expired', 'permanent', 'unknown'];

export const STATUS_LABEL: Record<Status, string> = {
  active: 'Active',
  'renewal-due': 'Renewal due',
  expired: 'Expired',
  permanent: 'Permanent',
  unknown: 'Unknown',
};

export interface StatusRules {
  /** Midnight at the start of today, local time. */
  today: Date;
  /** How far ahead an agreement counts as "Renewal due". */
  renewalMonths: number;
  dateFormat: DateFormat;
}

export interface StatusVerdict {
  status: Status;
  /** Why the status is Unknown, in words a person can act on. */
  reason?: string;
}

const PERMANENT = /^(permanent|indefinite|indefinitely|unlimited|perpetual)$/i;

/** Words the office writes in "Valid until" for an agreement that never ends. */
export function isPermanent(text: string): boolean {
  return PERMANENT.test(text.trim());
}

export function statusOf(validUntil: string | undefined, rules: StatusRules): StatusVerdict {
  const text = (validUntil ?? '').trim();
  if (text === '') return { status: 'unknown', reason: 'No "Valid until" date.' };
  if (isPermanent(text)) return { status: 'permanent' };
  const date = parseDate(text, rules.dateFormat);
  if (!date) {
    return { status: 'unknown', reason: notADate(text, rules.dateFormat, 'Permanent') };
  }
  if (isBefore(date, rules.today)) return { status: 'expired' };
  if (!isAfter(date, addMonths(rules.today, rules.renewalMonths))) return { status: 'renewal-due' };
  return { status: 'active' };
}

/**
 * A status function for one set of rules. A status depends only on the "Valid until" text, and a
 * register repeats the same dates many times, so verdicts are remembered per text: 100,000 rows
 * cost a Map lookup each once the distinct dates have been read.
 */
export function statusLookup(
  rules: StatusRules,
  validUntilColumn: number | undefined,
): (row: { readonly cells: readonly string[] }) => StatusVerdict {
  const cache = new Map<string, StatusVerdict>();
  return (row) => {
    const text = (validUntilColumn === undefined ? undefined : row.cells[validUntilColumn]) ?? '';
    let verdict = cache.get(text);
    if (!verdict) {
      verdict = statusOf(text, rules);
      cache.set(text, verdict);
    }
    return verdict;
  };
}

export function countStatuses<T>(rows: readonly T[], status: (row: T) => StatusVerdict): Record<Status, number> {
  const counts: Record<Status, number> = { active: 0, 'renewal-due': 0, expired: 0, permanent: 0, unknown: 0 };
  for (const row of rows) counts[status(row).status]++;
  return counts;
}

/** Counts after some rows changed: only those are looked at, not the whole set again. */
export function recount<T>(
  counts: Readonly<Record<Status, number>>,
  before: readonly T[],
  after: readonly T[],
  status: (row: T) => StatusVerdict,
): Record<Status, number> {
  const next = { ...counts };
  for (const row of before) next[status(row).status]--;
  for (const row of after) next[status(row).status]++;
  return next;
}
