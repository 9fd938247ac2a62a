import ICAL from 'ical.js';
import { afterEach, describe, expect, it } from 'vitest';
import { mapColumns } from '../../../src/lib/domain/columns';
import { datasetFromTable } from '../../../src/lib/domain/dataset';
import { nextSequences, renewalEvents, uidStems, writeCalendar, type CalendarRules } from '../../../src/lib/domain/calendar';
import type { Row } from '../../../src/lib/domain/row';
import { statusLookup } from '../../../src/lib/domain/status';
import { importFixture } from '../support/sample';

const today = new Date(2026, 10, 28);
const { meta, rows } = datasetFromTable(importFixture('partner-agreements.tsv'), 'partner-agreements.tsv', today);
const columns = mapColumns(meta.header);

function rulesFor(renewalMonths = 6): CalendarRules {
  return { columns, dateFormat: 'M/d/yyyy', renewalMonths, statusOf: statusLookup({ today, renewalMonths, dateFormat: 'M/d/yyyy' }, columns.validUntil) };
}

interface Parsed {
  uid: string;
  summary: string;
  sequence: number;
  start: string;
  isDate: boolean;
}

/** Reads the file back as a calendar app would, with ical.js. */
function parse(text: string): Parsed[] {
  const calendar = new ICAL.Component(ICAL.parse(text) as unknown[]);
  return calendar.getAllSubcomponents('vevent').map((component) => {
    const event = new ICAL.Event(component);
    return { uid: event.uid, summary: event.summary, sequence: event.sequence, start: event.startDate.toString(), isDate: event.startDate.isDate };
  });
}

function exportOf(source: readonly Row[], renewalMonths = 6, book = {}) {
  const events = renewalEvents(source, rulesFor(renewalMonths));
  const { sequences, book: kept } = nextSequences(events, book);
  return { events, text: writeCalendar(meta.name, events, sequences, new Date(Date.UTC(2026, 10, 28, 9))), book: kept };
}

describe('the renewals calendar', () => {
  const originalTz = process.env.TZ;
  afterEach(() => {
    process.env.TZ = originalTz;
  });

  it('has two events for each agreement still running, none for expired, permanent or undated ones', () => {
    const statusOf = rulesFor().statusOf;
    const running = rows.filter((row) => ['active', 'renewal-due'].includes(statusOf(row).status));
    const events = parse(exportOf(rows).text);
    expect(events).toHaveLength(running.length * 2);
    expect(events.some((e) => e.summary.includes('Dortmund'))).toBe(false); // Permanent
    expect(events.some((e) => e.summary.includes('KU Leuven'))).toBe(false); // expired 10/10/2025
  });

  it('puts the renewal on the day the window opens and the expiry on its day, as all-day dates', () => {
    const events = parse(exportOf(rows).text).filter((e) => e.summary.includes('Lawrence Technological University'));
    expect(events).toEqual([
      { uid: 'reg-08-21.renew@pactsheet', summary: 'Renew: Lawrence Technological University — expires 12/10/2026', sequence: 0, start: '2026-06-10', isDate: true },
      { uid: 'reg-08-21.expiry@pactsheet', summary: 'Expires: Lawrence Technological University', sequence: 0, start: '2026-12-10', isDate: true },
    ]);
    expect(exportOf(rows).text).toContain('DTSTART;VALUE=DATE:20261210');
  });

  it('writes the same days in Almaty (UTC+5) as in UTC-10', () => {
    process.env.TZ = 'Asia/Almaty';
    const almaty = exportOf(rows).text;
    process.env.TZ = 'Pacific/Honolulu';
    const honolulu = exportOf(rows).text;
    expect(almaty).toContain('DTSTART;VALUE=DATE:20261210');
    expect(almaty).toBe(honolulu);
  });

  it('keeps UIDs across exports and unique within one', () => {
    const first = parse(exportOf(rows).text).map((e) => e.uid);
    const second = parse(exportOf(rows.slice().reverse()).text).map((e) => e.uid);
    expect(new Set(first).size).toBe(first.length);
    expect(new Set(second)).toEqual(new Set(first));
  });

  it('falls back to the row id for a blank or repeated registration number', () => {
    const reg = columns.registration!;
    const made = (id: number, number: string): Row => ({ id, cells: Object.assign(Array<string>(10).fill(''), { [reg]: number }) });
    const stems = uidStems([made(1, '01-19'), made(2, '01-19'), made(3, ' '), made(4, '02/19')], reg);
    expect([...stems.values()]).toEqual(['row-1', 'row-2', 'row-3', 'reg-02%2F19']);
  });

  it('raises SEQUENCE only for events whose day changed, even to an earlier day', () => {
    const first = exportOf(rows);
    const until = columns.validUntil!;
    const moved = rows.map((row) => (row.cells[columns.registration!] === '08-21' ? { ...row, cells: row.cells.map((c, i) => (i === until ? '11/30/2026' : c)) } : row));
    const second = exportOf(moved, 6, first.book);
    const sequences = Object.fromEntries(parse(second.text).map((e) => [e.uid, e.sequence]));
    expect(sequences['reg-08-21.expiry@pactsheet']).toBe(1);
    expect(sequences['reg-08-21.renew@pactsheet']).toBe(1);
    expect(sequences['reg-07-21.expiry@pactsheet']).toBe(0);
    const third = exportOf(moved, 6, second.book);
    expect(parse(third.text).find((e) => e.uid === 'reg-08-21.expiry@pactsheet')?.sequence).toBe(1);
  });

  it('moves only the renewal events when the renewal window changes', () => {
    const first = exportOf(rows, 6);
    const second = parse(exportOf(rows, 3, first.book).text);
    expect(second.filter((e) => e.uid.endsWith('.renew@pactsheet')).every((e) => e.sequence === 1)).toBe(true);
    expect(second.filter((e) => e.uid.endsWith('.expiry@pactsheet')).every((e) => e.sequence === 0)).toBe(true);
  });

  it('escapes commas and semicolons and folds long lines as RFC 5545 asks', () => {
    const text = exportOf(rows).text;
    expect(text).toContain('DESCRIPTION:St Petersburg\\, Russia\\nInitiating actor:');
    expect(text.split('\r\n').every((line) => new TextEncoder().encode(line).length <= 75)).toBe(true);
    expect(text.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
  });
});
