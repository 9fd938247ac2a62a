import { describe, expect, it } from 'vitest';
import { RegisterChecks } from '../../../../src/lib/domain/checks/register';
import { isTypo, typoPairs } from '../../../../src/lib/domain/checks/typos';
import type { Row } from '../../../../src/lib/domain/row';
import { ctx, HEADER, row, sample } from './support';

function findingsOf(rows: Row[], context = ctx): string[] {
  const register = new RegisterChecks(context);
  rows.forEach((r) => register.add(r));
  register.findTypos();
  return register.findings().map((f) => `${f.rowId} ${HEADER[f.column]} ${f.check}${f.fix ? ` → ${f.fix}` : ''}`);
}

describe('checks across the register', () => {
  it('finds nothing repeated or written two ways in the office\'s sample', () => {
    const { rows, ctx: sampleCtx } = sample();
    expect(findingsOf(rows, sampleCtx)).toEqual([]);
  });

  it('flags every row of a repeated registration number, as an error', () => {
    expect(findingsOf([row(1, { registration: '06-22' }), row(2, { registration: ' 06-22', partner: 'Gazi University' }), row(3, { date: '3/2/2022', validUntil: '3/2/2027' })])).toEqual([
      '1 Registration number repeated-registration',
      '2 Registration number repeated-registration',
    ]);
  });

  it('flags the same agreement twice (the same partner on the same date), whatever its case', () => {
    expect(findingsOf([row(1, {}), row(2, { partner: 'cracow university of technology ' })])).toContain('2 Partner University / Organisation same-agreement');
  });

  it('fixes a country to the register\'s most used form: Turkey → Türkiye, United States → USA', () => {
    const rows = [
      row(1, { country: 'Türkiye', partner: 'Gazi University' }), row(2, { country: 'Türkiye', partner: 'Ankara University' }), row(3, { country: 'Turkey', partner: 'Haliç University' }),
      row(4, { country: 'USA', partner: 'Boston University' }), row(5, { country: 'USA', partner: 'New York Film Academy' }), row(6, { country: 'United States', partner: 'Washington State University' }),
    ];
    expect(findingsOf(rows)).toEqual(['3 Country country-variant → Türkiye', '6 Country country-variant → USA']);
  });

  it('offers the most used spelling for partner names differing by case, accents, spacing or a typo', () => {
    const rows = [
      row(1, { partner: 'Haliç University', date: '1/1/2020' }), row(2, { partner: 'Haliç University', date: '1/1/2021' }), row(3, { partner: 'HALIC  university', date: '1/1/2022' }),
      row(4, { partner: 'University of Latvia', date: '1/1/2020' }), row(5, { partner: 'University of Latvia', date: '1/1/2021' }), row(6, { partner: 'Univrsity of Latvia', date: '1/1/2022' }),
    ];
    expect(findingsOf(rows)).toEqual(['3 Partner University / Organisation partner-variant → Haliç University', '6 Partner University / Organisation partner-variant → University of Latvia']);
  });

  it('keeps up as rows are edited and removed', () => {
    const register = new RegisterChecks(ctx);
    [row(1, { registration: '01-22' }), row(2, { registration: '02-22', date: '3/2/2022' })].forEach((r) => register.add(r));
    register.findTypos();
    register.add(row(2, { registration: '01-22', date: '3/2/2022' }));
    expect(register.findings().map((f) => f.rowId)).toEqual([1, 2]);
    register.remove(1);
    expect(register.findings()).toEqual([]);
    register.add(row(3, { partner: 'Cracow Universty of Technology', date: '1/1/2023' }));
    expect(register.findings().map((f) => [f.rowId, f.fix])).toEqual([[3, 'Cracow University of Technology']]);
  });
});

describe('typos', () => {
  it.each([
    ['latvia of university', 'latvia of univrsity', true],
    ['genoa of university', 'geneva of university', false],
    ['campus 2 partner', 'campus 3 partner', false],
    ['ku leuven', 'ku lueven', false],
  ])('%s ~ %s: %s', (a, b, typo) => expect(isTypo(a, b)).toBe(typo));

  it('finds a typo at either end of a name among many, comparing neighbours only', () => {
    const names = Array.from({ length: 5000 }, (_, i) => `partner college ${i}`);
    names.push('xpartner college 17', 'partner colege 42');
    expect(typoPairs(names).map((p) => p.join(' ~ ')).sort()).toEqual(['partner colege 42 ~ partner college 42', 'partner college 17 ~ xpartner college 17']);
  });
});

describe('making the findings', () => {
  it('makes them a few groups at a time when asked, the same as all at once', () => {
    const rows = [1, 2, 3, 4, 5, 6, 7, 8].map((id) => row(id, { registration: `0${id % 4}-22`, partner: id < 4 ? 'Cracow University of Technology' : 'cracow university of technology' }));
    const register = new RegisterChecks(ctx);
    rows.forEach((r) => register.add(r));
    let chunks = 0;
    while (register.prepare(2)) chunks++;
    expect(chunks).toBeGreaterThan(1);
    const whole = new RegisterChecks(ctx);
    rows.forEach((r) => whole.add(r));
    expect(register.findings()).toEqual(whole.findings());
    expect(register.findings().map((f) => f.check)).toContain('partner-variant');
  });
});
