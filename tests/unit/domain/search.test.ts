import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fold, queryWords, SearchIndex, searchText } from '../../../src/lib/domain/search';

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

  it('refuses a search text made from other rows, and is ready either way', async () => {
    const index = new SearchIndex();
    expect(index.isReady).toBe(false);
    const rows = [{ id: 1, cells: ['a'] }];
    expect(index.attach(searchText(rows), [{ id: 2, cells: ['a'] }])).toBe(false);
    await index.ready;
    expect(index.matches(rows[0], ['a'])).toBe(true);
  });
});
