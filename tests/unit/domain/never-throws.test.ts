import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { Dialect, LineEnding, Quoting } from '../../../src/lib/domain/dialect';
import { importBytes } from '../../../src/lib/domain/import-file';
import { encodeText, encodeTable, neutraliseFormula } from '../../../src/lib/domain/tsv-encode';
import { reasonOf } from '../support/worded';

/** 10,000 by default, as the issue asks; FC_RUNS=200 for a quick local run. */
const RUNS = { numRuns: Number(process.env.FC_RUNS ?? 10_000) };
const PER_CALL_MS = 1000;

/** Either a table with a header of ≥2 fields and ≥1 row, or a refusal with a message. */
function expectImportOrRefusal(bytes: Uint8Array): void {
  const started = performance.now();
  const result = importBytes(bytes);
  expect(performance.now() - started).toBeLessThan(PER_CALL_MS);
  if (result.ok) {
    expect(result.table.rows.length).toBeGreaterThanOrEqual(1);
    expect(result.table.header.length).toBeGreaterThanOrEqual(2);
  } else {
    expect(reasonOf(result.error).trim()).not.toBe('');
  }
}

const PIECES = ['a', 'Z', ' ', '1', '-', "'", '"', '""', '\t', '\r', '\n', '\r\n', '\uFEFF', 'İ', 'ş', 'ü', '€', '漢', '😀', '=', '{', '[', '\0'];
const cell = fc.array(fc.constantFrom(...PIECES), { maxLength: 8 }).map((p) => p.join(''));
const ending = fc.constantFrom<LineEnding>('\n', '\r\n', '\r');
const table = fc.array(fc.array(cell, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 12 });
const encoding = fc.constantFrom('utf-8' as const, 'utf-16le' as const, 'utf-16be' as const, 'windows-1252' as const, 'windows-1254' as const);

describe('importBytes never throws or hangs, and always imports or refuses', () => {
  it(`for ${RUNS.numRuns} random byte strings`, () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 4000 }), expectImportOrRefusal), RUNS);
  });

  it(`for ${RUNS.numRuns} random tables with tabs, quotes, line breaks, BOMs and non-ASCII`, () => {
    fc.assert(
      fc.property(table, ending, encoding, fc.boolean(), fc.boolean(), (rows, eol, enc, bom, finalNewline) => {
        const text = rows.map((r) => r.join('\t')).join(eol) + (finalNewline ? eol : '');
        expectImportOrRefusal(encodeText(text, enc, bom));
      }),
      RUNS,
    );
  });
});

/** What Excel, LibreOffice and Google Sheets run as a formula when it starts a cell. */
const FORMULA_STARTS = ['=', '+', '@', '\t', '\r'];

/** Any cell, with the prefixes that matter made likely. */
const anyCell = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 12 }),
  fc.tuple(fc.constantFrom('=', '+', '@', '\t', '\r', '\n', '-', '"', '"=', '""=', "'", ' ', '\uFEFF'), cell).map(([p, c]) => p + c),
);

function dialectOf(quoting: Quoting, lineEnding: LineEnding): Dialect {
  return { encoding: 'utf-8', bom: false, lineEnding, quoting, finalNewline: false };
}

/**
 * The cells a spreadsheet reads from an export: quoted fields unquoted, as Excel does, even in a
 * raw export (`"=1"` reads as `=1`); where the quotes do not pair up, every `"` is literal.
 */
function spreadsheetCells(bytes: Uint8Array, lineEnding: LineEnding): string[] {
  const text = new TextDecoder().decode(bytes);
  const quoted = Papa.parse<string[]>(text, { delimiter: '\t', newline: lineEnding, quoteChar: '"', escapeChar: '"' });
  const parsed = quoted.errors.length === 0 ? quoted : Papa.parse<string[]>(text, { delimiter: '\t', newline: lineEnding, fastMode: true });
  return parsed.data.slice(1).flat();
}

describe('export never writes a cell a spreadsheet would run as a formula', () => {
  it(`for ${RUNS.numRuns} random cells in the excel dialect: no cell read back starts with = + @ tab or CR`, () => {
    fc.assert(
      fc.property(anyCell, anyCell, ending, (a, b, eol) => {
        const { bytes } = encodeTable(['h1', 'h2'], [[a, b]], dialectOf('excel', eol));
        for (const read of spreadsheetCells(bytes, eol)) expect(FORMULA_STARTS).not.toContain(read.charAt(0));
      }),
      RUNS,
    );
  });

  /**
   * Raw text has no quoting, but Excel reads it with quote rules anyway: a stray `"` can join two
   * cells into one that starts with the tab between them (`"` + tab + `'=x"`). Spreadsheets skip
   * such leading tabs and CRs before looking for a formula, so the check is made after them.
   * Cells with a tab or line break are left to the excel case: raw cannot hold them (export
   * quotes them Excel-style and counts them), and next to a stray `"` no reading is certain.
   */
  const rawCell = anyCell.filter((c) => !/[\t\r\n]/.test(c));
  it(`for ${RUNS.numRuns} random cells in the raw dialect: nothing read back starts a formula`, () => {
    fc.assert(
      fc.property(rawCell, rawCell, ending, (a, b, eol) => {
        const { bytes } = encodeTable(['h1', 'h2'], [[a, b]], dialectOf('raw', eol));
        for (const read of spreadsheetCells(bytes, eol)) expect(['=', '+', '@']).not.toContain(read.replace(/^[\t\r]+/, '').charAt(0));
      }),
      RUNS,
    );
  });

  it.each(['-', '-5', '1001-1200', 'KU Leuven', "'quoted", '"EDUCA" LLP', ''])('leaves %j as typed', (value) => {
    expect(neutraliseFormula(value)).toBe(value);
    for (const quoting of ['excel', 'raw'] as const) {
      const { bytes, neutralised } = encodeTable(['h1', 'h2'], [[value, 'x']], dialectOf(quoting, '\n'));
      expect(neutralised).toBe(0);
      const expected = quoting === 'excel' && value.includes('"') ? `"${value.replaceAll('"', '""')}"` : value;
      expect(new TextDecoder().decode(bytes)).toBe(`h1\th2\n${expected}\tx`);
    }
  });
});
