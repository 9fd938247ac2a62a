import { describe, expect, it } from 'vitest';
import { NEW_DIALECT } from '../../../src/lib/domain/dialect';
import type { TableSummary } from '../../../src/lib/domain/import-result';
import { agreements, importDetails, importHeadline } from '../../../src/lib/domain/import-summary';

const table = (over: Partial<TableSummary>): TableSummary => ({
  dialect: NEW_DIALECT,
  header: ['No', 'Partner'],
  headerLine: 1,
  skipped: [],
  ragged: [],
  rowCount: 74,
  ...over,
});

describe('import summary', () => {
  it('counts agreements with the right plural and separators', () => {
    expect([0, 1, 74, 100_000].map(agreements)).toEqual(['0 agreements', '1 agreement', '74 agreements', '100,000 agreements']);
    expect(importHeadline(table({ rowCount: 1 }))).toBe('Imported 1 agreement');
    expect(importHeadline(table({}))).toBe('Imported 74 agreements');
  });

  it('lists skipped lines, one or many, with long text clipped', () => {
    const title = 'AITU agreements with the International Partners, as kept by the office since 2019';
    expect(importDetails(table({ skipped: [{ line: 3, text: '', reason: 'blank' }] }))).toEqual([
      'Skipped 1 line that is not agreements: line 3 (blank).',
    ]);
    expect(importDetails(table({ skipped: [{ line: 1, text: title, reason: 'text' }, { line: 3, text: '', reason: 'blank' }] }))).toEqual([
      `Skipped 2 lines that are not agreements: line 1 "${title.slice(0, 59)}…", line 3 (blank).`,
    ]);
  });

  it('names the first 20 rows of another length and counts the rest', () => {
    const ragged = Array.from({ length: 22 }, (_, i) => ({ line: i + 2, fields: 3, expected: 10 }));
    const details = importDetails(table({ ragged }));
    expect(details).toHaveLength(21);
    expect(details[0]).toBe('Line 2 has 3 fields where the header has 10; kept as it is.');
    expect(details[20]).toBe('…and 2 more rows of a different length.');
  });
});
