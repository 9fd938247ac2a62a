import 'fake-indexeddb/auto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readDataset, replaceDataset } from '../../../src/lib/db/dataset-repo';
import { PactsheetDB } from '../../../src/lib/db/schema';
import { writeSetting } from '../../../src/lib/db/settings-repo';
import { datasetFromTable } from '../../../src/lib/domain/dataset';
import { PagedRows } from '../../../src/lib/domain/paged-rows';
import { importFixture } from '../support/sample';

/**
 * Every released schema version leaves a database behind on users' machines. Each is kept here
 * as a dump (its IndexedDB version, object stores and their contents), written once when the
 * version was released, and must open with the current app with every record and the dialect.
 */
interface Dump {
  schemaVersion: number;
  idbVersion: number;
  stores: Record<string, { keyPath: string | string[]; autoIncrement?: boolean; records: unknown[] }>;
}

const RELEASED = [1, 2, 3, 4];
const fixture = (v: number) => new URL(`../../fixtures/schema/v${v}.json`, import.meta.url);

/** Recreates a dumped database with the raw IndexedDB API, independent of today's schema code. */
function restoreDump(name: string, dump: Dump): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name, dump.idbVersion);
    request.onupgradeneeded = () => {
      // autoIncrement was not dumped before v4; the change log (v3) was the only such store then.
      for (const [store, { keyPath, autoIncrement }] of Object.entries(dump.stores))
        request.result.createObjectStore(store, { keyPath, autoIncrement: autoIncrement ?? keyPath === 'seq' });
    };
    request.onsuccess = () => {
      const db = request.result;
      const tx = db.transaction(Object.keys(dump.stores), 'readwrite');
      for (const [store, { records }] of Object.entries(dump.stores)) for (const r of records) tx.objectStore(store).put(r);
      tx.oncomplete = () => {
        db.close();
        resolve();
      };
      tx.onerror = () => reject(tx.error);
    };
    request.onerror = () => reject(request.error);
  });
}

/** The released version's database, made by the code of that release (run once, then committed). */
async function makeDump(): Promise<Dump> {
  const db = new PactsheetDB('make-dump');
  const { meta, rows } = datasetFromTable(importFixture('sample-reordered-extra.tsv'), 'reordered.tsv', new Date(Date.UTC(2026, 10, 1)), 'v1-stamp');
  const paged = PagedRows.fromRows(rows, 40);
  await replaceDataset(db, meta, Array.from({ length: paged.pageCount }, (_, i) => paged.page(i)));
  await writeSetting(db, 'renewalMonths', 4);
  const idb = db.backendDB();
  const stores: Dump['stores'] = {};
  for (const table of db.tables) {
    const store = idb.transaction(table.name).objectStore(table.name);
    stores[table.name] = { keyPath: store.keyPath as string | string[], autoIncrement: store.autoIncrement, records: await table.toArray() };
  }
  const dump = { schemaVersion: db.verno, idbVersion: idb.version, stores };
  await db.delete();
  return dump;
}

describe('databases made by released schema versions', () => {
  it('has a dump for the current schema version', async () => {
    const current = new PactsheetDB('version-probe');
    await current.open();
    const verno = current.verno;
    await current.delete();
    if (!existsSync(fixture(verno))) writeFileSync(fixture(verno), JSON.stringify(await makeDump(), null, 1) + '\n');
    expect(RELEASED).toContain(verno);
  });

  it.each(RELEASED)('opens a version %i database with every record, the dialect and settings', async (version) => {
    const dump = JSON.parse(readFileSync(fixture(version), 'utf8')) as Dump;
    const name = `released-v${version}`;
    await restoreDump(name, dump);
    const db = new PactsheetDB(name);
    try {
      const stored = await readDataset(db);
      const original = dump.stores.datasets.records[0] as { dialect: unknown; header: string[] };
      expect(stored?.meta.dialect).toEqual(original.dialect);
      expect(stored?.meta.header).toEqual(original.header);
      const rows = (dump.stores.pages.records as { rows: unknown[] }[]).flatMap((p) => p.rows);
      expect(stored?.pages.flat()).toEqual(rows);
      expect(rows).toHaveLength(74);
      expect(await db.settings.get('renewalMonths')).toEqual({ key: 'renewalMonths', value: 4 });
    } finally {
      await db.delete();
    }
  });
});
