import { describe, expect, it } from 'vitest';
import {
  cellProblem,
  columnKind,
  holdsNumbers,
  leadingNumber,
  readNumber,
  sortOrder,
  STATUS_SORT_ORDER,
  type ColumnKind,
} from '../../../src/lib/domain/column-kinds';
import { mapColumns } from '../../../src/lib/domain/columns';
import { sortInPlace } from '../../../src/lib/domain/sort';
import { STATUSES } from '../../../src/lib/domain/status';

const SAMPLE_HEADER = [
  'No', 'Date of agreement', 'Partner University / Organisation', 'City', 'Country',
  'QS ranking', 'THE ranking', 'Valid until', 'Initiating actor', 'Registration number', 'Notes',
];
const map = mapColumns(SAMPLE_HEADER);

/** Texts in the order a kind sorts them, ascending, as domain/sort.ts places rows. */
function sorted(kind: ColumnKind, texts: string[]): string[] {
  const items = texts.slice();
  sortInPlace(items, [{ text: (t) => t, compare: sortOrder(kind, 'M/d/yyyy'), descending: false }]);
  return items;
}

describe('columnKind', () => {
  it.each([
    ['No', 'number'],
    ['Date of agreement', 'date'],
    ['Valid until', 'date'],
    ['QS ranking', 'ranking'],
    ['THE ranking', 'ranking'],
    ['Partner University / Organisation', 'text'],
    ['Country', 'text'],
    ['Registration number', 'text'],
    ['Notes', 'text'],
  ])('calls the sample\'s %j column %s', (name, kind) => {
    expect(columnKind(SAMPLE_HEADER.indexOf(name), map)).toBe(kind);
  });

  it('calls a column the header does not name a number column when its cells hold numbers', () => {
    const notes = SAMPLE_HEADER.indexOf('Notes');
    expect(columnKind(notes, map, ['1', '2', '', '10'])).toBe('number');
    expect(columnKind(notes, map, ['1', 'call back', '10'])).toBe('text');
    // A named column keeps its meaning whatever it holds.
    expect(columnKind(SAMPLE_HEADER.indexOf('City'), map, ['1', '2'])).toBe('text');
  });
});

describe('holdsNumbers', () => {
  it.each([
    [['1', '2', '3'], true],
    [[' 7 ', '-3', '7.5', ''], true],
    // Nearly all: one odd cell in ten is still a column of numbers.
    [['1', '2', '3', '4', '5', '6', '7', '8', '9', '12a'], true],
    [['1', '2', '3', '4', '5', '6', '7', '8', '12a', 'n/a'], false],
    [['01-19', '02-19'], false],
    [['1,200', '3,400'], false],
    [['', '  '], false],
    [[], false],
  ])('judges %j as holding numbers: %s', (cells, expected) => {
    expect(holdsNumbers(cells)).toBe(expected);
  });
});

describe('reading numbers', () => {
  it.each([
    ['42', 42],
    [' 7 ', 7],
    ['-3', -3],
    ['7.5', 7.5],
    ['007', 7],
    ['', Infinity],
    ['1,200', Infinity],
    ['12a', Infinity],
    ['1e3', Infinity],
  ])('reads %j as the number %s', (text, n) => {
    expect(readNumber(text)).toBe(n);
  });

  it.each([
    ['1001-1200', 1001],
    ['1501+', 1501],
    ['352 US College Rankings 2022', 352],
    ['-', Infinity],
    ['', Infinity],
  ])('reads the ranking %j by its first number, %s', (text, n) => {
    expect(leadingNumber(text)).toBe(n);
  });
});

describe('sortOrder', () => {
  it.each<[ColumnKind, string[], string[]]>([
    ['number', ['10', '', '2', '1', '100', 'AITU agreements', '9'], ['1', '2', '9', '10', '100', 'AITU agreements', '']],
    ['number', ['2', '02', '-1', '1.5', ' '], ['-1', '1.5', '02', '2', ' ']],
    ['date', ['2/12/2025', '', 'Permanent', '12/24/2024', '2020', '1/1/2030'], ['12/24/2024', '2/12/2025', '1/1/2030', '2020', 'Permanent', '']],
    ['ranking', ['1501+', '', '-', '45', '1001-1200', '781-790'], ['45', '781-790', '1001-1200', '1501+', '-', '']],
    ['text', ['Riga', '', 'Ankara', 'riga', 'Zürich'], ['Ankara', 'Riga', 'Zürich', 'riga', '']],
    // A column of numbers the header doesn't name sorts by value even as text.
    ['text', ['10', '9', '', '100'], ['9', '10', '100', '']],
    ['status', ['active', 'permanent', 'expired', 'unknown', 'renewal-due'], ['renewal-due', 'expired', 'unknown', 'active', 'permanent']],
  ])('sorts %s cells %j as %j, what it cannot read after, blanks last', (kind, texts, expected) => {
    expect(sorted(kind, texts)).toEqual(expected);
  });

  it('puts what needs action first in the Status sort, and leaves the legend its own order', () => {
    expect(STATUS_SORT_ORDER).toEqual(['renewal-due', 'expired', 'unknown', 'active', 'permanent']);
    expect(STATUSES).toEqual(['active', 'renewal-due', 'expired', 'permanent', 'unknown']);
  });

  it('reads dates in the file\'s own format', () => {
    const items = ['1/2/2025', '2/1/2025'];
    sortInPlace(items, [{ text: (t) => t, compare: sortOrder('date', 'd/M/yyyy'), descending: false }]);
    expect(items).toEqual(['2/1/2025', '1/2/2025']);
  });
});

describe('cellProblem', () => {
  const [date, validUntil, city] = ['Date of agreement', 'Valid until', 'City'].map((n) => SAMPLE_HEADER.indexOf(n));
  it.each([
    [date, '6/28/2019', null],
    [date, '', null],
    [date, '   ', null],
    [date, '2020', '"2020" is not a date in M/D/YYYY.'],
    [date, 'Permanent', '"Permanent" is not a date in M/D/YYYY.'],
    [date, 'yesterday', '"yesterday" is not a date in M/D/YYYY.'],
    [validUntil, '2/30/2027', '"2/30/2027" is not a date in M/D/YYYY or "Permanent".'],
    [validUntil, ' someday ', '"someday" is not a date in M/D/YYYY or "Permanent".'],
    [validUntil, 'Permanent', null],
    [validUntil, 'indefinitely', null],
    [validUntil, '2031-01-01', null],
    [validUntil, '', null],
    [city, '2020', null],
  ])('flags column %i holding %j: %j', (column, text, problem) => {
    expect(cellProblem(column, map, text, 'M/d/yyyy')).toBe(problem);
  });
});
