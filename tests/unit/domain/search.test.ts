import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { pageKeys } from '../../../src/lib/domain/column-keys';
import { fold, joinSearch, pageSearch, queryWords, SearchIndex, searchText } from '../../../src/lib/domain/search';

describe('search', () => {
  const index = new SearchIndex();
  const row = { id: 1, cells: ['25', 'İstanbul Nişantaşı University', 'Istanbul', 'Türkiye'] };

  it.each([
    ['turkiye', true],
    ['TÜRKIYE', true],
    ['istanbul nisantasi', true],
    ['nişantaşı türkiye', true],
    ['university ankara', false],
    ['25', true],
    ['', true],
  ])('finds %j: %s', (query, found) => {
    expect(index.matches(row, queryWords(query))).toBe(found);
  });

  it.each([
    ['Мой', 'Мои'],
    ['ЙОД', 'иод'],
    ['Әл-Фараби', 'Ал-Фараби'],
    ['ғылым', 'гылым'],
    ['қала', 'кала'],
    ['аң', 'ан'],
    ['өнер', 'онер'],
    ['ұлт', 'улт'],
    ['үй', 'уй'],
    ['һ', 'х'],
    ['білім', 'билим'],
  ])('keeps the Cyrillic letters of %j apart from %j', (a, b) => {
    expect(fold(a)).not.toBe(fold(b));
  });

  it.each([
    ['Ёлка', 'елка'],
    ['МОЙ', 'мой'],
    ['ҚАЗАҚСТАН', 'қазақстан'],
    ['Әл-Фараби', 'әл-фараби'],
  ])('folds %j and %j together (ё as е, and case)', (a, b) => {
    expect(fold(a)).toBe(fold(b));
  });

  it('folds a search text again when it was stored by an older fold, where й was и', () => {
    const rows = [{ id: 1, cells: ['Мой университет'] }];
    const { fold: _version, ...older } = pageSearch(rows);
    expect(joinSearch([rows], [older])).toBeNull();
    expect(joinSearch([rows], [older], { foldMissing: 1 })!.text).toBe('мой университет');
  });

  it('does not match a word across two cells', () => {
    expect(index.matches({ id: 2, cells: ['Ist', 'anbul'] }, queryWords('istanbul'))).toBe(false);
  });

  it('searches the extra text (the status) too', () => {
    expect(index.matches(row, queryWords('renewal'), fold('Renewal due'))).toBe(true);
  });

  it('answers from the worker-made search text as it would row by row, and folds rows changed since', () => {
    const cell = fc.constantFrom('', 'Ankara', 'İstanbul', 'Türkiye', 'Leuven', 'KU Leuven', 'a', 'an', 'bul');
    fc.assert(
      fc.property(fc.array(fc.array(cell, { maxLength: 4 }), { maxLength: 30 }), fc.constantFrom('an', 'istanbul', 'leuven ku', 'bul a', 'x', 'türkiye'), (table, query) => {
        const rows = table.map((cells, i) => ({ id: i + 1, cells }));
        const indexed = new SearchIndex();
        expect(indexed.attach(searchText(rows), rows)).toBe(true);
        // One row edited after the text was made: a new object with the same id.
        const shown = rows.map((r, i) => (i === 0 ? { id: r.id, cells: ['Istanbul'] } : r));
        const words = queryWords(query);
        const plain = new SearchIndex();
        expect(shown.map((r) => indexed.matches(r, words))).toEqual(shown.map((r) => plain.matches(r, words)));
      }),
      { numRuns: 300 },
    );
  });

  it('counts the rows holding every word as matching them one by one does, or says it cannot', () => {
    const cell = fc.constantFrom('', 'Ankara', 'İstanbul', 'Türkiye', 'Leuven', 'KU Leuven', 'a', 'an', 'bul', 'Expired');
    fc.assert(
      fc.property(fc.array(fc.array(cell, { maxLength: 4 }), { maxLength: 30 }), fc.constantFrom('an', 'istanbul', 'leuven ku', 'bul a', 'x', 'türkiye', 'due'), (table, query) => {
        const rows = table.map((cells, i) => ({ id: i + 1, cells }));
        const indexed = new SearchIndex();
        indexed.attach(searchText(rows), rows);
        const words = queryWords(query);
        const oneByOne = rows.filter((r) => indexed.matches(r, words)).length;
        expect(indexed.countMatching(rows, words)).toBe(oneByOne);
        // Other rows than the indexed ones (an edit since): it cannot tell.
        expect(indexed.countMatching(rows.slice(), words)).toBeNull();
      }),
      { numRuns: 300 },
    );
  });

  it('makes one text of every row\'s folded text, and knows where each row starts', () => {
    const letters = ['a', 'Z', 'İ', 'ı', 'Ş', 'ü', 'u\u0308', 'Σ', 'ΟΔΟΣ ', 'ß', 'Ø', 'ł', '한', '😀', '\t', ' ', 'É', 'ﬁ'];
    const text = fc.array(fc.constantFrom(...letters), { maxLength: 8 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(fc.array(fc.array(text, { maxLength: 4 }), { maxLength: 20 }), (table) => {
        const rows = table.map((cells, i) => ({ id: i + 1, cells }));
        const made = searchText(rows);
        expect(made.text).toBe(rows.map((r) => fold(r.cells.join('\u0001'))).join('\u0002'));
        rows.forEach((r, i) => expect(made.text.slice(made.starts[i], made.starts[i + 1] - 1)).toBe(fold(r.cells.join('\u0001'))));
      }),
      { numRuns: 1000 },
    );
  });

  it('joins pages\' search texts into the one their rows make together, and refuses a page without one', () => {
    const rows = Array.from({ length: 7 }, (_, i) => ({ id: i + 10, cells: [`Row ${i}`, i % 2 ? 'Türkiye' : 'İstanbul'] }));
    const pages = [rows.slice(0, 3), [], rows.slice(3, 6), rows.slice(6)];
    const joined = joinSearch(pages, pages.map((page) => (page.length ? pageSearch(page) : undefined)));
    const { pages: keyed, ...whole } = searchText(rows);
    expect(joined).toEqual({ ...whole, pages: [pages[0], pages[2], pages[3]].map((page) => ({ rows: page.length, keys: pageKeys(page) })) });
    expect(keyed).toEqual([{ rows: 7, keys: pageKeys(rows) }]);
    expect(joinSearch(pages, [pageSearch(pages[0]), undefined, undefined, pageSearch(pages[3])])).toBeNull();
    expect(joinSearch([rows], [pageSearch(rows.slice(1))])).toBeNull();
  });

  it.each([
    ['small ones', [3, 1, 2, 9]],
    ['far apart', [5, 1_000_000_000, 7, 8]],
    ['negative', [-3, 4, 0, 1]],
  ])('finds indexed rows by their ids, whatever they are: %s', (_, ids) => {
    const rows = ids.map((id, i) => ({ id, cells: [`row ${i}`, i % 2 ? 'Türkiye' : 'Belgium'] }));
    const index = new SearchIndex();
    expect(index.attach(searchText(rows), rows)).toBe(true);
    expect(rows.map((row) => index.matches(row, ['turkiye']))).toEqual([false, true, false, true]);
    expect(rows.map(index.dictionary(1)!.codeOf)).toEqual([0, 1, 0, 1]);
    // Not the row the text was made from, or an id it does not hold.
    expect(index.dictionary(1)!.codeOf({ id: ids[1], cells: ['x', 'Türkiye'] })).toBe(-1);
    expect(index.dictionary(1)!.codeOf({ id: 12345, cells: [] })).toBe(-1);
  });

  it('refuses a search text made from other rows, and is ready either way', async () => {
    const index = new SearchIndex();
    expect(index.isReady).toBe(false);
    const rows = [{ id: 1, cells: ['a'] }];
    expect(index.attach(searchText(rows), [{ id: 2, cells: ['a'] }])).toBe(false);
    await index.ready;
    expect(index.matches(rows[0], ['a'])).toBe(true);
  });
});
