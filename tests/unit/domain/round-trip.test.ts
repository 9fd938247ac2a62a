import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { Dialect, LineEnding, Quoting } from '../../../src/lib/domain/dialect';
import { importBytes } from '../../../src/lib/domain/import-file';
import type { ParsedTable } from '../../../src/lib/domain/import-result';
import { encodeTable, neutraliseFormula } from '../../../src/lib/domain/tsv-encode';
import { reasonOf } from '../support/worded';

const RUNS = { numRuns: 300 };
const ANY_PIECES = ['a', 'Z', ' ', '1', '-', "'", '"', '""', '\t', '\r', '\n', '\r\n', '\uFEFF', 'İ', 'ş', '漢', '😀', '=', '+', '@'];
const RAW_PIECES = ANY_PIECES.filter((p) => !/[\t\r\n]/.test(p));

const cellOf = (pieces: string[]) => fc.array(fc.constantFrom(...pieces), { maxLength: 6 }).map((p) => p.join(''));
const someFilled = (cells: string[]) => cells.some((c) => c !== '');

/**
 * Tables that have one reading only: every line has ≥2 fields and something in it (a line of
 * one field or of only tabs is a title or blank line, by design), and the header is not empty.
 */
function tables(pieces: string[]) {
  const line = fc.array(cellOf(pieces), { minLength: 2, maxLength: 5 }).filter(someFilled);
  return fc.record({ header: line, rows: fc.array(line, { minLength: 1, maxLength: 6 }) });
}

function dialects(quoting: Quoting) {
  return fc
    .record({
      encoding: fc.constantFrom('utf-8' as const, 'utf-16le' as const, 'utf-16be' as const),
      bom: fc.boolean(),
      lineEnding: fc.constantFrom<LineEnding>('\n', '\r\n', '\r'),
      finalNewline: fc.boolean(),
    })
    // UTF-16 without a BOM is only recognisable by ASCII's NUL bytes; an all-CJK table is not.
    .map((d): Dialect => ({ ...d, quoting, bom: d.bom || d.encoding !== 'utf-8' }));
}

/**
 * A U+FEFF first in a BOM-less UTF-8 file is read as the BOM: the bytes are identical, so that
 * table is truly ambiguous and left out.
 */
const startsWithBomChar = (header: string[], d: Dialect) => !d.bom && neutraliseFormula(header[0]).startsWith('\uFEFF');

/**
 * Raw text whose quotes all read as Excel quoting (`"x"`, or a `"` opening a field and another
 * closing a later one) is read as Excel: by design, so such tables are left out. Papaparse is the
 * independent judge here; it accepts more than our detector does, which only leaves out more.
 */
function readsAsExcel(lines: string[][], ending: LineEnding): boolean {
  const text = lines.map((l) => l.join('\t')).join(ending);
  if (!/(^|[\t\r\n])"/.test(text)) return false;
  return Papa.parse(text, { delimiter: '\t', newline: ending }).errors.length === 0;
}

function reimport(header: string[], rows: string[][], dialect: Dialect): { table: ParsedTable; bytes: Uint8Array } {
  const { bytes } = encodeTable(header, rows, dialect);
  const result = importBytes(bytes);
  if (!result.ok) throw new Error(reasonOf(result.error));
  return { table: result.table, bytes };
}

describe('export then import gives back the same cells', () => {
  it('in the excel dialect, whatever the cells hold', () => {
    fc.assert(
      fc.property(tables(ANY_PIECES), dialects('excel'), ({ header, rows }, dialect) => {
        fc.pre(!startsWithBomChar(header, dialect));
        const { table, bytes } = reimport(header, rows, dialect);
        expect(table.header).toEqual(header.map(neutraliseFormula));
        expect(table.rows).toEqual(rows.map((r) => r.map(neutraliseFormula)));
        expect(table.skipped).toEqual([]);
        expect(table.dialect.encoding).toBe(dialect.encoding);
        expect(table.dialect.finalNewline).toBe(dialect.finalNewline);
        // Re-exporting what was read writes the very same bytes.
        expect(encodeTable(table.header, table.rows, table.dialect).bytes).toEqual(bytes);
      }),
      RUNS,
    );
  });

  it('in the raw dialect, for cells without tabs or line breaks', () => {
    fc.assert(
      fc.property(tables(RAW_PIECES), dialects('raw'), ({ header, rows }, dialect) => {
        const written = [header, ...rows].map((r) => r.map(neutraliseFormula));
        fc.pre(!startsWithBomChar(header, dialect) && !readsAsExcel(written, dialect.lineEnding));
        const { table } = reimport(header, rows, dialect);
        expect(table.dialect).toEqual(dialect);
        expect([table.header, ...table.rows]).toEqual(written);
      }),
      RUNS,
    );
  });

  it('comes back with a leading apostrophe for formula-like cells', () => {
    const formula = fc.tuple(fc.constantFrom('=', '+', '@', '\t', '\r'), cellOf(ANY_PIECES)).map(([p, c]) => p + c);
    fc.assert(
      fc.property(formula, formula, dialects('excel'), (a, b, dialect) => {
        const { table } = reimport(['h', a], [[b, 'x']], dialect);
        expect([table.header[1], table.rows[0][0]]).toEqual([`'${a}`, `'${b}`]);
      }),
      RUNS,
    );
  });
});

describe('importBytes on arbitrary bytes', () => {
  it('never throws and always answers with a table or a message', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000 }), (bytes) => {
        const result = importBytes(bytes);
        if (result.ok) expect(result.table.rows.length).toBeGreaterThan(0);
        else expect(reasonOf(result.error).length).toBeGreaterThan(0);
      }),
      RUNS,
    );
  });

  it('never throws on text-like bytes full of tabs, quotes and line breaks', () => {
    const textish = fc.array(fc.constantFrom(...ANY_PIECES, 'x'), { maxLength: 300 }).map((p) => new TextEncoder().encode(p.join('')));
    fc.assert(
      fc.property(textish, (bytes) => {
        expect(() => importBytes(bytes)).not.toThrow();
      }),
      RUNS,
    );
  });
});
