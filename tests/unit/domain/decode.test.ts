import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../../../src/lib/domain/decode';
import { reasonOf, worded } from '../support/worded';

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../../fixtures/${name}`, import.meta.url)));
const bytes = (...values: number[]) => new Uint8Array(values);
const utf8 = (text: string) => new TextEncoder().encode(text);
const SAVE_AS = 'In Excel use Save As → Text (Tab delimited) or Unicode Text.';

function decoded(input: Uint8Array) {
  const result = decodeBytes(input);
  if (!result.ok) throw new Error(`refused: ${reasonOf(result.error)}`);
  return result;
}

describe('decodeBytes refuses what is not a text table', () => {
  const cases: Array<[string, Uint8Array, string]> = [
    ['an empty file', fixture('empty.tsv'), 'The file is empty.'],
    ['a UTF-8 BOM alone', fixture('bom-only.tsv'), 'The file holds only a byte-order mark and no text. It may have been saved empty.'],
    ['a UTF-16 BOM alone', bytes(0xff, 0xfe), 'The file holds only a byte-order mark and no text. It may have been saved empty.'],
    ['a PNG image', fixture('image.png'), 'This is a PNG image, not a table. Open the agreements spreadsheet and save it as text.'],
    ['a JPEG image', bytes(0xff, 0xd8, 0xff, 0xe0, 0, 0x10), 'This is a JPEG image, not a table. Open the agreements spreadsheet and save it as text.'],
    ['a GIF image', utf8('GIF89a\x01\x00'), 'This is a GIF image, not a table. Open the agreements spreadsheet and save it as text.'],
    ['a PDF', utf8('%PDF-1.7\n'), 'This is a PDF document, not a table. Open the original spreadsheet and save it as text.'],
    ['an .xlsx workbook', fixture('workbook.xlsx'), `This is an Excel workbook (.xlsx) or another zipped document, not a text table. ${SAVE_AS}`],
    ['an old .xls workbook', fixture('old-workbook.xls'), `This is an old Excel workbook (.xls), not a text table. ${SAVE_AS}`],
    ['bytes with NULs', bytes(0x41, 0x00, 0x00, 0x00, 0x42, 0x07, 0x00, 0x00, 0x01, 0x02), `This is a binary file, not a text table. ${SAVE_AS}`],
    ['JSON', fixture('data.json'), 'This is JSON, not a tab-separated table. Export the data as TSV instead.'],
    ['HTML', utf8('  <!DOCTYPE html><html><body><table></table></body></html>'), 'This is a web page (HTML), not a tab-separated table. Open it in Excel and use Save As → Text (Tab delimited).'],
    ['HTML without doctype', utf8('<HTML>\n<body>x</body>'), 'This is a web page (HTML), not a tab-separated table. Open it in Excel and use Save As → Text (Tab delimited).'],
    ['invalid UTF-8 after a UTF-8 BOM', bytes(0xef, 0xbb, 0xbf, 0x41, 0xff, 0x42), 'The file says it is UTF-8 text but holds bytes that are not valid UTF-8; it may be damaged. Save it again from Excel as Unicode Text.'],
    ['UTF-16 with an odd byte count', bytes(0xff, 0xfe, 0x41, 0x00, 0x42), 'The file says it is UTF-16 text but holds bytes that are not valid UTF-16; it may be damaged. Save it again from Excel as Unicode Text.'],
  ];
  it.each(cases)('refuses %s', (_name, input, message) => {
    expect(worded(decodeBytes(input))).toEqual({ ok: false, error: { message } });
  });

  it('names the line of a stray NUL in a text file', () => {
    expect(worded(decodeBytes(utf8('No\tPartner\r\n1\tA\r\n2\tB\0\n')))).toEqual({
      ok: false,
      error: {
        message: 'Line 3 holds a NUL character (a zero byte), which text never contains: the file is damaged or not a text table. Remove it, or save the file again from Excel as Text (Tab delimited).',
        line: 3,
      },
    });
  });

  const damagedUtf8 = (line: number) => ({
    ok: false,
    error: {
      message: `The file is UTF-8 text, but line ${line} holds bytes that are not valid UTF-8 (a broken character); it may be damaged. Save it again from Excel as Unicode Text.`,
      line,
    },
  });
  const join = (...parts: Uint8Array[]) => new Uint8Array(parts.flatMap((p) => [...p]));
  it('refuses a lone surrogate (ED A0 80) in UTF-8 text, naming its line', () => {
    expect(worded(decodeBytes(join(utf8('a\tb\n1\tx'), bytes(0xed, 0xa0, 0x80), utf8('\n'))))).toEqual(damagedUtf8(2));
  });

  it('refuses UTF-8 text with a cut-off character rather than reading it as Windows-1252', () => {
    expect(worded(decodeBytes(join(utf8('a\tTürkiye\nb\tİstanbul\r'), bytes(0xc3), utf8('\tx\n'))))).toEqual(damagedUtf8(3));
  });

  it('reads text that only starts with a brace but is not JSON', () => {
    expect(decoded(utf8('{draft}\tx\n1\t2')).text).toBe('{draft}\tx\n1\t2');
  });
});

describe('decodeBytes recognises the encodings Excel and other tools write', () => {
  const excelText = new TextDecoder().decode(fixture('sample-excel-bom-crlf.tsv').subarray(3));
  const le = fixture('sample-utf16le.tsv');
  const be = fixture('sample-utf16be.tsv');
  const cases: Array<[string, Uint8Array, string, boolean]> = [
    ['UTF-8 with BOM', fixture('sample-excel-bom-crlf.tsv'), 'utf-8', true],
    ['UTF-16 LE with BOM', le, 'utf-16le', true],
    ['UTF-16 BE with BOM', be, 'utf-16be', true],
    ['UTF-16 LE without BOM', le.subarray(2), 'utf-16le', false],
    ['UTF-16 BE without BOM', be.subarray(2), 'utf-16be', false],
  ];
  it.each(cases)('reads %s', (_name, input, encoding, bom) => {
    expect(decoded(input)).toEqual({ ok: true, text: excelText, encoding, bom });
  });

  it('reads UTF-8 without BOM and keeps Türkiye/İstanbul', () => {
    const result = decoded(fixture('partner-agreements.tsv'));
    expect([result.encoding, result.bom]).toEqual(['utf-8', false]);
    expect(result.text).toContain('İstanbul Nişantaşı University\tIstanbul\tTürkiye');
  });

  it('keeps a second U+FEFF after the BOM as text', () => {
    expect(decoded(bytes(0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf, 0x41)).text).toBe('\uFEFFA');
  });

  it('reads invalid UTF-8 with Turkish letters as Windows-1254', () => {
    const result = decoded(fixture('windows-1254.tsv'));
    expect(result.encoding).toBe('windows-1254');
    expect(result.text).toContain('1\tİstanbul Kültür University\tİstanbul\tTürkiye\n2\tKırıkkale University\tKırıkkale');
  });

  const singleByte: Array<[string, number[], string, string]> = [
    ['€ and é as Windows-1252', [0x80, 0x35, 0x09, 0x50, 0x6f, 0x6c, 0x69, 0x74, 0xe9, 0x63], 'windows-1252', '€5\tPolitéc'],
    ['Icelandic ð next to á as Windows-1252', [0x53, 0xe1, 0x66, 0x6e, 0xf0, 0x09, 0x78], 'windows-1252', 'Sáfnð\tx'],
    ['ı ş between letters as Windows-1254', [0x4b, 0xfd, 0x72, 0x09, 0x6b, 0xfe, 0x6b], 'windows-1254', 'Kır\tkşk'],
    ['a lone þ with no letter beside it as Windows-1252', [0x31, 0x20, 0xfe, 0x20, 0x32], 'windows-1252', '1 þ 2'],
  ];
  it.each(singleByte)('reads %s', (_name, input, encoding, text) => {
    expect(decoded(bytes(...input))).toEqual({ ok: true, text, encoding, bom: false });
  });
});
