import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { joinColumn, pageKeys, type KeyedPage } from '../../../src/lib/domain/column-keys';
import { joinSearch, pageSearch, SearchIndex } from '../../../src/lib/domain/search';

const cell = fc.constantFrom('', 'Ankara', 'Türkiye', 'İstanbul', 'KU Leuven', '"EDUCA" LLP', '1501+');
const table = fc.array(fc.array(cell, { maxLength: 5 }), { maxLength: 40 });
const rowsOf = (cells: string[][], from = 1) => cells.map((c, i) => ({ id: from + i, cells: c }));

describe('column keys', () => {
  it('give back every cell\'s text, across pages, ragged rows and pages without keys', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(table, fc.boolean()), { maxLength: 5 }), fc.integer({ min: 0, max: 6 }), (tables, column) => {
        const pages = tables.map(([cells], p) => rowsOf(cells, p * 100));
        const keyed: KeyedPage[] = pages.map((rows, p) => ({ rows: rows.length, keys: tables[p][1] ? pageKeys(rows) : undefined }));
        const { texts, codes } = joinColumn(keyed, column);
        expect(new Set(texts).size).toBe(texts.length);
        pages.flat().forEach((row, i) => {
          if (codes[i] >= 0) expect(texts[codes[i]]).toBe(row.cells[column] ?? '');
          else expect(keyed.some((page) => !page.keys || !(page.keys.counts[column] >= 0))).toBe(true);
        });
      }),
      { numRuns: 500 },
    );
  });

  it('leave out a column whose texts are mostly distinct', () => {
    const rows = rowsOf(Array.from({ length: 100 }, (_, i) => [String(i + 1), i % 3 ? 'Türkiye' : 'Belgium']));
    const keys = pageKeys(rows);
    expect([...keys.counts]).toEqual([-1, 2]);
    expect(keys.text).toBe('BelgiumTürkiye');
    expect(joinColumn([{ rows: 100, keys }], 0).codes.every((code) => code === -1)).toBe(true);
    expect(joinColumn([{ rows: 100, keys }], 1).texts).toEqual(['Belgium', 'Türkiye']);
  });

  it('are asked of the search index, which knows no number for a row edited or added since', () => {
    const rows = rowsOf([['a', 'x'], ['b', 'y'], ['a', 'z']]);
    const index = new SearchIndex();
    expect(index.dictionary(0)).toBeNull();
    index.attach(joinSearch([rows.slice(0, 2), rows.slice(2)], [pageSearch(rows.slice(0, 2)), pageSearch(rows.slice(2))])!, rows);
    const dictionary = index.dictionary(0)!;
    expect(dictionary.texts).toEqual(['a', 'b']);
    expect(rows.map(dictionary.codeOf)).toEqual([0, 1, 0]);
    expect(dictionary.codeOf({ id: 2, cells: ['a', 'y'] })).toBe(-1);
    expect(dictionary.codeOf({ id: 9, cells: ['a'] })).toBe(-1);
  });
});
