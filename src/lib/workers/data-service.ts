import { ConflictError, CURRENT, datasetTables, markExported, readMeta, replaceDataset, restoreSnapshot, storeSearches } from '../db/dataset-repo';
import { listBases, openBase, storeBase, type Base } from '../db/bases-repo';
import { storageError } from '../db/errors';
import { bestBase } from '../domain/merge/choose-base';
import { exportIdOf } from '../domain/merge/export-id';
import { planMerge } from '../domain/merge/three-way';
import type { PactsheetDB, StoredBase } from '../db/schema';
import { makeBackup, readBackup, summariseBackup, type Backup } from '../domain/backup';
import { wholeDatasetEntry } from '../domain/change-log';
import { datasetFromTable, type DatasetMeta } from '../domain/dataset';
import { importBytes } from '../domain/import-file';
import { summarise, type ParsedTable } from '../domain/import-result';
import { paginate } from '../domain/paged-rows';
import type { Row } from '../domain/row';
import { joinSearch, pageSearch, type PageSearch } from '../domain/search';
import { encodeDataset } from '../domain/file-encode';
import type { StorageDoing } from '../text/messages';
import type { DataRequest, DataResponse } from './data-protocol';
import { HeldDataset } from './held-dataset';

export interface Reply {
  response: DataResponse;
  transfer?: Transferable[];
}

const NOTHING_TO_STORE: DataResponse = { type: 'failed', reason: { key: 'failure.nothingParsed' } };
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
const rowCount = (pages: readonly (readonly Row[])[]) => pages.reduce((n, page) => n + page.length, 0);

/**
 * The data worker's work over the database it is given: parsing a file, storing it, writing each
 * change with its change-log entry, settings, exports and backups. It is the app's only writer to
 * IndexedDB. Kept apart from the worker shell (data.worker.ts) so that it runs under Node, on
 * fake-indexeddb, in unit tests.
 */
export class DataService {
  /** The last parsed file, kept until the user confirms or cancels its import. */
  private parsed: ParsedTable | null = null;
  /** The confirmed import as a dataset, kept until it is stored. */
  private prepared: { meta: DatasetMeta; pages: Row[][]; fileName: string; now: Date } | null = null;
  /** Its rows, kept until their search text is made (saves reading them back from storage). */
  private indexable: { stamp: string; pages: Row[][] } | null = null;
  /** The stored rows it holds, so that an export, a merge or an edit need not read them again. */
  private readonly held: HeldDataset;
  /** The last backup read, kept until the user confirms or cancels its restore. */
  private backup: Backup | null = null;
  /** Set when the app closed the database for another tab's upgrade. */
  closed = false;
  /**
   * The bases of exports already answered, still being stored: the download does not wait for
   * them (compressing 100,000 rows takes longer than writing the file). A merge waits.
   */
  private keeping: Promise<void> = Promise.resolve();

  constructor(private readonly db: PactsheetDB) {
    this.held = new HeldDataset(db);
  }

