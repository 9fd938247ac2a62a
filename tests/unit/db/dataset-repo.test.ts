import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import {
  ConflictError,
  readDataset,
  readMeta,
  replaceDataset,
  restoreSnapshot,
  SNAPSHOT,
  storeSearches,
  writeChange,
  type HeldPages,
} from '../../../src/lib/db/dataset-repo';
import { isStorageFull, storageError } from '../../../src/lib/db/errors';
import { say } from '../../../src/lib/text/messages';
import { PactsheetDB } from '../../../src/lib/db/schema';
import { applyChange, invert, addChange, deleteChange, editChange, type Change } from '../../../src/lib/domain/changes';
import { datasetFromTable } from '../../../src/lib/domain/dataset';
import { PagedRows, paginate } from '../../../src/lib/domain/paged-rows';
import { pageKeys } from '../../../src/lib/domain/column-keys';
import { joinSearch, pageSearch, searchText, type SearchText } from '../../../src/lib/domain/search';
import { importFixture } from '../support/sample';

/** A search text without its sort keys, which come per page. */
const textOf = (search: SearchText | null) => search && { text: search.text, starts: search.starts, ids: search.ids };

let count = 0;
const dbs: PactsheetDB[] = [];
function freshDb(): PactsheetDB {
  const db = new PactsheetDB(`test-${++count}`);
  dbs.push(db);
  return db;
}
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete();
});

const edit = (id: number, column: number, after: string): Change => editChange([{ id, column, before: '', after }]);

function sample() {
  const { meta, rows } = datasetFromTable(importFixture('partner-agreements.tsv'), 'partner-agreements.tsv', new Date(0), 's1');
  const paged = PagedRows.fromRows(rows, 20);
  return { meta, rows, pages: Array.from({ length: paged.pageCount }, (_, i) => paged.page(i)) };
}

