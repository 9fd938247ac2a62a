import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareByNumber, compareText, mapDictionary, sortInPlace, type SortSpec } from '../../../src/lib/domain/sort';

type Item = [string, string, number];
const first = (item: Item) => item[0];
const second = (item: Item) => item[1];

/** What the grid did before: a stable pairwise sort with the same comparisons. */
function pairwise(items: Item[], specs: SortSpec<Item>[]): Item[] {
  return items.slice().sort((a, b) => {
    for (const { text, compare, descending } of specs) {
      const d = compare(text(a), text(b));
      if (d !== 0) return descending ? -d : d;
    }
    return 0;
  });
}

describe('sortInPlace', () => {
  it('sorts as a stable pairwise sort would, by one column or several, either way', () => {
    const text = fc.constantFrom('', 'a', 'B', 'b', 'Zürich', '10', '9', '1001-1200', 'x');
    fc.assert(
      fc.property(fc.array(fc.tuple(text, text), { maxLength: 60 }), fc.boolean(), fc.boolean(), (pairs, d1, d2) => {
        const items: Item[] = pairs.map(([a, b], i) => [a, b, i]);
        const numeric = compareByNumber((t) => (/\d+/.test(t) ? Number(/\d+/.exec(t)![0]) : Infinity));
        for (const specs of [
          [{ text: first, compare: compareText, descending: d1 }],
          [{ text: first, compare: numeric, descending: d1 }],
          [
            { text: first, compare: compareText, descending: d1 },
            { text: second, compare: numeric, descending: d2 },
          ],
        ]) {
          const sorted = items.slice();
          sortInPlace(sorted, specs);
          expect(sorted).toEqual(pairwise(items, specs));
        }
      }),
      { numRuns: 500 },
    );
  });

  it('sorts the same with a dictionary, whichever items it knows a number for', () => {
    const text = fc.constantFrom('', 'a', 'B', 'b', 'Zürich', '10', '9', 'x');
    fc.assert(
      fc.property(fc.array(text, { maxLength: 60 }), fc.array(fc.boolean(), { maxLength: 60 }), fc.boolean(), (texts, known, descending) => {
        const items: Item[] = texts.map((t, i) => [t, '', i]);
        // Its texts in some other order, with one no item has.
        const dictionary: string[] = [...new Set(texts)].reverse();
        dictionary.push('unused');
        const codeOf = (item: Item) => (known[item[2]] ? dictionary.indexOf(item[0]) : -1);
        for (const compare of [compareText, compareByNumber((t) => t.length)]) {
          const spec = { text: first, compare, descending };
          const sorted = items.slice();
          sortInPlace(sorted, [{ ...spec, dictionary: { texts: dictionary, codeOf } }]);
          expect(sorted).toEqual(pairwise(items, [spec]));
        }
      }),
      { numRuns: 500 },
    );
  });

  it('sorts by what a dictionary\'s texts stand for as it would by reading each item\'s', () => {
    const text = fc.constantFrom('1/2/2020', '3/4/2031', 'Permanent', '', 'soon');
    const standsFor = (t: string) => (t === '' ? 'Unknown' : /\d/.test(t) ? `Dated ${t.length % 3}` : 'Other');
    fc.assert(
      fc.property(fc.array(text, { maxLength: 40 }), fc.array(fc.boolean(), { maxLength: 40 }), fc.boolean(), (texts, known, descending) => {
        const items: Item[] = texts.map((t, i) => [t, '', i]);
        const dates: string[] = [...new Set(texts)];
        const codeOf = (item: Item) => (known[item[2]] ? dates.indexOf(item[0]) : -1);
        const spec = { text: (item: Item) => standsFor(item[0]), compare: compareText, descending };
        const sorted = items.slice();
        sortInPlace(sorted, [{ ...spec, dictionary: mapDictionary({ texts: dates, codeOf }, standsFor) }]);
        expect(sorted).toEqual(pairwise(items, [spec]));
      }),
      { numRuns: 300 },
    );
  });

  it('keeps rows whose texts compare equal in their order', () => {
    const items: Item[] = [['2', '', 0], ['02', '', 1], ['1', '', 2], ['2', '', 3]];
    sortInPlace(items, [{ text: first, compare: (a, b) => Number(a) - Number(b), descending: true }]);
    expect(items.map((i) => i[2])).toEqual([0, 1, 3, 2]);
  });

  it('sorts by number as a pairwise sort would, numbers read once, unreadable and blank texts last', () => {
    const text = fc.oneof(
      fc.constantFrom('', ' ', '0', '-0', '02', '2', '10', '1.5', '-3', 'AITU', 'n/a', 'Infinity', 'NaN'),
      fc.integer({ min: -50, max: 50 }).map(String),
      fc.string({ maxLength: 2 }),
    );
    // Readers that give Infinity, NaN and -Infinity too: all but -Infinity count as unreadable.
    const readers = [Number, (t: string) => (t === 'n/a' ? NaN : t === 'AITU' ? -Infinity : Number(t))];
    fc.assert(
      fc.property(fc.array(text, { maxLength: 60 }), fc.boolean(), (texts, descending) => {
        const items: Item[] = texts.map((t, i) => [t, '', i]);
        for (const read of readers) {
          const spec = { text: first, compare: compareByNumber(read), descending };
          const sorted = items.slice();
          sortInPlace(sorted, [spec]);
          expect(sorted).toEqual(pairwise(items, [{ ...spec, compare: compareByNumber(read) }]));
        }
      }),
      { numRuns: 500 },
    );
  });

  it('puts a column of numbers in number order with blanks after every text', () => {
    const items: Item[] = ['10', '', '2', ' ', '1', 'AITU agreements', '100', '9'].map((t, i) => [t, '', i]);
    sortInPlace(items, [{ text: first, compare: compareByNumber(Number), descending: false }]);
    expect(items.map(first)).toEqual(['1', '2', '9', '10', '100', 'AITU agreements', '', ' ']);
  });

  it('puts numbers in number order and texts without one last', () => {
    const items: Item[] = ['1501+', '', '352 US College Rankings 2022', '1001-1200', '45'].map((t, i) => [t, '', i]);
    sortInPlace(items, [{ text: first, compare: compareByNumber((t) => Number(/\d+/.exec(t)?.[0] ?? Infinity)), descending: false }]);
    expect(items.map(first)).toEqual(['45', '352 US College Rankings 2022', '1001-1200', '1501+', '']);
  });
});
