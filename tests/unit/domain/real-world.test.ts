import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { datasetFromTable } from '../../../src/lib/domain/dataset';
import { encodeDataset } from '../../../src/lib/domain/file-encode';
import { importBytes } from '../../../src/lib/domain/import-file';
import { reasonOf } from '../support/worded';

// Files shaped like what Excel, Google Sheets, LibreOffice and hand edits write (make-real-world.mjs).
const dir = new URL('../../fixtures/real-world/', import.meta.url);
interface Expected {
  header: string[];
  rows: string[][];
  skipped: number;
}
const expected = JSON.parse(readFileSync(new URL('expected.json', dir), 'utf8')) as Record<string, Expected>;

describe('real-world files import to their cells and export back byte for byte', () => {
  it('holds at least 30 files', () => {
    expect(Object.keys(expected).length).toBeGreaterThanOrEqual(30);
  });

  it.each(Object.entries(expected))('%s', (name, want) => {
    const bytes = new Uint8Array(readFileSync(new URL(name, dir)));
    const result = importBytes(bytes);
    if (!result.ok) throw new Error(reasonOf(result.error));
    expect(result.table.header).toEqual(want.header);
    expect(result.table.rows).toEqual(want.rows);
    expect(result.table.skipped.length).toBe(want.skipped);
    const { meta, rows } = datasetFromTable(result.table, name, new Date());
    expect(encodeDataset(meta, [rows]).bytes).toEqual(bytes);
  });
});