  async handle(request: DataRequest): Promise<Reply> {
    switch (request.type) {
      case 'parse': {
        this.parsed = this.prepared = this.indexable = null;
        const result = importBytes(new Uint8Array(await request.file.arrayBuffer()));
        if (!result.ok) return reply({ type: 'refused', error: result.error });
        this.parsed = result.table;
        return reply({ type: 'parsed', summary: summarise(result.table) });
      }
      case 'prepare': {
        if (!this.parsed) return reply(NOTHING_TO_STORE);
        const now = new Date(request.now);
        const { meta, rows } = datasetFromTable(this.parsed, request.fileName, now, request.stamp);
        this.prepared = { meta, pages: paginate(rows), fileName: request.fileName, now };
        this.indexable = { stamp: request.stamp, pages: this.prepared.pages };
        this.parsed = null;
        return reply({ type: 'prepared', meta, pageCount: this.prepared.pages.length });
      }
      case 'pages':
        if (!this.prepared) return reply(NOTHING_TO_STORE);
        return reply({ type: 'pages', pages: this.prepared.pages.slice(request.from, request.from + request.count) });
      case 'store': {
        if (!this.prepared) return reply(NOTHING_TO_STORE);
        const { meta, pages, fileName, now } = this.prepared;
        this.prepared = null;
        try {
          const log = wholeDatasetEntry('imported', rowCount(pages), now, fileName);
          this.held.forget();
          await replaceDataset(this.db, meta, pages, { keepSnapshot: true, log });
          this.held.keep(meta.stamp, pages);
        } catch (error) {
          this.indexable = null; // nothing was stored: there will be nothing to index
          return reply({ type: 'failed', reason: storageError(error, 'storeImport') });
        }
        return reply({ type: 'stored', rows: rowCount(pages) });
      }
      case 'store-all':
        // A tab storing its rows again (the browser discarded them), or a register started here.
        this.held.forget();
        return this.written(async () => {
          await replaceDataset(this.db, request.meta, request.pages, { keepSnapshot: request.keepSnapshot, log: request.log });
          this.held.keep(request.meta.stamp, request.pages);
        }, 'storeAll');
      case 'index':
        return this.index(request.stamp);
      case 'discard':
        this.parsed = this.prepared = this.indexable = this.backup = null;
        return reply({ type: 'stored', rows: 0 });
      case 'hold':
        await this.held.stored();
        return reply({ type: 'held' });
      case 'backup': {
        const stored = request.data ?? (await this.held.stored());
        if (!stored) return reply({ type: 'failed', reason: { key: 'failure.nothingToBackUp' } });
        const settings = Object.fromEntries((await this.db.settings.toArray()).map(({ key, value }) => [key, value]));
        const backup = makeBackup(stored.meta, stored.pages.flat(), settings, new Date(request.now));
        const bytes = new TextEncoder().encode(JSON.stringify(backup)).buffer;
        return { response: { type: 'backup', bytes }, transfer: [bytes] };
      }
      case 'readBackup': {
        this.backup = null;
        const read = readBackup(await request.file.text());
        if (!read.ok) return reply({ type: 'refused', error: { reason: read.reason } });
        this.backup = read.backup;
        return reply({ type: 'backupRead', summary: summariseBackup(read.backup) });
      }
      case 'restore': {
        if (!this.backup) return reply({ type: 'failed', reason: { key: 'failure.noBackup' } });
        const { meta, rows, settings } = this.backup;
        this.backup = null;
        const log = wholeDatasetEntry('restored', rows.length, new Date(request.now), request.fileName);
        this.held.forget();
        try {
          await this.db.transaction('rw', [...datasetTables(this.db), this.db.settings], async () => {
            await replaceDataset(this.db, { ...meta, stamp: request.stamp }, paginate(rows), { keepSnapshot: true, log });
            await this.db.settings.bulkPut(Object.entries(settings).map(([key, value]) => ({ key, value })));
          });
        } catch (error) {
          return reply({ type: 'failed', reason: storageError(error, 'restoreBackup') });
        }
        return reply({ type: 'stored', rows: rows.length });
      }
      case 'restore-snapshot': {
        this.held.forget();
        try {
          const log = wholeDatasetEntry('restored', 0, new Date(request.now));
          const restored = await restoreSnapshot(this.db, request.stamp, log);
          return reply(restored ? { type: 'written' } : { type: 'failed', reason: { key: 'backup.noEarlier' } });
        } catch (error) {
          return reply({ type: 'failed', reason: storageError(error, 'restoreEarlier') });
        }
      }
      case 'setting':
        return this.written(() => this.db.settings.put({ key: request.key, value: request.value }), 'saveSetting');
      case 'mark-exported':
        return this.written(() => markExported(this.db, request.exportedAt), 'recordExport');
      case 'open':
        return reply({ type: 'open' });
      case 'close':
        this.closed = true;
        this.db.close();
        return reply({ type: 'closed' });
      case 'write':
        try {
          await this.held.write(request.meta, request.change, request.pages, request.expectedStamp, request.log);
        } catch (error) {
          if (error instanceof ConflictError) return reply({ type: 'conflict' });
          return reply({ type: 'failed', reason: storageError(error, 'saveChange') });
        }
        return reply({ type: 'written' });
      case 'export': {
        const stored = request.data ?? (await this.held.stored());
        if (!stored) return reply({ type: 'failed', reason: { key: 'failure.nothingToExport' } });
        const { bytes, ...counts } = encodeDataset(stored.meta, stored.pages, request.as);
        const base = request.base;
        // In a later task: the reply (and the download) goes out before the base is compressed.
        // Rows held by the page (storage lost) may not be what storage has at that stamp: no stamp then.
        const stamp = request.data ? undefined : stored.meta.stamp;
        if (base) this.keeping = this.keeping.then(nextTask).then(() => this.keepBase(stored.meta, stored.pages.flat(), { ...base, stamp }));
        const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
        return { response: { type: 'exported', bytes: buffer, ...counts }, transfer: [buffer] };
      }
      case 'merge':
        return this.planMerge(request.fileName);
    }
  }

