import { enUS, kk, ru, tr } from 'date-fns/locale';
import { describe, expect, it } from 'vitest';
import { monthOf, paddingOf, readTypedDate, storedDate, writeDate, type DateWriting } from '../../../src/lib/domain/date-input';
import type { DateFormat } from '../../../src/lib/domain/dates';

const TODAY = new Date(2026, 10, 28);
const US: DateWriting = { format: 'M/d/yyyy', padded: false };

describe('storedDate: a typed date, stored the way the file writes dates', () => {
  it.each([
    // The file's own format, and the same with 0s or spaces around it.
    ['12/31/2027', '12/31/2027'],
    ['05/06/2027', '5/6/2027'],
    [' 1/2/2027 ', '1/2/2027'],
    // ISO, year first with any separator.
    ['2027-12-31', '12/31/2027'],
    ['2027-1-5', '1/5/2027'],
    ['2027/12/31', '12/31/2027'],
    ['2027.12.31', '12/31/2027'],
    // Dots are day first, whatever the file's order.
    ['31.12.2027', '12/31/2027'],
    ['05.06.2027', '6/5/2027'],
    ['1.2.27', '2/1/2027'],
    // Two-digit years, in the century nearest today.
    ['12/31/27', '12/31/2027'],
    ['6/28/99', '6/28/1999'],
    // Slashed the other way round, when only that way makes sense.
    ['31/12/2027', '12/31/2027'],
    ['12-31-2027', '12/31/2027'],
    // Month names: English, Russian, Kazakh, Turkish, in the orders they are written.
    ['31 Dec 2027', '12/31/2027'],
    ['Dec 31 2027', '12/31/2027'],
    ['December 31, 2027', '12/31/2027'],
    ['31-Dec-2027', '12/31/2027'],
    ['31-Dec-27', '12/31/2027'],
    ['Dec 31st, 2027', '12/31/2027'],
    ['the 31st of December 2027', '12/31/2027'],
    ['Sept 1 2027', '9/1/2027'],
    ['31 декабря 2027', '12/31/2027'],
    ['31 декабря 2027 г.', '12/31/2027'],
    ['1 МАЯ 2027 года', '5/1/2027'],
    ['15 нояб. 2027', '11/15/2027'],
    ['31 желтоқсан 2027', '12/31/2027'],
    ['31-ші желтоқсан 2027 ж.', '12/31/2027'],
    ['2027 жылғы 1 қыркүйек', '9/1/2027'],
    ['5 сәуір 2027', '4/5/2027'],
    ['29 Ekim 2027', '10/29/2027'],
    ['1 KASIM 2027', '11/1/2027'],
  ])('stores %j as %j in an M/D/YYYY file', (typed, stored) => {
    expect(storedDate(typed, US, TODAY)).toBe(stored);
  });

  it.each([
    'yesterday', 'Permanent', 'someday', '2027', 'Dec 2027', '31 Dec', '2/30/2027', '31.02.2027', '13/13/2027',
    '31 Foo 2027', 'Dec 31 2027 2028', '12/31/2027 to 1/1/2028', '', '   ', '31122027', '1001-1200',
  ])('keeps %j as typed: it is not a date', (typed) => {
    expect(storedDate(typed, US, TODAY)).toBeNull();
  });

  it.each<[string, DateWriting, string | null]>([
    // Read in the file's order when a date reads two ways.
    ['3/4/2027', { format: 'M/d/yyyy', padded: false }, '3/4/2027'],
    ['3/4/2027', { format: 'd/M/yyyy', padded: false }, '3/4/2027'],
    ['3/4/2027', { format: 'd.M.yyyy', padded: true }, '03.04.2027'],
    ['12/31/2027', { format: 'd/M/yyyy', padded: false }, '31/12/2027'],
    // An ISO file has no order for slashes: only a date that reads one way is taken.
    ['3/4/2027', { format: 'yyyy-MM-dd', padded: true }, null],
    ['31/12/2027', { format: 'yyyy-MM-dd', padded: true }, '2027-12-31'],
    // Each format, with and without 0s.
    ['2027-12-31', { format: 'd.M.yyyy', padded: true }, '31.12.2027'],
    ['5 Jan 2027', { format: 'd.M.yyyy', padded: true }, '05.01.2027'],
    ['5 Jan 2027', { format: 'd.M.yyyy', padded: false }, '5.1.2027'],
    ['5 Jan 2027', { format: 'd/M/yyyy', padded: false }, '5/1/2027'],
    ['5 Jan 2027', { format: 'M/d/yyyy', padded: true }, '01/05/2027'],
    ['5 Jan 2027', { format: 'yyyy-MM-dd', padded: false }, '2027-01-05'],
  ])('stores %j as %j in a file written %j', (typed, writing, stored) => {
    expect(storedDate(typed, writing, TODAY)).toBe(stored);
  });
});

