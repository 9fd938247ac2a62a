import { t } from '../text/messages';
import type { ColumnMap } from './columns';
import { parseDate, type DateFormat } from './dates';
import { cellOf, type Row } from './row';
import type { StatusVerdict } from './status';

/** One department's reminder: the agreements it initiated that are due for renewal, as a mail draft. */
export interface Reminder {
  /** The "Initiating actor" as the register writes it, or a word for blank. */
  actor: string;
  count: number;
  subject: string;
  body: string;
  /** A `mailto:` link with no recipient: the user picks the department's address in their mail app. */
  href: string;
}

/**
 * The reminders, one per initiating actor with agreements due for renewal, most agreements first;
 * within one, the soonest expiry first. Actors are grouped by their text as typed (trimmed): making
 * two spellings one is a check's job, not this list's.
 */
export function renewalReminders(
  rows: readonly Row[],
  columns: ColumnMap,
  dateFormat: DateFormat,
  statusOf: (row: Row) => StatusVerdict,
): Reminder[] {
  const byActor = new Map<string, Row[]>();
  for (const row of rows) {
    if (statusOf(row).status !== 'renewal-due') continue;
    const actor = cellOf(row, columns.actor).trim() || t('reminders.noActor');
    const list = byActor.get(actor) ?? [];
    list.push(row);
    byActor.set(actor, list);
  }
  const expiry = (row: Row) => parseDate(cellOf(row, columns.validUntil), dateFormat)?.getTime() ?? 0;
  return [...byActor.entries()]
    .map(([actor, list]) => draft(actor, list.sort((a, b) => expiry(a) - expiry(b)), columns))
    .sort((a, b) => b.count - a.count || a.actor.localeCompare(b.actor));
}

function draft(actor: string, rows: readonly Row[], columns: ColumnMap): Reminder {
  const field = (row: Row, key: keyof ColumnMap) => cellOf(row, columns[key]).trim();
  const lines = rows.map((row) =>
    t('reminders.line', {
      partner: field(row, 'partner'),
      place: [field(row, 'city'), field(row, 'country')].filter(Boolean).join(', '),
      until: field(row, 'validUntil'),
      registration: field(row, 'registration'),
    }),
  );
  const subject = t('reminders.subject', { count: rows.length, actor });
  const body = [t('reminders.opening', { actor }), '', ...lines, '', t('reminders.closing')].join('\n');
  // RFC 6068: line breaks in a mailto body are %0D%0A; encodeURIComponent escapes everything else.
  const href = `mailto:?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body.replace(/\n/g, '\r\n'))}`;
  return { actor, count: rows.length, subject, body, href };
}
