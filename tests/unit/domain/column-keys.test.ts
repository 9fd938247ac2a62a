import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isPageKeys, joinColumn, pageKeys, shareTexts, type KeyedPage } from '../../../src/lib/domain/column-keys';
import { joinSearch, pageSearch, SearchIndex } from '../../../src/lib/domain/search';
import { sortOrder } from '../../../src/lib/domain/column-kinds';
import { compareByNumber, compareText, sortInPlace } from '../../../src/lib/domain/sort';

// Few texts, so that columns repeat and get keys, and random ones, so that some get none.
const cell = fc.oneof(fc.constantFrom('', 'Ankara', 'Türkiye', 'İstanbul', 'KU Leuven', '"EDUCA" LLP', '1501+', '10', '9', '02', '2'), fc.string({ maxLength: 3 }));
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
        const pageOf = keyed.flatMap((page) => Array.from({ length: page.rows }, () => page));
        pages.flat().forEach((row, i) => {
          if (codes[i] >= 0) expect(texts[codes[i]]).toBe(row.cells[column] ?? '');
          // Unknown only where the row's own page has no keys for this column.
          else expect(pageOf[i].keys?.counts[column] ?? -1).toBe(-1);
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

  it.each([
    [200, 100, 100],
    [200, 101, -1],
    // Past 65,535 rows a page's numbers still fit 16 bits: at most 65,535 distinct texts.
    [140_000, 65_535, 65_535],
    [140_000, 65_536, -1],
  ])('of %i rows keep %i distinct texts as %i', (rows, distinct, count) => {
    const page = rowsOf(Array.from({ length: rows }, (_, i) => [String(i % distinct)]));
    const keys = pageKeys(page);
    expect(keys.counts[0]).toBe(count);
    if (count > 0) {
      const { texts, codes } = joinColumn([{ rows, keys }], 0);
      expect(texts[codes[rows - 1]]).toBe(String((rows - 1) % distinct));
    }
  });

  it('are not used where stored ones do not fit their page, which then sorts by its cells', () => {
    const rows = rowsOf([['a'], ['b'], ['a']]);
    const good = pageKeys(rows);
    expect(isPageKeys(good, 3)).toBe(true);
    const bad = [
      undefined,
      {},
      { ...good, codes: Array.from(good.codes) },
      { ...good, counts: new Int32Array([-2]) },
      { ...good, ends: new Uint32Array([1]) },
      { ...good, ends: new Uint32Array([2, 1]) },
      { ...good, text: 'ab?' },
    ];
    for (const keys of bad) {
      expect(isPageKeys(keys, 3)).toBe(false);
      expect([...joinColumn([{ rows: 3, keys: keys as never }], 0).codes]).toEqual([-1, -1, -1]);
    }
    expect(isPageKeys(good, 4)).toBe(false);
    // A row's number past its column's texts is not known either.
    const pastEnd = { ...good, codes: new Uint16Array([0, 1, 7]) };
    expect([...joinColumn([{ rows: 3, keys: pastEnd }], 0).codes]).toEqual([0, 1, -1]);
  });

  it('let equal cells share a string without changing any cell, ragged rows and damaged keys included', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(table, fc.constantFrom('keys', 'none', 'damaged')), { maxLength: 4 }), (tables) => {
        const pages = tables.map(([cells], p) => rowsOf(cells, p * 100));
        const keyed: KeyedPage[] = pages.map((rows, p) => {
          const keys = tables[p][1] === 'none' ? undefined : pageKeys(rows);
          // Numbers pointing at other texts of the column: such cells must be left as they are.
          if (keys && tables[p][1] === 'damaged') keys.codes.reverse();
          return { rows: rows.length, keys };
        });
        const rows = pages.flat();
        const before = structuredClone(rows);
        shareTexts(rows, keyed);
        expect(rows).toEqual(before);
      }),
      { numRuns: 500 },
    );
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
    // A column no page has keys for is read row by row.
    expect(index.dictionary(5)).toBeNull();
  });

  it('sort a column of numbers by value, with keys where it repeats and without where every number differs', () => {
    // "No" counts up (every text differs: no keys); a second counter repeats (keys).
    const cells = Array.from({ length: 300 }, (_, i) => [i % 50 === 7 ? '' : String(300 - i), String(i % 12)]);
    const rows = rowsOf(cells);
    const pages = [rows.slice(0, 150), rows.slice(150)];
    const index = new SearchIndex();
    expect(index.attach(joinSearch(pages, pages.map((page) => pageSearch(page)))!, rows)).toBe(true);
    expect(index.dictionary(0)).toBeNull();
    expect(index.dictionary(1)?.texts.length).toBe(12);
    for (const column of [0, 1]) {
      const text = (row: { cells: readonly string[] }) => row.cells[column];
      const keyed = rows.slice();
      sortInPlace(keyed, [{ text, compare: sortOrder('number', 'M/d/yyyy'), descending: false, dictionary: index.dictionary(column) }]);
      const expected = cells.map((c) => c[column]).sort((a, b) => (a === '' ? 1 : b === '' ? -1 : Number(a) - Number(b)));
      expect(keyed.map(text)).toEqual(expected);
    }
  });

  it('sort rows as their cells would, after edits, additions and deletions, with pages missing keys', () => {
    const change = fc.oneof(
      fc.record({ kind: fc.constant('edit' as const), at: fc.nat(), column: fc.nat(4), text: cell }),
      fc.record({ kind: fc.constant('add' as const), cells: fc.array(cell, { maxLength: 5 }) }),
      fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }),
    );
    fc.assert(
      fc.property(
        fc.array(fc.tuple(table, fc.boolean()), { maxLength: 4 }),
        fc.array(change, { maxLength: 8 }),
        fc.integer({ min: 0, max: 5 }),
        fc.boolean(),
        (tables, changes, column, descending) => {
          let id = 0;
          const pages = tables.map(([cells]) => cells.map((c) => ({ id: ++id, cells: c })));
          const indexed = pages.flat();
          const search = joinSearch(pages, pages.map((rows, p) => pageSearch(rows, { keys: tables[p][1] })))!;
          const index = new SearchIndex();
          expect(index.attach(search, indexed)).toBe(true);
          // Rows are immutable: an edit makes a new row with the same id.
          const shown = indexed.slice();
          for (const c of changes) {
            if (c.kind === 'add') shown.push({ id: ++id, cells: c.cells });
            else if (shown.length === 0) continue;
            else if (c.kind === 'delete') shown.splice(c.at % shown.length, 1);
            else {
              const at = c.at % shown.length;
              const cells = shown[at].cells.slice();
              cells[c.column] = c.text;
              shown[at] = { id: shown[at].id, cells: Array.from(cells, (t) => t ?? '') };
            }
          }
          const text = (row: { cells: readonly string[] }) => row.cells[column] ?? '';
          for (const compare of [compareText, compareByNumber((t) => t.length), sortOrder('number', 'M/d/yyyy')]) {
            const plain = shown.slice();
            sortInPlace(plain, [{ text, compare, descending }]);
            const keyed = shown.slice();
            sortInPlace(keyed, [{ text, compare, descending, dictionary: index.dictionary(column) }]);
            expect(keyed).toEqual(plain);
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});
