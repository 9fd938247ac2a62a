import Dexie from 'dexie';
import { datasetFromTable, type DatasetMeta } from '../domain/dataset';
import type { ParsedTable } from '../domain/import-result';
import { PagedRows } from '../domain/paged-rows';
import type { Row } from '../domain/row';
import type { PactsheetDB, StoredPage } from './schema';

/** Every function here is one transaction: a dataset is never seen half-written. */

export const CURRENT = 'current';

export interface StoredData {
  meta: DatasetMeta;
  pages: Row[][];
}

function pageRange(dataset: string) {
  return [
    [dataset, Dexie.minKey],
    [dataset, Dexie.maxKey],
  ] as const;
}

export async function readDataset(db: PactsheetDB, dataset = CURRENT): Promise<StoredData | null> {
  return db.transaction('r', db.datasets, db.pages, async () => {
    const stored = await db.datasets.get(dataset);
    if (!stored) return null;
    const [lower, upper] = pageRange(dataset);
    const pages = await db.pages.where('[dataset+index]').between(lower, upper, true, true).toArray();
    const { id: _id, ...meta } = stored;
    const ordered: Row[][] = [];
    for (const page of pages) ordered[page.index] = page.rows;
    // A page index can be missing only if it was never written; treat it as empty.
    return { meta, pages: Array.from(ordered, (rows) => rows ?? []) };
  });
}

/** Replaces a whole dataset atomically: the old one or the new one, never a mix. */
export async function replaceDataset(
  db: PactsheetDB,
  meta: DatasetMeta,
  pages: readonly (readonly Row[])[],
  dataset = CURRENT,
): Promise<void> {
  await db.transaction('rw', db.datasets, db.pages, async () => {
    const [lower, upper] = pageRange(dataset);
    await db.pages.where('[dataset+index]').between(lower, upper, true, true).delete();
    await db.pages.bulkPut(pages.map((rows, index) => ({ dataset, index, rows: rows as Row[] })));
    await db.datasets.put({ ...meta, id: dataset });
  });
}

/** Stores an imported table as the current dataset, in pages, in one transaction. */
export async function storeTable(db: PactsheetDB, table: ParsedTable, fileName: string, now: Date): Promise<DatasetMeta> {
  const { meta, rows } = datasetFromTable(table, fileName, now);
  const paged = PagedRows.fromRows(rows);
  await replaceDataset(db, meta, Array.from({ length: paged.pageCount }, (_, i) => paged.page(i)));
  return meta;
}

/** Writes changed pages and the dataset's metadata together. */
export async function writePages(
  db: PactsheetDB,
  meta: DatasetMeta,
  pages: ReadonlyMap<number, readonly Row[]>,
  dataset = CURRENT,
): Promise<void> {
  const stored: StoredPage[] = [...pages].map(([index, rows]) => ({
    dataset,
    index,
    rows: rows as Row[],
  }));
  await db.transaction('rw', db.datasets, db.pages, async () => {
    await db.pages.bulkPut(stored);
    await db.datasets.put({ ...meta, id: dataset });
  });
}

export async function deleteDataset(db: PactsheetDB, dataset = CURRENT): Promise<void> {
  await db.transaction('rw', db.datasets, db.pages, async () => {
    const [lower, upper] = pageRange(dataset);
    await db.pages.where('[dataset+index]').between(lower, upper, true, true).delete();
    await db.datasets.delete(dataset);
  });
}
