/// <reference lib="webworker" />
import { db, reopen } from '../db/db';
import { ConflictError, CURRENT, datasetTables, readDataset, replaceDataset, storeSearches, writeChange } from '../db/dataset-repo';
import { storageErrorMessage } from '../db/errors';
import { makeBackup, readBackup, summariseBackup, type Backup } from '../domain/backup';
import { importBytes } from '../domain/import-file';
import { datasetFromTable, type DatasetMeta } from '../domain/dataset';
import { paginate } from '../domain/paged-rows';
import type { Row } from '../domain/row';
import { summarise, type ParsedTable } from '../domain/import-result';
import { joinSearch, pageSearch, type PageSearch } from '../domain/search';
import { encodeTable } from '../domain/tsv-encode';
import type { DataRequest, DataResponse, Envelope } from './data-protocol';

// A thin shell over domain/ and db/ (both tested under Node): it moves all-rows work off the
// main thread, so a 100,000-row file never freezes the page, and writes each edit, so the page
// never waits for storage.
const scope = self as unknown as DedicatedWorkerGlobalScope;

/** The last parsed file, kept here until the user confirms or cancels its import. */
let parsed: ParsedTable | null = null;
/** The confirmed import as a dataset, kept until it is stored. */
let prepared: { meta: DatasetMeta; pages: Row[][] } | null = null;
/** Its rows, kept until their search text is made (saves reading them back from storage). */
let indexable: { stamp: string; pages: Row[][] } | null = null;
/** The last backup read, kept until the user confirms or cancels its restore. */
let backup: Backup | null = null;

const NOTHING_TO_STORE = 'There is no parsed file to store.';
/** Set when the app closed the database for another tab's upgrade. */
let closed = false;

