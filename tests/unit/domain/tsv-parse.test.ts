import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ParsedTable } from '../../../src/lib/domain/import-result';
import { parseTable } from '../../../src/lib/domain/tsv-parse';
import { reasonOf, worded } from '../support/worded';

const sampleText = readFileSync(new URL('../../fixtures/partner-agreements.tsv', import.meta.url), 'utf8');

function parsed(text: string): ParsedTable {
  const result = parseTable(text, 'utf-8', false);
  if (!result.ok) throw new Error(`refused: ${reasonOf(result.error)}`);
  return result.table;
}

describe('parseTable on the office sample', () => {
  const table = parsed(sampleText);

  it('finds the 10-column header and 74 agreements', () => {
    expect(table.headerLine).toBe(1);
    expect(table.header).toEqual([
      'No', 'Date of agreement', 'Partner University / Organisation', 'City', 'Country',
      'QS ranking', 'THE ranking', 'Valid until', 'Initiating actor', 'Registration number',
    ]);
    expect(table.rows).toHaveLength(74);
    expect(table.ragged).toEqual([]);
  });

  it('reads it as raw UTF-8 with LF, its last line (the legend) ending without a line break', () => {
    expect(table.dialect).toEqual({ encoding: 'utf-8', bom: false, lineEnding: '\n', quoting: 'raw', finalNewline: false });
  });

  it('keeps the blank, title and legend lines with their line numbers and the record each follows', () => {
    expect(table.skipped).toEqual([
      { line: 28, text: '', reason: 'blank', after: 26 },
      { line: 29, text: 'AITU agreements with the International Partners', reason: 'text', after: 26 },
      { line: 30, text: '', reason: 'blank', after: 26 },
      { line: 60, text: '', reason: 'blank', after: 55 },
      { line: 80, text: '', reason: 'blank', after: 74 },
      { line: 81, text: 'Gray - Expired Agreements', reason: 'text', after: 74 },
    ]);
  });

  it('numbers rows by their line in the file', () => {
    expect(table.rowLines.slice(0, 3)).toEqual([2, 3, 4]);
    expect(table.rowLines.slice(25, 28)).toEqual([27, 31, 32]);
    expect(table.rowLines.at(-1)).toBe(79);
  });

  it('keeps "EDUCA" LLP quotes as typed without swallowing the next cells', () => {
    const row = table.rows[table.rowLines.indexOf(79)];
    expect(row).toEqual(['69', '1/10/2025', '"EDUCA" LLP', 'St Petersburg', 'Russia', '-', '-', '1/10/2028', 'International Cooperation Department', '01-25']);
    const tajik = table.rows[table.rowLines.indexOf(61)];
    expect(tajik[2]).toBe('The "International Programme Centre" State Organisation of the Ministry of Education and Science of the Republic of Tajikistan');
    expect(tajik).toHaveLength(10);
  });

  it('keeps Türkiye, İstanbul, the year-only date and the empty No as typed', () => {
    const row = (line: number) => table.rows[table.rowLines.indexOf(line)];
    expect(row(33).slice(0, 5)).toEqual(['25', '9/21/2022', 'İstanbul Nişantaşı University', 'Istanbul', 'Türkiye']);
    expect(row(13)[1]).toBe('2020');
    expect(row(4)).toEqual(['', '12/24/2019', 'Green River College', 'St. Auburn', 'USA', '-', '-', '12/24/2024', '', '03-19']);
  });
});

describe('parseTable decides the quoting once for the whole file', () => {
  const cases: Array<[string, string, 'raw' | 'excel', string[][]]> = [
    ['no quotes at all', 'a\tb\n1\t2', 'raw', [['1', '2']]],
    ['Excel-quoted fields', 'a\tb\n"x ""y"""\t"1\t2"\n', 'excel', [['x "y"', '1\t2']]],
    ['a quoted field spanning lines', 'a\tb\r\n"x\r\ny"\t2\r\n', 'excel', [['x\r\ny', '2']]],
    ['a literal quote after the opening quote', 'a\tb\n"EDUCA" LLP\t2\n3\t4', 'raw', [['"EDUCA" LLP', '2'], ['3', '4']]],
    ['a bare quote elsewhere in an otherwise Excel-shaped file', 'a\tb\n"x"\t2\n3\t4"\n', 'raw', [['"x"', '2'], ['3', '4"']]],
    ['a quote that never closes', 'a\tb\n"x\t2\n3\t4', 'raw', [['"x', '2'], ['3', '4']]],
    ['quotes only inside fields', 'a\tb\nThe "Centre"\t2', 'raw', [['The "Centre"', '2']]],
  ];
  it.each(cases)('reads %s', (_name, text, quoting, rows) => {
    const table = parsed(text);
    expect(table.dialect.quoting).toBe(quoting);
    expect(table.rows).toEqual(rows);
  });
});

