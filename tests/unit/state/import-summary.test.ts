import { describe, expect, it } from 'vitest';
import { NEW_DIALECT } from '../../../src/lib/domain/dialect';
import type { TableSummary } from '../../../src/lib/domain/import-result';
import { importDetails, importHeadline } from '../../../src/lib/state/import-words';
import { t } from '../../../src/lib/text/messages';

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
    expect([0, 1, 74, 100_000].map((count) => t('agreements', { count }))).toEqual(['0 agreements', '1 agreement', '74 agreements', '100,000 agreements']);
    expect(importHeadline(table({ rowCount: 1 }))).toBe('Imported 1 agreement');
    expect(importHeadline(table({}))).toBe('Imported 74 agreements');
  });

  it('lists the lines kept that are not agreements, one or many, with what each was taken for', () => {
    const title = 'AITU agreements with the International Partners, as kept by the office since 2019';
    expect(importDetails(table({ skipped: [{ line: 3, text: '', reason: 'blank' }] }))).toEqual([
      'Kept 1 line that is not agreements, to be exported where they stand: line 3 (blank).',
    ]);
    const skipped = [
      { line: 1, text: '# made by hand', reason: 'before-header' as const },
      { line: 3, text: title, reason: 'text' as const },
      { line: 5, text: '', reason: 'blank' as const },
      { line: 9, text: '# end', reason: 'comment' as const },
    ];
    expect(importDetails(table({ skipped }))).toEqual([
      `Kept 4 lines that are not agreements, to be exported where they stand: line 1 "# made by hand" (before the header), line 3 "${title.slice(0, 59)}…" (title or legend), line 5 (blank), line 9 "# end" (comment).`,
    ]);
  });

  it('says when short lines holding data were read as agreements, and when the file was CSV', () => {
    const details = importDetails(table({ shortRecords: 2, dialect: { ...NEW_DIALECT, delimiter: ';' } }));
    expect(details).toEqual([
      "2 lines have fewer fields than the header but hold data: read as agreements (Google Sheets leaves out a row's empty cells at the end).",
      'Read as CSV separated by ";"; Export CSV writes it back the same way.',
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