describe('dataset storage (real IndexedDB engine: fake-indexeddb)', () => {
  it('reads back exactly what was stored, in order, with the dialect', async () => {
    const db = freshDb();
    const { meta, rows, pages } = sample();
    await replaceDataset(db, meta, pages);
    const stored = await readDataset(db);
    expect(stored?.meta).toEqual(meta);
    expect(stored?.pages.flat()).toEqual(rows);
    expect(stored?.pages).toHaveLength(4);
  });

  it('has nothing stored on a first visit', async () => {
    expect(await readDataset(freshDb())).toBeNull();
  });

  it('replaces a larger dataset with a smaller one without leaving old pages behind', async () => {
    const db = freshDb();
    const { meta, pages } = sample();
    await replaceDataset(db, meta, pages);
    await replaceDataset(db, { ...meta, name: 'small' }, [[{ id: 1, cells: ['a', 'b'] }]]);
    const stored = await readDataset(db);
    expect(stored?.meta.name).toBe('small');
    expect(stored?.pages).toEqual([[{ id: 1, cells: ['a', 'b'] }]]);
  });

  it('rewrites only the changed page on an edit', async () => {
    const db = freshDb();
    const { meta, pages } = sample();
    await replaceDataset(db, meta, pages);
    const row = pages[1][0];
    await writeChange(db, { ...meta, nextRowId: 99, stamp: 's2' }, edit(row.id, 0, 'EDITED'), [1], 's1');
    const stored = await readDataset(db);
    expect(stored?.pages[1][0].cells).toEqual(['EDITED', ...row.cells.slice(1)]);
    expect(stored?.pages[1].slice(1)).toEqual(pages[1].slice(1));
    expect(stored?.pages[0]).toEqual(pages[0]);
    expect(stored?.meta.nextRowId).toBe(99);
  });

  it.each([
    ['reading each page it writes', 'none'],
    ['holding the pages it wrote last', 'written'],
    ['holding every page', 'whole'],
  ] as const)('stores the same rows the app gets by applying the change in memory: edits, adds, deletes, undo (%s)', async (_, holding) => {
    const db = freshDb();
    const { meta, pages } = sample();
    await replaceDataset(db, meta, pages);
    const memory = new PagedRows(pages.map((page) => page.slice()));
    const last = memory.pageCount - 1;
    const changes: Change[] = [
      editChange([{ id: pages[0][3].id, column: 2, before: pages[0][3].cells[2], after: 'İstanbul' }, { id: pages[2][0].id, column: 9, before: pages[2][0].cells[9], after: '"EDUCA" LLP' }]),
      addChange(memory.placementsForNew([{ id: 500, cells: ['x'] }], 20)),
      deleteChange([{ row: pages[1][4], page: 1, position: 4 }, { row: pages[last][0], page: last, position: 0 }]),
    ];
    let stamp = 's1';
    let held: HeldPages | undefined = holding === 'whole' ? { stamp, pages: pages.map((page) => page.slice()), whole: true } : undefined;
    const history: Change[] = [];
    const apply = async (change: Change) => {
      const touched = applyChange(memory, change);
      const written = await writeChange(db, { ...meta, stamp: `${stamp}+` }, change, [...touched], stamp, undefined, held);
      if (holding !== 'none') held = written;
      stamp = `${stamp}+`;
      const inMemory = Array.from({ length: memory.pageCount }, (_, i) => memory.page(i));
      expect((await readDataset(db))?.pages).toEqual(inMemory);
      // Every page held stays every page, as stored.
      if (holding === 'whole') expect(held).toEqual({ stamp, pages: inMemory, whole: true });
    };
    for (const change of changes) {
      await apply(change);
      history.push(change);
    }
    for (const change of history.reverse()) await apply(invert(change));
    expect((await readDataset(db))?.pages.flat()).toEqual(pages.flat());
  });

  it('refuses to write over a change made by another tab, and writes nothing', async () => {
    const db = freshDb();
    const { meta, pages } = sample();
    await replaceDataset(db, meta, pages);
    await writeChange(db, { ...meta, stamp: 'other-tab' }, edit(pages[0][0].id, 1, 'theirs'), [0], 's1');
    const stale = writeChange(db, { ...meta, stamp: 'mine' }, edit(pages[1][0].id, 1, 'mine'), [1], 's1');
    await expect(stale).rejects.toBeInstanceOf(ConflictError);
    const stored = await readDataset(db);
    expect(stored?.meta.stamp).toBe('other-tab');
    expect(stored?.pages[1]).toEqual(pages[1]);
  });

  it('uses the pages it wrote last only while their stamp is the stored one', async () => {
    const db = freshDb();
    const { meta, pages } = sample();
    await replaceDataset(db, meta, pages);
    const [a, b, c] = pages[0];
    const held = await writeChange(db, { ...meta, stamp: 'mine-1' }, edit(a.id, 1, 'mine 1'), [0], 's1');
    expect(held?.stamp).toBe('mine-1');
    // Another tab writes the same page; this tab, having reloaded, writes on top of it.
    await writeChange(db, { ...meta, stamp: 'other-tab' }, edit(b.id, 1, 'theirs'), [0], 'mine-1');
    await writeChange(db, { ...meta, stamp: 'mine-2' }, edit(c.id, 1, 'mine 2'), [0], 'other-tab', undefined, held);
    const stored = (await readDataset(db))!.pages[0];
    expect(stored.slice(0, 3).map((row) => row.cells[1])).toEqual(['mine 1', 'theirs', 'mine 2']);
  });

  it('refuses an edit of a row the stored page does not hold (memory and storage differ)', async () => {
    const db = freshDb();
    const { meta, pages } = sample();
    await replaceDataset(db, meta, pages);
    const elsewhere = writeChange(db, { ...meta, stamp: 's2' }, edit(pages[1][0].id, 1, 'x'), [0], 's1');
    await expect(elsewhere).rejects.toBeInstanceOf(ConflictError);
    expect((await readDataset(db))?.pages).toEqual(pages);
  });

  it('keeps each page\'s search text beside it: stored after, dropped by an edit or a replace', async () => {
    const db = freshDb();
    const { meta, rows, pages } = sample();
    await replaceDataset(db, meta, pages);
    expect(joinSearch(pages, (await readDataset(db))!.searches)).toBeNull();

    expect(await storeSearches(db, 's1', pages.map((page) => pageSearch(page)))).toBe(true);
    // Sort keys too, typed arrays and all.
    const joined = joinSearch(pages, (await readDataset(db))!.searches);
    expect(joined).toEqual({ ...searchText(rows), pages: pages.map((page) => ({ rows: page.length, keys: pageKeys(page) })) });

    // An edit drops its page's search text; a load folds that page again.
    await writeChange(db, { ...meta, stamp: 's2' }, edit(pages[1][0].id, 0, 'Türkiye'), [1], 's1');
    const stored = (await readDataset(db))!;
    expect(stored.searches[1]).toBeUndefined();
    expect(joinSearch(stored.pages, stored.searches)).toBeNull();
    expect(textOf(joinSearch(stored.pages, stored.searches, { foldMissing: 1 }))).toEqual(textOf(searchText(stored.pages.flat())));
    // Made for a dataset that has been written since: refused.
    expect(await storeSearches(db, 's1', pages.map((page) => pageSearch(page)))).toBe(false);

    await replaceDataset(db, { ...meta, stamp: 's3' }, pages, { keepSnapshot: true });
    expect((await readDataset(db))!.searches.filter(Boolean)).toEqual([]);
    const snapshot = (await readDataset(db, SNAPSHOT))!;
    // The snapshot keeps the texts it had (all but the edited page's).
    expect(textOf(joinSearch(snapshot.pages, snapshot.searches, { foldMissing: 1 }))).toEqual(textOf(searchText(snapshot.pages.flat())));
  });

  it('keeps the replaced dataset as a snapshot, and swaps it back on restore', async () => {
    const db = freshDb();
    const { meta, pages } = sample();
    await replaceDataset(db, meta, pages);
    const small = [[{ id: 1, cells: ['a', 'b'] }]];
    await replaceDataset(db, { ...meta, name: 'small' }, small, { keepSnapshot: true });
    expect((await readMeta(db, SNAPSHOT))?.name).toBe(meta.name);

    expect(await restoreSnapshot(db, 'restored')).toBe(true);
    const restored = await readDataset(db);
    expect(restored?.pages).toEqual(pages);
    expect(restored?.meta).toEqual({ ...meta, stamp: 'restored' });
    expect((await readDataset(db, SNAPSHOT))?.pages).toEqual(small);
  });

  it('has no snapshot to restore before the first replacing import', async () => {
    expect(await restoreSnapshot(freshDb(), 'x')).toBe(false);
  });

  it('leaves the previous dataset whole when a replacing write fails', async () => {
    const db = freshDb();
    const { meta, pages } = sample();
    await replaceDataset(db, meta, pages);
    // A row that cannot be stored (a function is not cloneable) aborts the transaction midway.
    const poisoned = [[{ id: 1, cells: ['ok'] }], [{ id: 2, cells: [(() => 'x') as unknown as string] }]];
    await expect(replaceDataset(db, { ...meta, name: 'broken' }, poisoned, { keepSnapshot: true })).rejects.toThrow();
    const stored = await readDataset(db);
    expect(stored?.meta.name).toBe(meta.name);
    expect(stored?.pages).toEqual(pages);
    expect(await readMeta(db, SNAPSHOT)).toBeNull();
  });

});

