import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rowFilter, statusWords } from '../../../src/lib/domain/row-filter';
import type { Row } from '../../../src/lib/domain/row';
import { fold, queryWords, SearchIndex, searchText } from '../../../src/lib/domain/search';
import { STATUS_LABEL, STATUSES, type StatusVerdict } from '../../../src/lib/domain/status';

// A row's status here is given by its first cell, a digit (so that its words are not in the cells).
const statusOf = (row: Row): StatusVerdict => ({ status: STATUSES[Number(row.cells[0])] ?? 'unknown' });

describe('row filter (status chip + Search box)', () => {
  it('lets every row through, and is no filter at all, when nothing is picked or typed', () => {
    expect(rowFilter({ status: null, words: [], statusOf, index: new SearchIndex() })).toBeNull();
  });

  it('finds a status by its word, and counts as many rows as it lets through, with or without the search text', () => {
    const cell = fc.constantFrom('', 'Ankara', 'İstanbul', 'Türkiye', 'Leuven', 'KU Leuven', 'a', 'bul');
    const row = fc.tuple(fc.nat(STATUSES.length - 1), fc.array(cell, { maxLength: 3 })).map(([status, cells]) => [String(status), ...cells]);
    const query = fc.constantFrom('', 'an', 'istanbul', 'leuven ku', 'expired', 'due ankara', 'x');
    fc.assert(
      fc.property(fc.array(row, { maxLength: 30 }), fc.option(fc.constantFrom(...STATUSES)), query, (table, status, typed) => {
        const rows = table.map((cells, i) => ({ id: i + 1, cells }));
        const index = new SearchIndex();
        index.attach(searchText(rows), rows);
        const words = queryWords(typed);
        const filter = rowFilter({ status, words, statusOf, index });
        expect(filter === null).toBe(status === null && words.length === 0);
        if (!filter) return;
        const passing = rows.filter((r) => filter.passes(r));
        // As a row-by-row check would: folding each row's cells, its status words included.
        const plain = new SearchIndex();
        const statusText = (r: Row) => fold(STATUS_LABEL[statusOf(r).status]);
        expect(passing).toEqual(rows.filter((r) => (!status || statusOf(r).status === status) && plain.matches(r, words, statusText(r))));
        if (words.includes('expired')) expect(passing.every((r) => statusOf(r).status === 'expired')).toBe(true);
        if (status) expect(passing.every((r) => statusOf(r).status === status)).toBe(true);
        expect(filter.count(rows)).toBe(passing.length);
        // Rows edited since the search text was made (a new array): counted row by row, alike.
        const edited = rows.map((r, i) => (i === 0 ? { id: r.id, cells: [...r.cells, 'Ankara'] } : r));
        expect(filter.count(edited)).toBe(edited.filter((r) => filter.passes(r)).length);
      }),
      { numRuns: 500 },
    );
  });

  it('finds a status by the shown language\'s word and by the English one, whatever the letters\' case and ё', () => {
    const russian = { active: 'Действует', 'renewal-due': 'Пора продлить', expired: 'Истёк', permanent: 'Бессрочное', unknown: 'Неизвестно' };
    const rows = STATUSES.map((_, i) => ({ id: i + 1, cells: [String(i), 'Ankara'] }));
    const index = new SearchIndex();
    index.attach(searchText(rows), rows);
    const found = (query: string) =>
      rows.filter((r) => rowFilter({ status: null, words: queryWords(query), statusOf, index, statusWords: statusWords(russian, STATUS_LABEL) })!.passes(r)).map((r) => statusOf(r).status);
    expect(found('истек')).toEqual(['expired']);
    expect(found('ИСТЁК ankara')).toEqual(['expired']);
    expect(found('expired')).toEqual(['expired']);
    expect(found('продлить')).toEqual(['renewal-due']);
    // A word never spans the two languages' words.
    expect(found('активный')).toEqual([]);
  });

  it('lets only the rows of a row set through (a bar clicked in the Overview), with the search and chip as well', () => {
    const rows = [['0', 'Ankara'], ['0', 'Leuven'], ['2', 'Ankara'], ['0', 'Ankara']].map((cells, i) => ({ id: i + 1, cells }));
    const index = new SearchIndex();
    index.attach(searchText(rows), rows);
    const only = rowFilter({ status: null, words: [], statusOf, index, rowSet: new Set([1, 2, 3]) })!;
    expect(rows.filter((r) => only.passes(r)).map((r) => r.id)).toEqual([1, 2, 3]);
    expect(only.count(rows)).toBe(3);
    const narrowed = rowFilter({ status: STATUSES[0], words: queryWords('ankara'), statusOf, index, rowSet: new Set([1, 2, 3]) })!;
    expect(rows.filter((r) => narrowed.passes(r)).map((r) => r.id)).toEqual([1]);
    expect(narrowed.count(rows)).toBe(1);
  });
});
