import { describe, expect, it } from 'vitest';
import { columnsToSearch, countMatches, matcher, replaceEdits } from '../../../src/lib/domain/find-replace';
import type { Row } from '../../../src/lib/domain/row';

const rows: Row[] = [
  { id: 1, cells: ['USA', 'Boston University, USA'] },
  { id: 2, cells: ['usa', 'Ohio'] },
  { id: 3, cells: ['Kazakhstan', 'Мой университет'] },
];

describe('matcher', () => {
  it.each([
    ['part, any case', { find: 'usa', matchCase: false, wholeCell: false }, 'Boston University, USA', true],
    ['part, matching case', { find: 'usa', matchCase: true, wholeCell: false }, 'Boston University, USA', false],
    ['whole cell', { find: 'USA', matchCase: true, wholeCell: true }, 'USA ', false],
    ['whole cell, any case', { find: 'usa', matchCase: false, wholeCell: true }, 'USA', true],
    ['Cyrillic, any case', { find: 'МОЙ', matchCase: false, wholeCell: false }, 'Мой университет', true],
    ['й is not и', { find: 'мои', matchCase: false, wholeCell: false }, 'Мой университет', false],
    ['pattern characters as text', { find: 'a.b(c)', matchCase: true, wholeCell: true }, 'a.b(c)', true],
    ['a dot is not any character', { find: 'a.b', matchCase: false, wholeCell: false }, 'axb', false],
  ])('%s', (_name, options, cell, expected) => {
    expect(matcher(options)?.test(cell)).toBe(expected);
  });

  it('finds nothing for an empty search', () => {
    expect(matcher({ find: '', matchCase: false, wholeCell: false })).toBeNull();
  });

  it('replaces every occurrence in a cell, and takes $ in the replacement as typed', () => {
    const m = matcher({ find: 'a', matchCase: false, wholeCell: false })!;
    expect(m.replace('Aha', '$&$1')).toBe('$&$1h$&$1');
  });
});

describe('countMatches and replaceEdits', () => {
  const m = matcher({ find: 'USA', matchCase: false, wholeCell: true })!;

  it('counts matching cells in one column or all', () => {
    expect(countMatches(rows, [0], m)).toBe(2);
    expect(countMatches(rows, columnsToSearch(null, 2), matcher({ find: 'usa', matchCase: false, wholeCell: false })!)).toBe(3);
  });

  it('makes one edit per matching cell, with the text before', () => {
    expect(replaceEdits(rows, [0], m, 'United States')).toEqual([
      { id: 1, column: 0, before: 'USA', after: 'United States' },
      { id: 2, column: 0, before: 'usa', after: 'United States' },
    ]);
  });

  it('replaces part of a cell', () => {
    const part = matcher({ find: 'USA', matchCase: true, wholeCell: false })!;
    expect(replaceEdits(rows, [1], part, 'United States')).toEqual([
      { id: 1, column: 1, before: 'Boston University, USA', after: 'Boston University, United States' },
    ]);
  });

  it('answers for one column of 100,000 rows quickly (timing printed, not asserted)', () => {
    const big: Row[] = Array.from({ length: 100_000 }, (_, i) => ({ id: i, cells: [String(i), i % 3 === 0 ? 'USA' : 'Germany'] }));
    const start = performance.now();
    const whole = matcher({ find: 'usa', matchCase: false, wholeCell: true })!;
    const count = countMatches(big, [1], whole);
    const edits = replaceEdits(big, [1], whole, 'United States');
    console.log(`find and replace, 100,000 rows, one column: ${(performance.now() - start).toFixed(1)} ms`);
    expect(count).toBe(33_334);
    expect(edits).toHaveLength(33_334);
  });
});