describe('parseTable line endings', () => {
  const cases: Array<[string, string, string, boolean]> = [
    ['LF with a final newline', 'a\tb\n1\t2\n', '\n', true],
    ['CRLF without one', 'a\tb\r\n1\t2', '\r\n', false],
    ['old Mac CR', 'a\tb\r1\t2\r', '\r', true],
    ['mixed, mostly CRLF', 'a\tb\r\n1\t2\n3\t4\r\n5\t6\r\n', '\r\n', true],
    ['mixed, mostly LF', 'a\tb\n1\t2\r\n3\t4\n5\t6', '\n', false],
  ];
  it.each(cases)('detects %s', (_name, text, lineEnding, finalNewline) => {
    const table = parsed(text);
    expect([table.dialect.lineEnding, table.dialect.finalNewline]).toEqual([lineEnding, finalNewline]);
    expect(table.rows[0]).toEqual(['1', '2']);
  });

  it('splits every line of a mixed raw file', () => {
    expect(parsed('a\tb\r\n1\t2\n3\t4\r\n5\t6\r\n').rows).toEqual([['1', '2'], ['3', '4'], ['5', '6']]);
  });

  it('ignores line breaks inside Excel-quoted cells when choosing the ending', () => {
    const table = parsed('a\tb\r\n"1\n2\n3"\t"x\ny"\r\n4\t5\r\n');
    expect(table.dialect.lineEnding).toBe('\r\n');
    expect(table.rows).toEqual([['1\n2\n3', 'x\ny'], ['4', '5']]);
    // Three line breaks inside the row's cells: it spans lines 2–5.
    expect(table.rowLines).toEqual([2, 6]);
  });

  it('unifies mixed row endings outside quotes but keeps those inside cells', () => {
    const table = parsed('a\tb\r\n"1\n2"\t3\n4\t5\r\n6\t7\r\n');
    expect(table.rows).toEqual([['1\n2', '3'], ['4', '5'], ['6', '7']]);
    expect(table.rowLines).toEqual([2, 4, 5]);
  });
});

describe('parseTable finds the header and non-record lines', () => {
  it('keeps lines before the header', () => {
    const table = parsed('Partners\n\n\t\na\tb\n1\t2');
    expect(table.headerLine).toBe(4);
    expect(table.skipped).toEqual([
      { line: 1, text: 'Partners', reason: 'before-header', after: -1 },
      { line: 2, text: '', reason: 'before-header', after: -1 },
      { line: 3, text: '\t', reason: 'before-header', after: -1 },
    ]);
    expect(table.rowLines).toEqual([5]);
  });

  it('treats a line of only tabs as blank and keeps a line with one filled field of several', () => {
    const table = parsed('a\tb\tc\n\t\t\nx\t\t\n');
    expect(table.skipped).toEqual([{ line: 2, text: '\t\t', reason: 'blank', after: 0 }]);
    expect(table.rows).toEqual([['x', '', '']]);
  });

  it('lists ragged rows unpadded with their line numbers', () => {
    const table = parsed('a\tb\tc\n1\t2\n1\t2\t3\n1\t2\t3\t4\t\n');
    expect(table.rows).toEqual([['1', '2'], ['1', '2', '3'], ['1', '2', '3', '4', '']]);
    expect(table.ragged).toEqual([{ line: 2, fields: 2, expected: 3 }, { line: 4, fields: 5, expected: 3 }]);
  });

  it('keeps a U+FEFF that is content at the start of the first cell', () => {
    expect(parsed('\uFEFFa\tb\n1\t2').header).toEqual(['\uFEFFa', 'b']);
  });
});

describe('parseTable refuses files it cannot read as a table', () => {
  const SAVE_AS = 'Open it in Excel and use Save As → Text (Tab delimited).';
  const cases: Array<[string, string, string, number | undefined]> = [
    ['a one-column list', 'Leuven\nRiga\nKyiv', `No tab-separated columns were found: every line holds a single column. ${SAVE_AS}`, undefined],
    ['only blank lines', '\n\n', `No tab-separated columns were found: every line holds a single column. ${SAVE_AS}`, undefined],
    ['a header and a legend', 'Title\na\tb\n\nGray - Expired', 'The file has a header (line 2) but no agreements under it.', 2],
  ];
  it.each(cases)('refuses %s', (_name, text, message, line) => {
    expect(worded(parseTable(text, 'utf-8', false))).toEqual({ ok: false, error: line === undefined ? { message } : { message, line } });
  });
});