  /** Resolves when the bases of every export answered so far are stored. */
  basesKept(): Promise<void> {
    return this.keeping;
  }

  /** A base that cannot be kept (a full disk) costs only a two-way merge later: the export goes on. */
  private async keepBase(meta: DatasetMeta, rows: Row[], { id, now, fileName, stamp }: { id: string; now: number; fileName: string; stamp?: string }) {
    try {
      const exportedAt = new Date(now).toISOString();
      await storeBase(this.db, { id, dataset: CURRENT, exportedAt, importedAt: meta.importedAt, stamp, fileName, header: meta.header, rows });
    } catch {
      // See above: nothing to tell the user now; the merge review says it had no base.
    }
  }

  /** Plans the merge of the file parsed last (kept: the user may still choose Replace). */
  private async planMerge(fileName: string): Promise<Reply> {
    const theirs = this.parsed;
    if (!theirs) return reply(NOTHING_TO_STORE);
    await this.keeping;
    const meta = await readMeta(this.db);
    if (!meta) return reply({ type: 'failed', reason: { key: 'failure.nothingToMerge' } });
    const id = exportIdOf(fileName);
    const kept = await listBases(this.db, CURRENT, meta.importedAt);
    const named = kept.find((b) => b.id === id);
    // Nothing written here since that export: the stored rows are its base, and need not be unzipped.
    const unchanged = named?.stamp !== undefined && named.stamp === meta.stamp;
    // Otherwise the rows and the base are read side by side: the base's unzipping runs while rows arrive.
    const [stored, opened] = await Promise.all([this.held.stored(), unchanged ? null : chooseBase(kept, named, theirs)]);
    if (!stored) return reply({ type: 'failed', reason: { key: 'failure.nothingToMerge' } });
    const mine = stored.pages.flat();
    let base = opened;
    if (unchanged && named) {
      // Checked again on the rows read: a write may have come between the two reads.
      const fromRows = { id: named.id, exportedAt: named.exportedAt, fileName: named.fileName, header: stored.meta.header, rows: mine };
      base = stored.meta.stamp === named.stamp ? fromRows : await openBase(named);
    }
    // Every row's outcome is for tests: 100,000 of them need not be made here.
    const plan = planMerge({ header: stored.meta.header, mine, base, theirs }, { outcomes: false });
    return reply({ type: 'merge-plan', plan, base: base && { id: base.id, exportedAt: base.exportedAt, fileName: base.fileName } });
  }

  private async written(write: () => Promise<unknown>, what: StorageDoing): Promise<Reply> {
    try {
      await write();
      return reply({ type: 'written' });
    } catch (error) {
      return reply({ type: 'failed', reason: storageError(error, what) });
    }
  }

  /** The search text of the dataset with this stamp: the last import's, or read from storage. */
  private async index(stamp: string): Promise<Reply> {
    let pages: readonly Row[][] | undefined;
    if (this.indexable?.stamp === stamp) pages = this.indexable.pages;
    else {
      const stored = await this.held.stored();
      if (stored?.meta.stamp === stamp) pages = stored.pages;
    }
    this.indexable = null;
    if (!pages) return reply({ type: 'failed', reason: { key: 'sync.changedWhileIndexing' } });
    const searches: PageSearch[] = [];
    for (const rows of pages) {
      searches.push(pageSearch(rows));
      // Folding 100,000 rows takes ~300 ms: an edit made meanwhile is written between pages.
      if (searches.length % 10 === 0) await new Promise((resolve) => setTimeout(resolve));
    }
    const search = joinSearch(pages, searches)!;
    // Kept for the next start, unless the dataset has been written since (then they may not fit).
    void storeSearches(this.db, stamp, searches).catch(() => false);
    return { response: { type: 'index', stamp, search }, transfer: [search.starts.buffer, search.ids.buffer] };
  }
}

const reply = (response: DataResponse): Reply => ({ response });

/** The base a returned file is merged against: the export its name names, else the best match. */
async function chooseBase(kept: readonly StoredBase[], named: StoredBase | undefined, theirs: ParsedTable): Promise<Base | null> {
  return named ? openBase(named) : bestBase(await Promise.all(kept.map(openBase)), theirs);
}