describe('storage errors', () => {
  it('recognises a quota error wrapped by Dexie and says the storage is full', () => {
    const wrapped = { name: 'AbortError', inner: { name: 'QuotaExceededError' } };
    expect(isStorageFull(wrapped)).toBe(true);
    expect(storageError(wrapped, 'saveChange')).toEqual({ key: 'storage.full', params: { doing: 'saveChange' } });
    expect(say(storageError(wrapped, 'saveChange'))).toMatch(/^Could not save your change: this browser's storage is full/);
    expect(isStorageFull(new Error('other'))).toBe(false);
  });

  it("treats Chromium's failed blob write on a full disk as a full storage", () => {
    const blobWrite = { name: 'AbortError', inner: { name: 'DataError', message: 'Failed to write blobs (IOError)' } };
    expect(isStorageFull(blobWrite)).toBe(true);
    expect(isStorageFull({ name: 'DataError', message: 'Data provided to an operation does not meet requirements.' })).toBe(false);
  });
});

describe('an import', () => {
  it('is stored as the current dataset with ids of its own, in pages, the previous one kept as snapshot', async () => {
    const db = freshDb();
    const before = sample();
    await replaceDataset(db, before.meta, before.pages);
    const table = importFixture('partner-agreements.tsv');
    // What the worker does with a confirmed import.
    const { meta, rows } = datasetFromTable(table, 'partner-agreements.tsv', new Date(0), 's2');
    await replaceDataset(db, meta, paginate(rows), { keepSnapshot: true });
    const stored = await readDataset(db);
    expect(stored?.meta).toEqual(meta);
    expect(meta.name).toBe('partner-agreements');
    expect(meta.nextRowId).toBe(75);
    expect(stored?.pages.flat().map((r) => r.cells)).toEqual(table.rows);
    expect(new Set(stored?.pages.flat().map((r) => r.id)).size).toBe(74);
    expect((await readDataset(db, SNAPSHOT))?.meta.stamp).toBe('s1');
  });
});
