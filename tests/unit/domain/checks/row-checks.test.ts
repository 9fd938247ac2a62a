import { describe, expect, it } from 'vitest';
import { placeChecks } from '../../../../src/lib/domain/checks/countries';
import { dateChecks, formatDate } from '../../../../src/lib/domain/checks/dates';
import { rankingChecks } from '../../../../src/lib/domain/checks/rankings';
import { registrationYear } from '../../../../src/lib/domain/checks/registration';
import { missingValues } from '../../../../src/lib/domain/checks/required';
import { extraSpaces } from '../../../../src/lib/domain/checks/spaces';
import type { RowCheck } from '../../../../src/lib/domain/checks/types';
import { ctx, HEADER, row, sample } from './support';

const { rows, ctx: sampleCtx } = sample();
/** What a check finds in the office's file, as "No column check → fix". */
function inSample(check: RowCheck): string[] {
  return rows.flatMap((r) => check(r, sampleCtx).map((f) => `${r.cells[0] || `(${r.cells[9]})`} ${HEADER[f.column]} ${f.code}${f.fix ? ` → ${f.fix}` : ''}`));
}

describe('a city in another country', () => {
  it('finds Lviv filed under South Korea, and nothing else in the sample', () => {
    expect(rows.flatMap((r) => placeChecks(r, sampleCtx)).map((f) => [f.check, f.value, f.params.lies])).toEqual([
      ['city-elsewhere', 'Lviv', 'Ukraine'],
    ]);
  });
  it('is a warning with no fix: only a person knows whether the city or the country is wrong', () => {
    const [found] = placeChecks(row(1, { city: 'Lviv', country: 'South Korea' }), ctx);
    expect(found).toMatchObject({ severity: 'warning', code: 'reference-error' });
    expect(found.fix).toBeUndefined();
  });
  it.each([
    ['Kraków', 'Poland'], ['Birmingham', 'USA'], ['Birmingham', 'UK'], ['Hong Kong', 'China'], ['Serdivan', 'Türkiye'], ['İstanbul', 'Turkey'], ['St Petersburg', 'Russia'], ['Saint-Petersburg', 'Russia'],
  ])('accepts %s in %s', (city, country) => {
    expect(placeChecks(row(1, { city, country, partner: 'X' }), ctx)).toEqual([]);
  });
  it('finds a big city under another country, whatever its accents and case', () => {
    expect(placeChecks(row(1, { city: 'KRAKÓW', country: 'Austria', partner: 'X' }), ctx).map((f) => f.params.lies)).toEqual(['Poland']);
  });
});

describe('a country that is not a country', () => {
  it('flags "Kazakstan" and "Europe", not "USA", "UK", "Czechia" or "-"', () => {
    const flagged = ['Kazakstan', 'Europe', 'USA', 'UK', 'Czechia', '-', ''].filter((country) =>
      placeChecks(row(1, { country, city: 'X', partner: 'X' }), ctx).some((f) => f.check === 'not-a-country'),
    );
    expect(flagged).toEqual(['Kazakstan', 'Europe']);
  });
});

describe('a partner whose name names another country', () => {
  it('flags "University of Latvia" filed under Lithuania', () => {
    expect(placeChecks(row(1, { partner: 'University of Latvia', city: 'Vilnius', country: 'Lithuania' }), ctx).map((f) => f.params.named)).toEqual(['Latvia']);
  });
  it('accepts a name naming the row\'s country among others (the Korean embassy in Kazakhstan)', () => {
    const partner = 'Education Center of the Embassy of the Republic of Korea in the Republic of Kazakhstan';
    expect(placeChecks(row(1, { partner, city: 'Seoul', country: 'South Korea' }), ctx)).toEqual([]);
  });
});

describe('dates', () => {
  it('finds the sample\'s year-only "2020", and Valid until dates that are no anniversary', () => {
    expect(inSample(dateChecks)).toEqual([
      '8 Valid until constraint-error → 11/10/2025',
      '11 Date of agreement type-error',
      '(01-21) Valid until constraint-error',
    ]);
  });
  it('says a Valid until before the agreement is an error', () => {
    expect(dateChecks(row(1, { date: '3/1/2022', validUntil: '3/1/2021' }), ctx).map((f) => [f.check, f.severity])).toEqual([['ends-before-start', 'error']]);
  });
  it('takes Permanent, ISO dates and 28 February for a 29 February agreement', () => {
    expect(dateChecks(row(1, { validUntil: 'Permanent' }), ctx)).toEqual([]);
    expect(dateChecks(row(1, { validUntil: '2027-03-01' }), ctx)).toEqual([]);
    expect(dateChecks(row(1, { date: '2/29/2024', validUntil: '2/28/2029' }), ctx)).toEqual([]);
  });
  it('writes a fix in the column\'s own format', () => {
    expect(formatDate(new Date(2025, 10, 10), 'd.M.yyyy')).toBe('10.11.2025');
    expect(formatDate(new Date(2025, 10, 1), 'yyyy-MM-dd')).toBe('2025-11-01');
  });
});

describe('rankings', () => {
  it('finds the sample\'s "352 US College Rankings 2022" and suggests its place', () => {
    expect(inSample(rankingChecks)).toEqual(['18 THE ranking type-error → 352']);
  });
  it.each([
    ['1001 - 1200', '1001-1200'], ['1001–1200', '1001-1200'], ['1501 +', '1501+'], ['top 100', undefined], ['n/a', undefined],
  ])('flags %s (fix %s)', (qs, fix) => {
    expect(rankingChecks(row(1, { qs }), ctx).map((f) => f.fix)).toEqual([fix]);
  });
  it.each(['63', '1001-1200', '1501+', '-', ''])('accepts %s', (qs) => expect(rankingChecks(row(1, { qs }), ctx)).toEqual([]));
});

describe('required values', () => {
  it('finds the sample\'s rows with no Initiating actor', () => {
    expect(inSample(missingValues)).toEqual([
      '(03-19) Initiating actor missing-cell',
      '(01-21) Initiating actor missing-cell',
      '(01-22) Initiating actor missing-cell',
    ]);
  });
  it('wants a City and a Partner, where "-" says "none"', () => {
    expect(missingValues(row(1, { city: ' ', partner: '' }), ctx).map((f) => HEADER[f.column])).toEqual(['City', 'Partner University / Organisation']);
    expect(missingValues(row(1, { city: '-' }), ctx)).toEqual([]);
  });
});

describe('registration year', () => {
  it('finds nothing wrong in the sample', () => expect(inSample(registrationYear)).toEqual([]));
  it('flags "06-21" on a 2022 agreement, and reads four-digit years', () => {
    expect(registrationYear(row(1, { registration: '06-21' }), ctx).map((f) => f.params)).toEqual([{ suffix: '21', year: 2022 }]);
    expect(registrationYear(row(1, { registration: '06/2022' }), ctx)).toEqual([]);
    expect(registrationYear(row(1, { registration: '01-19/12' }), ctx)).toEqual([]);
  });
});

describe('extra spaces', () => {
  it('finds none in the sample', () => expect(inSample(extraSpaces)).toEqual([]));
  it('trims and collapses spaces, and leaves tabs and blank cells alone', () => {
    expect(extraSpaces(row(1, { partner: ' Gazi  University ', city: '   ', actor: 'a\tb' }), ctx).map((f) => [HEADER[f.column], f.fix])).toEqual([
      ['Partner University / Organisation', 'Gazi University'],
    ]);
  });
});