describe('readTypedDate', () => {
  it('reads a real calendar date at local midnight', () => {
    expect(readTypedDate('29.2.2028', 'M/d/yyyy', TODAY)).toEqual(new Date(2028, 1, 29));
    expect(readTypedDate('29.2.2027', 'M/d/yyyy', TODAY)).toBeNull();
  });

  it('keeps a four-digit year under 100 in its own century, not the 1900s', () => {
    expect(readTypedDate('0099-01-02', 'M/d/yyyy', TODAY)?.getFullYear()).toBe(99);
  });

  it('places a two-digit year within 50 years of today', () => {
    const year = (typed: string, today: Date) => readTypedDate(typed, 'M/d/yyyy', today)?.getFullYear();
    expect(year('1/1/76', TODAY)).toBe(2076);
    expect(year('1/1/77', TODAY)).toBe(1977);
    expect(year('1/1/05', new Date(2090, 0, 1))).toBe(2105);
  });
});

describe('month names', () => {
  const locales = { 'en-US': enUS, ru, kk, tr };
  const widths = ['wide', 'abbreviated'] as const;
  const contexts = ['formatting', 'standalone'] as const;
  it.each(Object.entries(locales))('knows every month name of date-fns %s, whole and abbreviated', (_, locale) => {
    for (let month = 0; month < 12; month++) {
      for (const width of widths) {
        for (const context of contexts) {
          const name = locale.localize.month(month as 0, { width, context }).replace(/\.$/, '');
          expect([name, monthOf(name)]).toEqual([name, month + 1]);
        }
      }
    }
  });

  it.each([
    ['DECEMBER', 12],
    ['Kasim', 11],
    ['ŞUBAT', 2],
    ['дек', 12],
    ['желт', 12],
    ['ju', undefined],
    ['ma', undefined],
    ['mon', undefined],
  ])('reads %j as month %j', (word, month) => {
    expect(monthOf(word)).toBe(month);
  });
});

describe('writeDate and paddingOf', () => {
  it('writes a year under 1000 with four digits', () => {
    const date = new Date(2000, 0, 1);
    date.setFullYear(999, 0, 2);
    expect(writeDate(date, US)).toBe('1/2/0999');
  });

  it.each<[string[], DateFormat, boolean]>([
    [['6/28/2019', '11/1/2019'], 'M/d/yyyy', false],
    [['06/28/2019', '11/01/2019'], 'M/d/yyyy', true],
    [['28.06.2019', '01.11.2019'], 'd.M.yyyy', true],
    [['28.6.2019', '1.11.2019'], 'd.M.yyyy', false],
    // Nothing proves it: as such files are usually written.
    [['11/11/2019', 'Permanent', ''], 'M/d/yyyy', false],
    [['11.11.2019'], 'd.M.yyyy', true],
    [[], 'yyyy-MM-dd', true],
  ])('finds whether %j writes 0s (%s): %s', (cells, format, padded) => {
    expect(paddingOf(cells, format)).toBe(padded);
  });
});
