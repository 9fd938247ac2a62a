import { subMonths } from 'date-fns';
import ical from 'ical-generator';
import { t } from '../text/messages';
import type { ColumnMap } from './columns';
import { parseDate, type DateFormat } from './dates';
import { cellOf, type Row } from './row';
import type { StatusVerdict } from './status';

/**
 * The renewals calendar (RFC 5545): for each agreement still running, an all-day event on the day
 * its renewal window opens and one on the day it expires. Built from the cells and today's rules,
 * like the status; the only thing it remembers between exports is the SEQUENCE book below.
 */

export interface CalendarRules {
  columns: ColumnMap;
  dateFormat: DateFormat;
  statusOf: (row: Row) => StatusVerdict;
  /** The "Renewal due" window: the renewal event is this many months before expiry. */
  renewalMonths: number;
}

/** A calendar day, free of any time zone: what VALUE=DATE means. */
export interface Day {
  year: number;
  /** 1-12 */
  month: number;
  day: number;
}

export interface CalendarEvent {
  uid: string;
  day: Day;
  summary: string;
  description: string;
}

/**
 * SEQUENCE per event UID, with the day it was last exported on. Calendars ignore an update whose
 * SEQUENCE is not higher than the one they hold, so it must rise whenever an event moves, even to
 * an earlier day; nothing in the cells can say how often that happened, so it is remembered.
 */
export type SequenceBook = Record<string, { day: string; sequence: number }>;

export function isSequenceBook(value: unknown): value is SequenceBook {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  return Object.values(value).every(
    (entry: unknown) =>
      typeof entry === 'object' && entry !== null && typeof (entry as { day?: unknown }).day === 'string' && Number.isInteger((entry as { sequence?: unknown }).sequence),
  );
}

const dayOf = (date: Date): Day => ({ year: date.getFullYear(), month: date.getMonth() + 1, day: date.getDate() });
const isoDay = ({ year, month, day }: Day) => `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;

/**
 * Each agreement's UID stem: its registration number where that names one row only, else the
 * row's own id (a blank or repeated number would make two agreements one event). Not tied to the
 * dataset's name, which changes with the file's ("agreements (2).tsv") and would duplicate events.
 */
export function uidStems(rows: readonly Row[], registration: number | undefined): Map<number, string> {
  const seen = new Map<string, number>();
  for (const row of rows) {
    const reg = cellOf(row, registration).trim();
    if (reg) seen.set(reg, (seen.get(reg) ?? 0) + 1);
  }
  const stems = new Map<number, string>();
  for (const row of rows) {
    const reg = cellOf(row, registration).trim();
    stems.set(row.id, reg && seen.get(reg) === 1 ? `reg-${encodeURIComponent(reg)}` : `row-${row.id}`);
  }
  return stems;
}

/** The events of the agreements that are neither expired, permanent nor undated, in row order. */
export function renewalEvents(rows: readonly Row[], rules: CalendarRules): CalendarEvent[] {
  const { columns, dateFormat, statusOf, renewalMonths } = rules;
  const stems = uidStems(rows, columns.registration);
  const events: CalendarEvent[] = [];
  for (const row of rows) {
    const status = statusOf(row).status;
    if (status !== 'active' && status !== 'renewal-due') continue;
    const until = cellOf(row, columns.validUntil).trim();
    const expiry = parseDate(until, dateFormat);
    if (!expiry) continue;
    const partner = cellOf(row, columns.partner).trim() || t('calendar.noPartner');
    const description = describe(row, columns);
    const stem = stems.get(row.id)!;
    const opens = subMonths(expiry, renewalMonths);
    // With no renewal window the two events would fall on the same day: the expiry one says it all.
    if (opens < expiry) events.push({ uid: `${stem}.renew@pactsheet`, day: dayOf(opens), summary: t('calendar.renew', { partner, date: until }), description });
    events.push({ uid: `${stem}.expiry@pactsheet`, day: dayOf(expiry), summary: t('calendar.expires', { partner }), description });
  }
  return events;
}

function describe(row: Row, columns: ColumnMap): string {
  const field = (key: keyof ColumnMap) => cellOf(row, columns[key]).trim();
  return t('calendar.description', {
    place: [field('city'), field('country')].filter(Boolean).join(', '),
    actor: field('actor'),
    registration: field('registration'),
    date: field('date'),
  });
}

/**
 * The SEQUENCE of each event and the book to keep for next time: an event seen before keeps its
 * number while its day stays, and gets the next one when the day changed. Events not exported
 * this time stay in the book, so an agreement that comes back continues from its number.
 */
export function nextSequences(events: readonly CalendarEvent[], book: SequenceBook): { sequences: Map<string, number>; book: SequenceBook } {
  const next: SequenceBook = { ...book };
  const sequences = new Map<string, number>();
  for (const event of events) {
    const day = isoDay(event.day);
    const known = book[event.uid];
    const sequence = !known ? 0 : known.day === day ? known.sequence : known.sequence + 1;
    next[event.uid] = { day, sequence };
    sequences.set(event.uid, sequence);
  }
  return { sequences, book: next };
}

/** The .ics text. `now` is the DTSTAMP (when this file was made). */
export function writeCalendar(name: string, events: readonly CalendarEvent[], sequences: ReadonlyMap<string, number>, now: Date): string {
  const calendar = ical({ name: t('calendar.name', { name }), prodId: { company: 'Pactsheet', product: 'Pactsheet', language: 'EN' } });
  for (const event of events) {
    // ical-generator writes an all-day JS Date by its UTC date: local midnight in Almaty (UTC+5)
    // is the previous day in UTC. A Date at UTC midnight of the calendar day writes that day.
    const start = new Date(Date.UTC(event.day.year, event.day.month - 1, event.day.day));
    calendar.createEvent({
      id: event.uid,
      sequence: sequences.get(event.uid) ?? 0,
      stamp: now,
      start,
      end: new Date(Date.UTC(event.day.year, event.day.month - 1, event.day.day + 1)),
      allDay: true,
      summary: event.summary,
      description: event.description,
    });
  }
  return calendar.toString();
}

export function calendarFileName(name: string): string {
  return `${name}-renewals.ics`;
}
