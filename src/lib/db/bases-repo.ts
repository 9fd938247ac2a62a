import type { Row } from '../domain/row';
import { joinBytes } from '../domain/text-encodings';
import type { PactsheetDB, StoredBase } from './schema';

/** How many exports keep their base: a file sent out months ago can still come back. */
export const KEPT_BASES = 20;

export interface Base {
  id: string;
  exportedAt: string;
  fileName: string;
  header: string[];
  rows: Row[];
}

async function gzip(text: string): Promise<ArrayBuffer> {
  const stream = new Blob([text]).stream().pipeThrough(new CompressionStream('gzip'));
  return new Response(stream).arrayBuffer();
}

/**
 * Read chunk by chunk and decoded once: `new Response(stream).text()` takes about twice as long
 * for a 100,000-row base (measured in `npm run bench`, "merge: offered").
 */
async function gunzip(bytes: ArrayBuffer): Promise<string> {
  const inflate = new DecompressionStream('gzip');
  const writer = inflate.writable.getWriter();
  void writer.write(new Uint8Array(bytes));
  void writer.close();
  const reader = inflate.readable.getReader();
  const chunks: Uint8Array[] = [];
  for (let read = await reader.read(); !read.done; read = await reader.read()) chunks.push(read.value);
  return new TextDecoder().decode(joinBytes(chunks));
}

/** Keeps what an export wrote, dropping the oldest beyond the last KEPT_BASES. */
export async function storeBase(
  db: PactsheetDB,
  base: Omit<StoredBase, 'cells' | 'ids'> & { rows: readonly Row[] },
): Promise<void> {
  const { rows, ...rest } = base;
  const cells = await gzip(JSON.stringify(rows.map((r) => r.cells)));
  await db.transaction('rw', db.bases, async () => {
    await db.bases.put({ ...rest, ids: rows.map((r) => r.id), cells });
    const keys = await db.bases.orderBy('exportedAt').primaryKeys();
    if (keys.length > KEPT_BASES) await db.bases.bulkDelete(keys.slice(0, keys.length - KEPT_BASES));
  });
}

/** The bases of this dataset (by its import time), newest first, without their rows. */
export async function listBases(db: PactsheetDB, dataset: string, importedAt: string): Promise<StoredBase[]> {
  const all = await db.bases.orderBy('exportedAt').reverse().toArray();
  return all.filter((b) => b.dataset === dataset && b.importedAt === importedAt);
}

export async function openBase(stored: StoredBase): Promise<Base> {
  const cells = JSON.parse(await gunzip(stored.cells)) as string[][];
  return {
    id: stored.id,
    exportedAt: stored.exportedAt,
    fileName: stored.fileName,
    header: stored.header,
    rows: cells.map((c, i) => ({ id: stored.ids[i], cells: c })),
  };
}
