import Dexie from 'dexie';
import type { LogEntry } from '../domain/change-log';
import { applyChange, type Change } from '../domain/changes';
import type { DatasetMeta } from '../domain/dataset';
import { PagedRows } from '../domain/paged-rows';
import type { PageSearch } from '../domain/search';
import type { Row } from '../domain/row';
import type { PactsheetDB } from './schema';

/**
 * Every function here is one transaction: a dataset is never seen half-written.
 * Datasets by id: "current" is the open one; "snapshot" is the one a replacing import or restore
 * displaced, kept so that it can be brought back.
 */
export const CURRENT = 'current';
export const SNAPSHOT = 'snapshot';

export interface StoredData {
  meta: DatasetMeta;
  pages: Row[][];
  /** Each page's search text, where one is stored. */
  searches: (PageSearch | undefined)[];
}

/** Another tab wrote since this one last read: nothing was written, reload and try again. */
export class ConflictError extends Error {
  override name = 'ConflictError';
  constructor() {
    super('The agreements were changed in another tab.');
  }
}

function pagesOf(db: PactsheetDB, dataset: string) {
  return db.pages.where('[dataset+index]').between([dataset, Dexie.minKey], [dataset, Dexie.maxKey], true, true);
}

function searchesOf(db: PactsheetDB, dataset: string) {
  return db.searches.where('[dataset+index]').between([dataset, Dexie.minKey], [dataset, Dexie.maxKey], true, true);
}

/** The tables a dataset lives in: every transaction that reads or writes one spans them all. */
export const datasetTables = (db: PactsheetDB) => [db.datasets, db.pages, db.searches, db.changes];

function appendLog(db: PactsheetDB, entry: LogEntry | undefined) {
  return entry ? db.changes.add({ ...entry, dataset: CURRENT }) : Promise.resolve();
}

/** Pages read per request: each request's answer is decoded in a task of its own. */
const READ_CHUNK = 8;

async function read(db: PactsheetDB, dataset: string, { searches: withSearches = true } = {}): Promise<StoredData | null> {
  const stored = await db.datasets.get(dataset);
  if (!stored) return null;
  // One request for 100 pages is decoded in one ~200 ms task that freezes the page; several
  // requests in the same transaction see the same snapshot, decoded a few pages at a time.
  const keys = await pagesOf(db, dataset).primaryKeys();
  const chunks = await Promise.all(
    Array.from({ length: Math.ceil(keys.length / READ_CHUNK) }, (_, i) => {
      const first = keys[i * READ_CHUNK];
      const last = keys[Math.min(keys.length, (i + 1) * READ_CHUNK) - 1];
      return db.pages.where('[dataset+index]').between(first, last, true, true).toArray();
    }),
  );
  const pages = chunks.flat();
  const { id: _id, ...meta } = stored;
  const ordered: Row[][] = [];
  for (const page of pages) ordered[page.index] = page.rows;
  const searches: (PageSearch | undefined)[] = [];
  if (withSearches) for (const { index, search } of await searchesOf(db, dataset).toArray()) searches[index] = search;
  // A page index can be missing only if it was never written; treat it as empty.
  return { meta, pages: Array.from(ordered, (rows) => rows ?? []), searches };
}

async function write(
  db: PactsheetDB,
  dataset: string,
  meta: DatasetMeta,
  pages: readonly (readonly Row[])[],
  searches: readonly (PageSearch | undefined)[] = [],
) {
  await pagesOf(db, dataset).delete();
  await searchesOf(db, dataset).delete();
  await db.pages.bulkPut(pages.map((rows, index) => ({ dataset, index, rows: rows as Row[] })));
  await db.searches.bulkPut(searches.flatMap((search, index) => (search ? [{ dataset, index, search }] : [])));
  await db.datasets.put({ ...meta, id: dataset });
}

/** `searches: false` when search texts and sort keys are not wanted (export, backup): ~16 MB less to read. */
export function readDataset(db: PactsheetDB, dataset = CURRENT, options?: { searches: boolean }): Promise<StoredData | null> {
  return db.transaction('r', datasetTables(db), () => read(db, dataset, options));
}

export async function readMeta(db: PactsheetDB, dataset = CURRENT): Promise<DatasetMeta | null> {
  const stored = await db.datasets.get(dataset);
  if (!stored) return null;
  const { id: _id, ...meta } = stored;
  return meta;
}

/**
 * Replaces the current dataset atomically: the old one or the new one, never a mix. With
 * `keepSnapshot`, the old one becomes the snapshot in the same transaction.
 */
export async function replaceDataset(
  db: PactsheetDB,
  meta: DatasetMeta,
  pages: readonly (readonly Row[])[],
  { keepSnapshot = false, log }: { keepSnapshot?: boolean; log?: LogEntry } = {},
): Promise<void> {
  await db.transaction('rw', datasetTables(db), async () => {
    if (keepSnapshot) {
      const previous = await read(db, CURRENT);
      if (previous) await write(db, SNAPSHOT, previous.meta, previous.pages, previous.searches);
    }
    await write(db, CURRENT, meta, pages);
    await appendLog(db, log);
  });
}

/**
 * Stores the current dataset's pages' search texts, made after the dataset was stored, unless it
 * has been written since (`stamp` no longer current): then they might not fit, and are dropped.
 */
export async function storeSearches(db: PactsheetDB, stamp: string, searches: readonly PageSearch[]): Promise<boolean> {
  return db.transaction('rw', datasetTables(db), async () => {
    if ((await db.datasets.get(CURRENT))?.stamp !== stamp) return false;
    await db.searches.bulkPut(searches.map((search, index) => ({ dataset: CURRENT, index, search })));
    return true;
  });
}

