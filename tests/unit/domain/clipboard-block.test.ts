import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodeBlock, parseBlock } from '../../../src/lib/domain/clipboard-block';

describe('parseBlock', () => {
  it.each([
    ['one cell', 'Paris', [['Paris']]],
    ['one cell with the line break Excel adds', 'Paris\r\n', [['Paris']]],
    ['a 2×2 block from Excel', 'Pasted A\tPasted B\r\nPasted C\tPasted D\r\n', [['Pasted A', 'Pasted B'], ['Pasted C', 'Pasted D']]],
    ['a block from Google Sheets (LF, no final break)', 'a\tb\nc\td', [['a', 'b'], ['c', 'd']]],
    ['an empty cell at the end of a row', 'a\t\r\nb\t\r\n', [['a', ''], ['b', '']]],
    ['Excel quoting around a line break and quotes', '"two\nlines"\t"say ""hi"""\r\n', [['two\nlines', 'say "hi"']]],
    ['a literal quote that Excel would have quoted', '"EDUCA" LLP\tKZ\n', [['"EDUCA" LLP', 'KZ']]],
    ['an unterminated quote, literally', '"open\tx', [['"open', 'x']]],
  ])('reads %s', (_name, text, block) => {
    expect(parseBlock(text)).toEqual(block);
  });

  it('reads nothing from empty text', () => {
    expect(parseBlock('')).toEqual([]);
  });
});

describe('encodeBlock', () => {
  it('writes rows as Excel does: tabs, CRLF after each row', () => {
    expect(encodeBlock([['a', 'b'], ['c', 'd']]).text).toBe('a\tb\r\nc\td\r\n');
  });

  it('writes one cell alone without a line break', () => {
    expect(encodeBlock([['Paris']]).text).toBe('Paris');
  });

  it('neutralises formulas exactly as an export does', () => {
    const { text, neutralised } = encodeBlock([['=HYPERLINK("x")', '+1', '-5', '@a']]);
    expect(text).toBe(`"'=HYPERLINK(""x"")"\t'+1\t-5\t'@a\r\n`);
    expect(neutralised).toBe(3);
  });

  it('quotes a cell holding a tab or line break so it stays one cell', () => {
    expect(encodeBlock([['a\tb', 'c\nd']]).text).toBe('"a\tb"\t"c\nd"\r\n');
  });

  it('reads back what it wrote, for any block without formulas', () => {
    const cell = fc.string({ unit: fc.constantFrom('a', 'b', ' ', '"', '\t', '\n', '\r', 'й', '-') }).filter((s) => !/^"*[=+@\t\r]/.test(s));
    const block = fc.integer({ min: 1, max: 4 }).chain((w) => fc.array(fc.array(cell, { minLength: w, maxLength: w }), { minLength: 1, maxLength: 4 }));
    fc.assert(
      fc.property(block, (b) => {
        // A lone CR inside a quoted cell is kept; one empty cell alone is the empty text.
        fc.pre(!(b.length === 1 && b[0].length === 1 && b[0][0] === ''));
        expect(parseBlock(encodeBlock(b).text)).toEqual(b);
      }),
    );
  });
});
