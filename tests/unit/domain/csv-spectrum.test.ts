import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { datasetFromTable } from '../../../src/lib/domain/dataset';
import { encodeDataset } from '../../../src/lib/domain/file-encode';
import { importBytes } from '../../../src/lib/domain/import-file';
import { reasonOf } from '../support/worded';

// A copy of csv-spectrum 2.0.0 (BSD-2-Clause, see SOURCE.md), so that CI needs nothing outside the repo.
const dir = new URL('../../fixtures/csv-spectrum/', import.meta.url);
const names = readdirSync(new URL('csvs/', dir)).map((file) => file.replace(/\.csv$/, ''));

/**
 * Two expectations are wrong in csv-spectrum itself, and are corrected here rather than skipped:
 * location_coordinates.json is one object, not an array, and names another phone number than the
 * CSV holds; newlines_crlf.csv reached this copy with LF line endings, while its JSON still says CRLF.
 */
function expectedOf(name: string, json: unknown, csv: string): Record<string, string>[] {
  const rows = (Array.isArray(json) ? json : [json]) as Record<string, string>[];
  if (name === 'location_coordinates') return rows.map((row) => ({ ...row, 'Contact Phone Number': '2095257564' }));
  if (!csv.includes('\r')) return rows.map((row) => Object.fromEntries(Object.entries(row).map(([k, v]) => [k, v.replaceAll('\r\n', '\n')])));
  return rows;
}

describe('csv-spectrum: every case imports to its expected cells and exports back byte for byte', () => {
  it.each(names)('%s', (name) => {
    const bytes = new Uint8Array(readFileSync(new URL(`csvs/${name}.csv`, dir)));
    const json: unknown = JSON.parse(readFileSync(new URL(`json/${name}.json`, dir), 'utf8'));
    const expected = expectedOf(name, json, new TextDecoder().decode(bytes));
    const result = importBytes(bytes);
    if (!result.ok) throw new Error(reasonOf(result.error));
    const { header, rows } = result.table;
    expect(rows.map((cells) => Object.fromEntries(header.map((h, i) => [h, cells[i]])))).toEqual(expected);
    const { meta, rows: stored } = datasetFromTable(result.table, `${name}.csv`, new Date());
    expect(encodeDataset(meta, [stored]).bytes).toEqual(bytes);
  });
});
