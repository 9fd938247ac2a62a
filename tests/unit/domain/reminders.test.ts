import { describe, expect, it } from 'vitest';
import { mapColumns } from '../../../src/lib/domain/columns';
import { datasetFromTable } from '../../../src/lib/domain/dataset';
import { renewalReminders } from '../../../src/lib/domain/reminders';
import { statusLookup } from '../../../src/lib/domain/status';
import { importFixture } from '../support/sample';

const today = new Date(2026, 10, 28);
const { meta, rows } = datasetFromTable(importFixture('partner-agreements.tsv'), 'partner-agreements.tsv', today);
const columns = mapColumns(meta.header);
const statusOf = statusLookup({ today, renewalMonths: 6, dateFormat: 'M/d/yyyy' }, columns.validUntil);

describe('email reminders', () => {
  const reminders = renewalReminders(rows, columns, 'M/d/yyyy', statusOf);

  it('has one draft per initiating actor, covering every agreement due for renewal', () => {
    const due = rows.filter((row) => statusOf(row).status === 'renewal-due').length;
    expect(due).toBe(13);
    expect(reminders.reduce((sum, r) => sum + r.count, 0)).toBe(due);
    expect(new Set(reminders.map((r) => r.actor)).size).toBe(reminders.length);
    expect(reminders[0]).toMatchObject({ actor: 'International Cooperation Department', subject: expect.stringMatching(/^\d+ agreements due for renewal — International Cooperation Department$/) });
  });

  it('lists each agreement with its place, expiry and registration number, soonest first', () => {
    const body = reminders[0].body.split('\n');
    expect(body[0]).toBe('Dear colleagues of International Cooperation Department,');
    expect(body).toContain('- National Transport University (Kyiv, Ukraine) — expires 11/29/2026, registration number 07-21');
    const listed = body.filter((line) => line.startsWith('- '));
    expect(listed.indexOf('- National Transport University (Kyiv, Ukraine) — expires 11/29/2026, registration number 07-21')).toBe(0);
  });

  it('makes a mailto: link whose subject and body read back exactly, with CRLF line breaks', () => {
    const url = new URL(reminders[0].href);
    expect(url.protocol).toBe('mailto:');
    expect(url.pathname).toBe('');
    expect(url.searchParams.get('subject')).toBe(reminders[0].subject);
    expect(url.searchParams.get('body')).toBe(reminders[0].body.replace(/\n/g, '\r\n'));
    expect(reminders[0].href).not.toMatch(/[ +\n]/);
  });

  it('groups agreements with a blank actor under a word for it', () => {
    const blank = rows.map((row) => ({ ...row, cells: row.cells.map((c, i) => (i === columns.actor ? ' ' : c)) }));
    const [only] = renewalReminders(blank, columns, 'M/d/yyyy', statusOf);
    expect(only.actor).toBe('(no initiating actor)');
  });

  it('has no drafts when nothing is due', () => {
    expect(renewalReminders(rows, columns, 'M/d/yyyy', () => ({ status: 'active' }))).toEqual([]);
  });
});
