import { describe, expect, it } from 'vitest';
import { mapColumns, normaliseHeader } from '../../../src/lib/domain/columns';
import { detectDateFormat, parseDate } from '../../../src/lib/domain/dates';

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

  it('parses in the given format and rejects what is not a date', () => {
    expect(parseDate('3/4/2027', 'M/d/yyyy')).toEqual(new Date(2027, 2, 4));
    expect(parseDate('3/4/2027', 'd/M/yyyy')).toEqual(new Date(2027, 3, 3));
    expect(parseDate('2027-03-04', 'd/M/yyyy')).toEqual(new Date(2027, 2, 4));
    expect(parseDate('13/1/2027', 'M/d/yyyy')).toBeNull();
    expect(parseDate('2020', 'M/d/yyyy')).toBeNull();
    expect(parseDate('', 'M/d/yyyy')).toBeNull();
  });
});
