import { describe, expect, it } from 'vitest';
import { mapColumns } from '../../../src/lib/domain/columns';
import { countStatuses, recount, statusLookup, statusOf, type StatusRules } from '../../../src/lib/domain/status';
import { importFixture } from '../support/sample';

const rules: StatusRules = { today: new Date(2026, 10, 28), renewalMonths: 6, dateFormat: 'M/d/yyyy' };

describe('statusOf', () => {
  it.each([
    ['Permanent', 'permanent'],
    ['permanent', 'permanent'],
    [' INDEFINITE ', 'permanent'],
    ['11/27/2026', 'expired'],
    ['11/28/2026', 'renewal-due'],
    ['5/28/2027', 'renewal-due'],
    ['5/29/2027', 'active'],
    ['2031-01-01', 'active'],
    ['', 'unknown'],
    ['  ', 'unknown'],
    ['someday', 'unknown'],
    ['2/30/2027', 'unknown'],
    ['2027', 'unknown'],
  ])('reads %j as %s', (text, status) => {
    expect(statusOf(text, rules).status).toBe(status);
  });

  it('says why a status is unknown', () => {
    expect(statusOf('someday', rules).reason).toBe('"someday" is not a date in M/D/YYYY or "Permanent".');
    expect(statusOf('', rules).reason).toBe('No "Valid until" date.');
  });

  it('honours the renewal window setting', () => {
    expect(statusOf('2/1/2027', { ...rules, renewalMonths: 1 }).status).toBe('active');
    expect(statusOf('12/20/2026', { ...rules, renewalMonths: 1 }).status).toBe('renewal-due');
    expect(statusOf('11/28/2026', { ...rules, renewalMonths: 0 }).status).toBe('renewal-due');
  });

  it('reads day-first dates when the file is written that way', () => {
    expect(statusOf('28/5/2027', { ...rules, dateFormat: 'd/M/yyyy' }).status).toBe('renewal-due');
    expect(statusOf('1.6.2027', { ...rules, dateFormat: 'd.M.yyyy' }).status).toBe('active');
  });
});

describe('the sample on 2026-11-28', () => {
  const table = importFixture('partner-agreements.tsv');
  const column = mapColumns(table.header).validUntil;
  const status = statusLookup(rules, column);
  const rows = table.rows.map((cells) => ({ cells }));

  it('has 22 Expired, 13 Renewal due, 35 Active and 4 Permanent agreements', () => {
    expect(countStatuses(rows, status)).toEqual({
      expired: 22,
      'renewal-due': 13,
      active: 35,
      permanent: 4,
      unknown: 0,
    });
  });

  it('recounts after an edit from the edited rows alone, as a full count would', () => {
    const counts = countStatuses(rows, status);
    const before = [rows[3], rows[10]];
    const after = before.map((row) => ({ cells: row.cells.map((c, i) => (i === column ? 'Permanent' : c)) }));
    const edited = rows.map((row) => after[before.indexOf(row)] ?? row);
    expect(recount(counts, before, after, status)).toEqual(countStatuses(edited, status));
  });

  it.each([
    ['KU Leuven', 'expired'],
    ['Dortmund University of Applied Sciences and Arts', 'permanent'],
    ['National Transport University', 'renewal-due'],
    ['Gazi University', 'active'],
    ['"EDUCA" LLP', 'active'],
    ['Green River College', 'expired'],
  ])('gives %s the status %s', (partner, expected) => {
    const row = rows.find((r) => r.cells[2] === partner);
    expect(row && status(row).status).toBe(expected);
  });

  it('remembers a verdict per date text until the rules change', () => {
    expect(status(rows[0])).toBe(status(rows[1]));
    expect(statusLookup(rules, column)(rows[0])).not.toBe(status(rows[0]));
  });
});
