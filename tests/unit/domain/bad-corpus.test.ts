import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importBytes } from '../../../src/lib/domain/import-file';
import { makeBigFile } from '../../fixtures/bad/big-file';
import { reasonOf, worded } from '../support/worded';

/** What importing a file of tests/fixtures/bad/ must give: records, or a refusal. */
interface Imported {
  records: number;
  encoding?: string;
  bom?: boolean;
  header?: string[];
  /** Line numbers of the rows whose field count differs from the header's. */
  ragged?: number[];
  /** Text one of the rows must hold, to show the encoding was read right. */
  contains?: string;
}
interface Refused {
  message: string;
  line?: number;
}
type Expected = Imported | Refused;

const DIR = new URL('../../fixtures/bad/', import.meta.url);
const expected = JSON.parse(readFileSync(new URL('expected.json', DIR), 'utf8')) as Record<string, Expected>;
const bytesOf = (name: string) => new Uint8Array(readFileSync(new URL(name, DIR)));

describe('the bad-input corpus', () => {
  it('has an expected outcome for every file in it', () => {
    const files = readdirSync(DIR).filter((name) => !/\.(mjs|ts)$/.test(name) && name !== 'expected.json');
    expect(files.sort()).toEqual(Object.keys(expected).sort());
  });

  it.each(Object.entries(expected))('%s gives exactly its expected outcome', (name, outcome) => {
    const result = importBytes(bytesOf(name));
    if ('message' in outcome) {
      expect(worded(result)).toEqual({ ok: false, error: outcome });
      return;
    }
    if (!result.ok) throw new Error(`${name} was refused: ${reasonOf(result.error)}`);
    const { table } = result;
    expect(table.rows).toHaveLength(outcome.records);
    expect(table.header.length).toBeGreaterThanOrEqual(2);
    if (outcome.encoding) expect(table.dialect.encoding).toBe(outcome.encoding);
    if (outcome.bom !== undefined) expect(table.dialect.bom).toBe(outcome.bom);
    if (outcome.header) expect(table.header).toEqual(outcome.header);
    expect(table.ragged.map((r) => r.line)).toEqual(outcome.ragged ?? []);
    if (outcome.contains) expect(table.rows.some((row) => row.includes(outcome.contains!))).toBe(true);
  });

  it('reads a 50 MB file whole, then refuses it for holding more rows than a dataset keeps', () => {
    const { bytes, records } = makeBigFile();
    const started = performance.now();
    const result = importBytes(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    const ms = performance.now() - started;
    expect(worded(result)).toEqual({
      ok: false,
      error: {
        message: `The file holds ${records.toLocaleString('en-US')} agreements; Pactsheet keeps at most 200,000 in one dataset so that it stays quick. Split the file and import the part you work on.`,
      },
    });
    const within = importBytes(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), { maxRows: records });
    expect(within.ok && within.table.rows.length).toBe(records);
    // Bounded, with room for a busy two-core machine (about 2 s here).
    expect(ms).toBeLessThan(20_000);
  }, 60_000);
});
