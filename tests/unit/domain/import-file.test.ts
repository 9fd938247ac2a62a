import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Dialect } from '../../../src/lib/domain/dialect';
import { importBytes } from '../../../src/lib/domain/import-file';
import type { ParsedTable } from '../../../src/lib/domain/import-result';
import { reasonOf, worded } from '../support/worded';

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../../fixtures/${name}`, import.meta.url)));

function imported(name: string): ParsedTable {
  const result = importBytes(fixture(name));
  if (!result.ok) throw new Error(`${name} refused: ${reasonOf(result.error)}`);
  return result.table;
}

const sample = imported('partner-agreements.tsv');
const excel: Dialect = { encoding: 'utf-8', bom: true, lineEnding: '\r\n', quoting: 'excel', finalNewline: true };

describe('importBytes reads every saved form of the sample to the same cells', () => {
  const variants: Array<[string, Dialect]> = [
    ['sample-excel-bom-crlf.tsv', excel],
    ['sample-utf16le.tsv', { ...excel, encoding: 'utf-16le' }],
    ['sample-utf16be.tsv', { ...excel, encoding: 'utf-16be' }],
    ['sample-cr.tsv', { encoding: 'utf-8', bom: false, lineEnding: '\r', quoting: 'raw', finalNewline: true }],
  ];
  it.each(variants)('reads %s', (name, dialect) => {
    const table = imported(name);
    expect(table.dialect).toEqual(dialect);
    expect(table.header).toEqual(sample.header);
    expect(table.rows).toEqual(sample.rows);
    expect(table.skipped).toEqual([]);
    expect(table.rowLines).toEqual(sample.rows.map((_, i) => i + 2));
  });

  it('reads reordered columns with a multi-line Notes column by column name', () => {
    const table = imported('sample-reordered-extra.tsv');
    expect(table.dialect).toEqual({ ...excel, bom: false });
    expect(table.header).toEqual([...['Partner University / Organisation', 'No', 'Country', 'City', 'Date of agreement', 'Registration number', 'Initiating actor', 'Valid until', 'THE ranking', 'QS ranking'], 'Notes']);
    expect(table.rows).toHaveLength(74);
    expect(table.ragged).toEqual([]);
    const at = (name: string) => table.header.indexOf(name);
    table.rows.forEach((row, i) => {
      sample.header.forEach((name, j) => expect(row[at(name)]).toBe(sample.rows[i][j]));
    });
    const notes = table.rows.map((row) => row[at('Notes')]);
    expect(notes.slice(0, 2)).toEqual(['Renewal pending\nsee the e-mail of 3 March', '']);
    expect(notes[11]).toBe('MoU\tannex A\tannex B');
    expect(notes[13]).toBe('Signed "in person"\r\nby the rector');
    // Row 0 spans lines 2–3, so row 1 starts on line 4; notes at rows 0, 7, 13, 14… add a line each.
    expect(table.rowLines.slice(0, 9)).toEqual([2, 4, 5, 6, 7, 8, 9, 10, 12]);
    expect(table.rowLines.slice(12, 16)).toEqual([16, 17, 19, 21]);
  });

  it('lists ragged rows with their line numbers and keeps their cells unpadded', () => {
    const table = imported('sample-ragged.tsv');
    expect(table.dialect).toEqual({ encoding: 'utf-8', bom: false, lineEnding: '\n', quoting: 'raw', finalNewline: true });
    expect(table.ragged).toEqual([
      { line: 4, fields: 8, expected: 10 },
      { line: 6, fields: 11, expected: 10 },
      { line: 8, fields: 2, expected: 10 },
    ]);
    expect(table.rows[2]).toEqual(sample.rows[2].slice(0, 8));
    expect(table.rows[4]).toEqual([...sample.rows[4], 'extra']);
    expect(table.rows[6]).toEqual(['6', '8/19/2020']);
    expect(table.rows[9]).toEqual(sample.rows[9]);
  });

  it('reads a Windows-1254 file with its Turkish letters', () => {
    const table = imported('windows-1254.tsv');
    expect(table.dialect).toEqual({ encoding: 'windows-1254', bom: false, lineEnding: '\n', quoting: 'raw', finalNewline: true });
    expect(table.rows).toEqual([
      ['1', 'İstanbul Kültür University', 'İstanbul', 'Türkiye'],
      ['2', 'Kırıkkale University', 'Kırıkkale', 'Türkiye'],
      ['3', 'Haliç University', 'İstanbul', 'Türkiye'],
    ]);
  });
});

describe('importBytes refuses the bad fixtures with a message saying why', () => {
  const SAVE_AS = 'In Excel use Save As → Text (Tab delimited) or Unicode Text.';
  const cases: Array<[string, { message: string; line?: number }]> = [
    ['empty.tsv', { message: 'The file is empty.' }],
    ['bom-only.tsv', { message: 'The file holds only a byte-order mark and no text. It may have been saved empty.' }],
    ['header-only.tsv', { message: 'The file has a header (line 1) but no agreements under it.', line: 1 }],
    ['image.png', { message: 'This is a PNG image, not a table. Open the agreements spreadsheet and save it as text.' }],
    ['workbook.xlsx', { message: `This is an Excel workbook (.xlsx) or another zipped document, not a text table. ${SAVE_AS}` }],
    ['old-workbook.xls', { message: `This is an old Excel workbook (.xls), not a text table. ${SAVE_AS}` }],
    ['data.json', { message: 'This is JSON, not a tab-separated table. Export the data as TSV instead.' }],
  ];
  it.each(cases)('refuses %s', (name, error) => {
    expect(worded(importBytes(fixture(name)))).toEqual({ ok: false, error });
  });
});

describe('the size limit', () => {
  it('refuses a file with more agreements than a dataset holds, saying how many it has', () => {
    const text = ['a\tb', ...Array.from({ length: 11 }, (_, i) => `${i}\tx`)].join('\n');
    expect(worded(importBytes(new TextEncoder().encode(text), { maxRows: 10 }))).toEqual({
      ok: false,
      error: {
        message:
          'The file holds 11 agreements; Pactsheet keeps at most 10 in one dataset so that it stays quick. Split the file and import the part you work on.',
      },
    });
    expect(importBytes(new TextEncoder().encode(text), { maxRows: 11 }).ok).toBe(true);
  });
});
