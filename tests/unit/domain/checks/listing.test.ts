import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { listFindings } from '../../../../src/lib/domain/checks/listing';
import { bySeverity } from '../../../../src/lib/domain/checks/order';
import { SEVERITIES, type Finding } from '../../../../src/lib/domain/checks/types';

const f = (rowId: number, column: number, severity: Finding['severity'], check: Finding['check'] = 'missing-value'): Finding => ({
  rowId, column, check, code: 'missing-cell', severity, value: '', params: {},
});
const byId = (id: number) => id;
const names = (list: readonly Finding[]) => list.map((x) => `${x.severity} ${x.rowId}:${x.column} ${x.check}`);

describe('the list of findings the panel shows', () => {
  it('keeps the first ones, most serious first, then by row and column, and counts them all', () => {
    const listing = listFindings([f(3, 1, 'info'), f(9, 2, 'error'), f(2, 5, 'warning'), f(1, 4, 'error'), f(1, 2, 'error')], 3, byId);
    expect(names(listing.first)).toEqual(['error 1:2 missing-value', 'error 1:4 missing-value', 'error 9:2 missing-value']);
    expect(listing.count).toBe(5);
  });

  it('keeps two findings on one cell in the order they came', () => {
    const listing = listFindings([f(1, 1, 'error', 'not-a-date'), f(1, 1, 'error', 'extra-spaces')], 5, byId);
    expect(names(listing.first)).toEqual(['error 1:1 not-a-date', 'error 1:1 extra-spaces']);
  });

  it('lists nothing with a limit of 0, but still counts', () => {
    expect(listFindings([f(1, 1, 'error')], 0, byId)).toMatchObject({ first: [], count: 1 });
  });

  it('always lists what a full sort would put first', () => {
    const finding = fc.record({ rowId: fc.nat(40), column: fc.nat(5), severity: fc.constantFrom(...SEVERITIES), check: fc.constantFrom('missing-value' as const, 'not-a-date' as const) });
    fc.assert(
      fc.property(fc.array(finding, { maxLength: 80 }), fc.nat(30), (made, limit) => {
        const findings = made.map((x) => f(x.rowId, x.column, x.severity, x.check));
        // A rank that is not the id: the register's order of rows.
        const rank = (id: number) => (id * 7) % 41;
        expect(listFindings(findings, limit, rank).first).toEqual(bySeverity(findings, rank).slice(0, limit));
      }),
    );
  });
});
