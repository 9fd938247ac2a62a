import { describe, expect, it } from 'vitest';
import { fold, queryWords, SearchIndex } from '../../../src/lib/domain/search';

describe('search', () => {
  const index = new SearchIndex();
  const row = { cells: ['25', 'İstanbul Nişantaşı University', 'Istanbul', 'Türkiye'] };

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
    expect(index.matches({ cells: ['Ist', 'anbul'] }, queryWords('istanbul'))).toBe(false);
  });

  it('searches the extra text (the status) too', () => {
    expect(index.matches(row, queryWords('renewal'), fold('Renewal due'))).toBe(true);
  });

  it('indexes rows ahead of time in slices', () => {
    const rows = Array.from({ length: 1200 }, (_, i) => ({ cells: [String(i)] }));
    const fresh = new SearchIndex();
    let slices = 0;
    const next = fresh.warm(rows, 0, () => slices++ < 1);
    expect(next).toBe(500);
    expect(fresh.warm(rows, next, () => true)).toBe(1200);
  });
});
