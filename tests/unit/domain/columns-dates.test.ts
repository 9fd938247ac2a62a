import { describe, expect, it } from 'vitest';
import { mapColumns, normaliseHeader } from '../../../src/lib/domain/columns';
import { dateFormatOf } from '../../../src/lib/domain/dataset';
import { detectDateFormat, parseDate } from '../../../src/lib/domain/dates';
import { NEW_DIALECT } from '../../../src/lib/domain/dialect';

describe('mapColumns', () => {
  it('finds columns by name whatever the case, spacing or order', () => {
    expect(mapColumns(['Notes', 'VALID  UNTIL', 'registration number', 'No'])).toEqual({
      validUntil: 1,
      registration: 2,
      no: 3,
    });
  });

  it('matches the sample header exactly', () => {
    const header = [
      'No', 'Date of agreement', 'Partner University / Organisation', 'City', 'Country',
      'QS ranking', 'THE ranking', 'Valid until', 'Initiating actor', 'Registration number',
    ];
    expect(mapColumns(header)).toEqual({
      no: 0, date: 1, partner: 2, city: 3, country: 4, qs: 5, the: 6, validUntil: 7, actor: 8, registration: 9,
    });
  });

  it('keeps the first of two columns with the same name', () => {
    expect(mapColumns(['Valid until', 'valid until']).validUntil).toBe(0);
  });

  it('ignores punctuation and spacing but not letters', () => {
    expect(normaliseHeader(' Partner University/Organisation ')).toBe(normaliseHeader('Partner University / Organisation'));
    expect(normaliseHeader('Ülke')).toBe('ülke');
  });
});

describe('dates', () => {
  it.each([
    [['6/28/2019', '11/1/2019'], 'M/d/yyyy'],
    [['28/6/2019', '1/11/2019'], 'd/M/yyyy'],
    [['28.06.2019', '01.11.2019'], 'd.M.yyyy'],
    [['2019-06-28'], 'yyyy-MM-dd'],
    [[], 'M/d/yyyy'],
  ])('detects the format of %j as %s', (cells, format) => {
    expect(detectDateFormat(cells)).toBe(format);
  });

  it('reads a dataset\'s format from its date columns, wherever in 100,000 rows the proof is', () => {
    const meta = { name: 'x', header: ['No', 'Date of agreement', 'Partner', 'Valid until'], dialect: NEW_DIALECT, nextRowId: 1, importedAt: '' };
    const rows = Array.from({ length: 100_000 }, (_, i) => ({ id: i + 1, cells: [String(i), '1/2/2020', 'P', '3/4/2027'] }));
    expect(dateFormatOf(meta, rows)).toBe('M/d/yyyy');
    // Day-first, proved by a day over 12 far down the file, on a row the sample reaches.
    rows[95_000] = { id: 95_001, cells: ['95000', '28/6/2019', 'P', '1/11/2030'] };
    expect(dateFormatOf(meta, rows)).toBe('d/M/yyyy');
  });

  it('parses in the given format and rejects what is not a date', () => {
    expect(parseDate('3/4/2027', 'M/d/yyyy')).toEqual(new Date(2027, 2, 4));
    expect(parseDate('3/4/2027', 'd/M/yyyy')).toEqual(new Date(2027, 3, 3));
    expect(parseDate('2027-03-04', 'd/M/yyyy')).toEqual(new Date(2027, 2, 4));
    expect(parseDate('13/1/2027', 'M/d/yyyy')).toBeNull();
    expect(parseDate('2020', 'M/d/yyyy')).toBeNull();
    expect(parseDate('', 'M/d/yyyy')).toBeNull();
  });
});