async function handle(request: DataRequest): Promise<{ response: DataResponse; transfer?: Transferable[] }> {
  switch (request.type) {
    case 'parse': {
      parsed = prepared = indexable = null;
      const result = importBytes(new Uint8Array(request.bytes));
      if (!result.ok) return { response: { type: 'refused', error: result.error } };
      parsed = result.table;
      return { response: { type: 'parsed', summary: summarise(result.table) } };
    }
    case 'prepare': {
      if (!parsed) return { response: { type: 'failed', message: NOTHING_TO_STORE } };
      const { meta, rows } = datasetFromTable(parsed, request.fileName, new Date(request.now), request.stamp);
      prepared = { meta, pages: paginate(rows) };
      indexable = { stamp: request.stamp, pages: prepared.pages };
      parsed = null;
      return { response: { type: 'prepared', meta, pageCount: prepared.pages.length } };
    }
    case 'pages': {
      if (!prepared) return { response: { type: 'failed', message: NOTHING_TO_STORE } };
      return { response: { type: 'pages', pages: prepared.pages.slice(request.from, request.from + request.count) } };
    }
    case 'store': {
      if (!prepared) return { response: { type: 'failed', message: NOTHING_TO_STORE } };
      const { meta, pages } = prepared;
      prepared = null;
      try {
        await replaceDataset(db, meta, pages, { keepSnapshot: true });
      } catch (error) {
        indexable = null; // nothing was stored: there will be nothing to index
        return { response: { type: 'failed', message: storageErrorMessage(error, 'store the imported agreements') } };
      }
      return { response: { type: 'stored', rows: pages.reduce((n, page) => n + page.length, 0) } };
    }
    case 'index': {
      let pages: readonly Row[][] | undefined;
      if (indexable?.stamp === request.stamp) pages = indexable.pages;
      else {
        const stored = await readDataset(db, CURRENT, { searches: false });
        if (stored?.meta.stamp === request.stamp) pages = stored.pages;
      }
      indexable = null;
      if (!pages) return { response: { type: 'failed', message: 'The agreements changed while they were being indexed.' } };
      const searches: PageSearch[] = [];
      for (const rows of pages) {
        searches.push(pageSearch(rows));
        // Folding 100,000 rows takes ~300 ms: an edit made meanwhile is written between pages.
        if (searches.length % 10 === 0) await new Promise((resolve) => setTimeout(resolve));
      }
      const search = joinSearch(pages, searches)!;
      // Kept for the next start, unless the dataset has been written since (then they may not fit).
      void storeSearches(db, request.stamp, searches).catch(() => false);
      return { response: { type: 'index', stamp: request.stamp, search }, transfer: [search.starts.buffer, search.ids.buffer] };
    }
    case 'discard':
      parsed = prepared = indexable = backup = null;
      return { response: { type: 'stored', rows: 0 } };
    case 'backup': {
      const stored = request.data ?? (await readDataset(db, CURRENT, { searches: false }));
      if (!stored) return { response: { type: 'failed', message: 'There is nothing to back up yet.' } };
      const settings = Object.fromEntries((await db.settings.toArray()).map(({ key, value }) => [key, value]));
      const backup = makeBackup(stored.meta, stored.pages.flat(), settings, new Date(request.now));
      const bytes = new TextEncoder().encode(JSON.stringify(backup)).buffer;
      return { response: { type: 'backup', bytes }, transfer: [bytes] };
    }
    case 'readBackup': {
      backup = null;
      const read = readBackup(new TextDecoder().decode(request.bytes));
      if (!read.ok) return { response: { type: 'refused', error: { message: read.message } } };
      backup = read.backup;
      return { response: { type: 'backupRead', summary: summariseBackup(read.backup) } };
    }
    case 'restore': {
      if (!backup) return { response: { type: 'failed', message: 'There is no backup to restore.' } };
      const { meta, rows, settings } = backup;
      backup = null;
      try {
        await db.transaction('rw', [...datasetTables(db), db.settings], async () => {
          await replaceDataset(db, { ...meta, stamp: request.stamp }, paginate(rows), { keepSnapshot: true });
          await db.settings.bulkPut(Object.entries(settings).map(([key, value]) => ({ key, value })));
        });
      } catch (error) {
        return { response: { type: 'failed', message: storageErrorMessage(error, 'restore the backup') } };
      }
      return { response: { type: 'stored', rows: rows.length } };
    }
    case 'open':
      // Opened on the way in (see onmessage).
      return { response: { type: 'open' } };
    case 'close':
      closed = true;
      db.close();
      return { response: { type: 'closed' } };
    case 'write': {
      try {
        await writeChange(db, request.meta, request.change, request.pages, request.expectedStamp);
      } catch (error) {
        if (error instanceof ConflictError) return { response: { type: 'conflict' } };
        return { response: { type: 'failed', message: storageErrorMessage(error, 'save your change') } };
      }
      return { response: { type: 'written' } };
    }
    case 'export': {
      const stored = request.data ?? (await readDataset(db, CURRENT, { searches: false }));
      if (!stored) return { response: { type: 'failed', message: 'There is nothing to export yet.' } };
      const cells = stored.pages.flatMap((rows) => rows.map((row) => row.cells as string[]));
      const { bytes, ...counts } = encodeTable(stored.meta.header, cells, stored.meta.dialect);
      const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
      return { response: { type: 'exported', bytes: buffer, rows: cells.length, ...counts }, transfer: [buffer] };
    }
  }
}

// When another tab upgrades the database, the app closes it here once the writes it has sent are
// stored (workspace.closeForUpgrade); Dexie's own handler would close it under them.
db.on('versionchange', () => false);

scope.onmessage = async (event: MessageEvent<Envelope<DataRequest>>) => {
  const { id, body } = event.data;
  let reply: { response: DataResponse; transfer?: Transferable[] };
  try {
    // After the browser deleted the database under the page, Dexie does not open it by itself;
    // once the app has closed it for another tab's upgrade, it stays closed.
    if (!closed && body.type !== 'close' && body.type !== 'parse' && body.type !== 'readBackup') await reopen().catch(() => undefined);
    reply = await handle(body);
  } catch (error) {
    // Errors users can meet come back as values; reaching here is a bug, reported, never hung on.
    const detail = error instanceof Error ? error.message : String(error);
    reply = { response: { type: 'failed', message: `Pactsheet hit an unexpected error (${detail}).` } };
  }
  scope.postMessage({ id, body: reply.response } satisfies Envelope<DataResponse>, reply.transfer ?? []);
};
