import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Dialect, TextEncodingName } from '../../../src/lib/domain/dialect';
import { datasetFromTable } from '../../../src/lib/domain/dataset';
import { encodeDataset } from '../../../src/lib/domain/file-encode';
import { importBytes } from '../../../src/lib/domain/import-file';
import { encodeCounting, encodePieces, encodeTable, encodeText, neutraliseFormula } from '../../../src/lib/domain/tsv-encode';
import { reasonOf } from '../support/worded';

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../../fixtures/${name}`, import.meta.url)));
const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
const raw: Dialect = { encoding: 'utf-8', bom: false, lineEnding: '\n', quoting: 'raw', finalNewline: false };
const excel: Dialect = { ...raw, quoting: 'excel' };

describe('neutraliseFormula', () => {
  const cases: Array<[string, string]> = [
    ['=SUM(A1:A3)', "'=SUM(A1:A3)"],
    ['+7 727 123', "'+7 727 123"],
    ['@rector', "'@rector"],
    ['\tindented', "'\tindented"],
    ['\rreturn', "'\rreturn"],
    ['-', '-'],
    ['-5', '-5'],
    ['1001-1200', '1001-1200'],
    ['', ''],
    ['KU Leuven', 'KU Leuven'],
    ["'=already", "'=already"],
    [' =spaced', ' =spaced'],
    // Excel unquotes these in a raw export and would run what follows.
    ['"=1+1"', `'"=1+1"`],
    ['""@x', `'""@x`],
    ['"EDUCA" LLP', '"EDUCA" LLP'],
  ];
  it.each(cases)('writes %j as %j', (cell, expected) => {
    expect(neutraliseFormula(cell)).toBe(expected);
  });
});

describe('encodeTable quoting', () => {
  const cases: Array<[string, Dialect, string[], string, number]> = [
    ['excel leaves plain cells alone', excel, ['a', 'b c', ''], 'a\tb c\t', 0],
    ['excel quotes a cell with quotes, doubling them', excel, ['"EDUCA" LLP', 'x'], '"""EDUCA"" LLP"\tx', 0],
    ['excel quotes tabs and line breaks', excel, ['a\tb', 'c\nd', 'e\r\nf'], '"a\tb"\t"c\nd"\t"e\r\nf"', 0],
    ['raw keeps quotes literal', raw, ['"EDUCA" LLP', 'The "Centre"'], '"EDUCA" LLP\tThe "Centre"', 0],
    ['raw quotes what it cannot hold and counts it', raw, ['a\tb', 'c\nd', 'x'], '"a\tb"\t"c\nd"\tx', 2],
  ];
  it.each(cases)('%s', (_name, dialect, cells, line, quotedInRaw) => {
    const result = encodeTable(['h1', 'h2'], [cells], dialect);
    expect(text(result.bytes)).toBe(`h1\th2\n${line}`);
    expect(result.quotedInRaw).toBe(quotedInRaw);
  });

  it('neutralises formulas in header and cells before quoting, and counts them', () => {
    const result = encodeTable(['=No', 'b'], [['+1', '\tx'], ['-', '@"a"']], excel);
    expect(text(result.bytes)).toBe(`'=No\tb\n'+1\t"'\tx"\n-\t"'@""a"""`);
    expect(result.neutralised).toBe(4);
  });

  it('writes each row with its own number of fields, never padding', () => {
    const result = encodeTable(['a', 'b', 'c'], [['1', '2'], ['1', '2', '3', '4'], ['', '']], { ...raw, lineEnding: '\r\n', finalNewline: true });
    expect(text(result.bytes)).toBe('a\tb\tc\r\n1\t2\r\n1\t2\t3\t4\r\n\t\r\n');
  });
});

describe('encodeText', () => {
  const cases: Array<[TextEncodingName, boolean, number[]]> = [
    ['utf-8', false, [0x41, 0xc4, 0xb0]],
    ['utf-8', true, [0xef, 0xbb, 0xbf, 0x41, 0xc4, 0xb0]],
    ['utf-16le', true, [0xff, 0xfe, 0x41, 0x00, 0x30, 0x01]],
    ['utf-16le', false, [0x41, 0x00, 0x30, 0x01]],
    ['utf-16be', true, [0xfe, 0xff, 0x00, 0x41, 0x01, 0x30]],
    ['windows-1254', true, [0x41, 0xdd]],
    ['windows-1252', false, [0x41, 0x3f]],
  ];
  it.each(cases)('writes "Aİ" as %s with bom=%s', (encoding, bom, bytes) => {
    expect([...encodeText('Aİ', encoding, bom)]).toEqual(bytes);
  });

  it('writes surrogate pairs as two UTF-16 code units', () => {
    expect([...encodeText('😀', 'utf-16le', false)]).toEqual([0x3d, 0xd8, 0x00, 0xde]);
  });

  it('counts characters Windows-1252 cannot hold, one per emoji', () => {
    const result = encodeTable(['a', 'b'], [['€漢', '😀']], { ...raw, encoding: 'windows-1252' });
    expect([...result.bytes]).toEqual([0x61, 0x09, 0x62, 0x0a, 0x80, 0x3f, 0x09, 0x3f]);
    expect(result.unencodable).toBe(2);
  });
});

describe('export of an untouched import reproduces the file', () => {
  const identical = [
    'sample-excel-bom-crlf.tsv', 'sample-utf16le.tsv', 'sample-utf16be.tsv', 'sample-reordered-extra.tsv',
    'sample-ragged.tsv', 'sample-cr.tsv', 'windows-1254.tsv',
  ];
  it.each(identical)('writes %s back byte for byte', (name) => {
    const bytes = fixture(name);
    const result = importBytes(bytes);
    if (!result.ok) throw new Error(reasonOf(result.error));
    const { header, rows, dialect } = result.table;
    expect(encodeTable(header, rows, dialect)).toEqual({ bytes, neutralised: 0, quotedInRaw: 0, unencodable: 0 });
  });

  it('writes the sample back byte for byte, title, blank lines and legend included', () => {
    const bytes = fixture('partner-agreements.tsv');
    const result = importBytes(bytes);
    if (!result.ok) throw new Error(reasonOf(result.error));
    const { meta, rows } = datasetFromTable(result.table, 'sample.tsv', new Date());
    expect(encodeDataset(meta, [rows]).bytes).toEqual(bytes);
  });
});

describe('encoding a file in pieces', () => {
  it('gives the bytes of the whole text, in every encoding, across many pieces and characters outside the BMP', () => {
    const pieces = Array.from({ length: 9_001 }, (_, i) => (i % 2 ? '\r\n' : `${i}\tАлматы\tİstanbul 🎓\t€`));
    for (const encoding of ['utf-8', 'utf-16le', 'utf-16be', 'windows-1252'] as TextEncodingName[])
      for (const bom of [false, true]) {
        const inPieces = encodePieces(pieces, encoding, bom);
        const whole = encodeCounting(pieces.join(''), encoding, bom);
        expect(inPieces.unencodable).toBe(whole.unencodable);
        expect(Buffer.from(inPieces.bytes).equals(Buffer.from(whole.bytes))).toBe(true);
      }
    expect(encodePieces([], 'utf-8', true).bytes).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
  });
});
