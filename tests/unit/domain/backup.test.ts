import { describe, expect, it } from 'vitest';
import { makeBackup, readBackup, summariseBackup } from '../../../src/lib/domain/backup';
import { datasetFromTable } from '../../../src/lib/domain/dataset';
import { importFixture } from '../support/sample';
import { say } from '../../../src/lib/text/messages';

const { meta, rows } = datasetFromTable(importFixture('sample-excel-bom-crlf.tsv'), 'x.tsv', new Date(0), 'stamp');
const backup = makeBackup(meta, rows, { renewalMonths: 3 }, new Date(0));

describe('backups', () => {
  it('reads back exactly what was written, dialect and settings included', () => {
    const result = readBackup(JSON.stringify(backup));
    expect(result).toEqual({ ok: true, backup });
  });

  it('sums a backup up without its rows: name, count, columns and when it was saved', () => {
    expect(summariseBackup(backup)).toEqual({ name: 'x', rowCount: 74, columnCount: 10, savedAt: '1970-01-01T00:00:00.000Z' });
  });

  it.each([
    ['not json', 'This is not a Pactsheet backup: it is not JSON.'],
    ['{"a":1}', 'This is not a Pactsheet backup (use "Import" for TSV files).'],
    [JSON.stringify({ ...backup, version: 2 }), 'This backup was made by a newer Pactsheet (format 2); update the app first.'],
    [JSON.stringify({ ...backup, meta: { ...meta, dialect: { ...meta.dialect, quoting: 'csv' } } }), 'This Pactsheet backup is damaged: its dataset description is missing or malformed.'],
    [JSON.stringify({ ...backup, rows: [rows[0], { id: 2, cells: [1] }] }), 'This Pactsheet backup is damaged: row 2 is malformed.'],
    [JSON.stringify({ ...backup, rows: [rows[0], rows[0]] }), 'This Pactsheet backup is damaged: two rows share an id.'],
  ])('refuses %s with a clear message', (text, message) => {
    const result = readBackup(text);
    expect(result.ok ? result : { ok: false, message: say(result.reason) }).toEqual({ ok: false, message });
  });
});