/**
 * Pages as stored at one stamp, held by the worker that read or wrote them: the pages a merge was
 * planned on, or those the last write wrote. While that stamp is still the stored one, they are
 * what storage holds, so a write need not read them again. Sparse: only the pages held.
 */
export interface HeldPages {
  stamp: string;
  pages: readonly (readonly Row[] | undefined)[];
  /** Every page of the dataset: a read of all of it (an export, a merge) can take these instead. */
  whole?: boolean;
}

/** Pages a write keeps held afterwards when it held only some: the few an edit touches. */
const HELD_AFTER_WRITE = 8;

/**
 * Applies a change to the stored pages it touches (`pages`, as the app worked them out) and writes
 * them with the dataset's metadata, but only if no other tab has written since this one saw
 * `expectedStamp`; otherwise throws ConflictError and writes nothing. The app applied the same
 * change to the same rows in memory, so both end up alike without the app sending whole pages
 * (cloning a 1,000-row page cost the main thread ~5 ms of every edit). The changed pages' search
 * texts are dropped (a load folds the few pages missing one).
 * Resolves with the pages to hold for the next write: every page when every page was held,
 * otherwise the pages written (a few at most).
 */
export async function writeChange(
  db: PactsheetDB,
  meta: DatasetMeta,
  change: Change,
  pages: readonly number[],
  expectedStamp: string | undefined,
  log?: LogEntry,
  held?: HeldPages,
): Promise<HeldPages | undefined> {
  const keys = pages.map((index): [string, number] => [CURRENT, index]);
  const known = held !== undefined && held.stamp === expectedStamp ? held.pages : [];
  const missing = pages.filter((index) => known[index] === undefined);
  const sparse: Row[][] = [];
  await db.transaction('rw', datasetTables(db), async () => {
    const [current, stored] = await Promise.all([
      db.datasets.get(CURRENT),
      missing.length > 0 ? db.pages.bulkGet(missing.map((index): [string, number] => [CURRENT, index])) : [],
    ]);
    if (current?.stamp !== expectedStamp) throw new ConflictError();
    for (const index of pages) sparse[index] = known[index]?.slice() ?? [];
    missing.forEach((index, i) => (sparse[index] = stored[i]?.rows ?? []));
    const paged = new PagedRows(Array.from(sparse, (rows) => rows ?? []));
    // Rows the app edited but storage lacks: the two differ, so the app must reload first.
    if (change.edits.some(({ id }) => !paged.get(id) && !change.added.some((p) => p.row.id === id))) throw new ConflictError();
    applyChange(paged, change);
    for (const index of pages) sparse[index] = paged.page(index) as Row[];
    // An export another tab recorded meanwhile (markExported) changes no stamp: keep the later one.
    const exportedAt = [current?.exportedAt, meta.exportedAt].filter((t): t is string => !!t).sort().at(-1);
    await Promise.all([
      db.pages.bulkPut(pages.map((index) => ({ dataset: CURRENT, index, rows: sparse[index] }))),
      db.searches.bulkDelete(keys),
      db.datasets.put({ ...meta, ...(exportedAt ? { exportedAt } : {}), id: CURRENT }),
      appendLog(db, log),
    ]);
  });
  if (meta.stamp === undefined) return undefined;
  if (held?.whole && known === held.pages) {
    // Pages are only ever added at the end: the written ones replace theirs, the others stay.
    const all = Array.from({ length: Math.max(known.length, sparse.length) }, (_, i) => sparse[i] ?? known[i] ?? []);
    return { stamp: meta.stamp, pages: all, whole: true };
  }
  return pages.length <= HELD_AFTER_WRITE ? { stamp: meta.stamp, pages: sparse } : undefined;
}

/**
 * Records an export: only `exportedAt` changes, and the stamp stays, so other tabs update their
 * reminder without reloading rows or losing their undo history.
 */
export async function markExported(db: PactsheetDB, exportedAt: string): Promise<void> {
  await db.transaction('rw', [db.datasets], async () => {
    await db.datasets.update(CURRENT, { exportedAt });
  });
}

/** The change log, newest first. */
export async function readLog(db: PactsheetDB, limit = 1000): Promise<LogEntry[]> {
  const entries = await db.changes.where('dataset').equals(CURRENT).reverse().limit(limit).toArray();
  return entries.map(({ seq: _seq, dataset: _dataset, ...entry }) => entry);
}

/** Swaps the snapshot and the current dataset, so a restore can itself be undone the same way. */
export async function restoreSnapshot(db: PactsheetDB, stamp: string, log?: LogEntry): Promise<boolean> {
  return db.transaction('rw', datasetTables(db), async () => {
    const snapshot = await read(db, SNAPSHOT);
    if (!snapshot) return false;
    const current = await read(db, CURRENT);
    if (current) await write(db, SNAPSHOT, current.meta, current.pages, current.searches);
    else await deleteIn(db, SNAPSHOT);
    await write(db, CURRENT, { ...snapshot.meta, stamp }, snapshot.pages, snapshot.searches);
    await appendLog(db, log && { ...log, rowCount: snapshot.pages.reduce((n, page) => n + page.length, 0) });
    return true;
  });
}

async function deleteIn(db: PactsheetDB, dataset: string) {
  await pagesOf(db, dataset).delete();
  await searchesOf(db, dataset).delete();
  await db.datasets.delete(dataset);
}
