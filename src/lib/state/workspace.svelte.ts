import { db, reopen } from '../db/db';
import { readDataset, readMeta, replaceDataset, restoreSnapshot, type StoredData } from '../db/dataset-repo';
import { storageErrorMessage } from '../db/errors';
import { applyChange, History, invert, type Change } from '../domain/changes';
import { mapColumns } from '../domain/columns';
import { columnCount, dateFormatOf, newStamp, type DatasetMeta } from '../domain/dataset';
import type { DateFormat } from '../domain/dates';
import { PagedRows, type Placement } from '../domain/paged-rows';
import { cellOf, type Row } from '../domain/row';
import { countStatuses, recount, statusLookup, type Status, type StatusVerdict } from '../domain/status';
import { shareTexts } from '../domain/column-keys';
import { joinSearch, SearchIndex, type SearchText } from '../domain/search';
import { dataWorker } from '../workers/data-client';
import type { DataResponse } from '../workers/data-protocol';
import { clock } from './clock.svelte';
import { notices } from './notices.svelte';
import { replacedCellsMessage, type EditedCell } from './replaced-cells';
import { settings } from './settings.svelte';

const NO_HEADER: readonly string[] = [];
/**
 * Pages without a stored search text (rewritten by an edit since) that are folded here when the
 * rows are loaded, ~3 ms each, without sort keys; with more, the worker folds the whole set.
 */
const FOLD_HERE = 20;
/** How often a tab asks storage again after a failure: is the stored copy there, does it fit now? */
const RETRY_MS = 3000;

/** How `rows` last changed when only some rows were edited: the grid and counts update just those. */
export interface EditedRows {
  /** The rows array before and after the edit. */
  from: readonly Row[];
  to: readonly Row[];
  /** The edited rows as they were, and as they are now. */
  before: Row[];
  rows: Row[];
}

/**
 * The open dataset: its rows in memory (for the grid) and in IndexedDB (the truth across reloads
 * and tabs). Every change is applied in memory, recorded for undo, and written at once; writes
 * are queued so they reach storage in the order they were made.
 */
class Workspace {
  meta = $state.raw<DatasetMeta | null>(null);
  rows = $state.raw<readonly Row[]>([]);
  /**
   * When `rows` last changed by edits alone: the rows before and the changed rows, so the grid can
   * update those in place instead of diffing 100,000 rows.
   */
  edited = $state.raw<EditedRows | null>(null);
  /** Set while an import arrives in parts (see adopt): `rows` only grows at the end until it is all here. */
  arriving = $state(false);
  /** When `rows` last changed by pages added at the end (`to` is that rows array). */
  appended = $state.raw<{ to: readonly Row[] } | null>(null);
  ready = $state(false);
  canUndo = $state(false);
  canRedo = $state(false);
  /** Writes not yet durable; the toolbar says "Saving…" until this is back to 0. */
  saving = $state(0);
  /**
   * Set when the browser discarded the stored data while this tab still shows it: this tab then
   * holds the only copy, and stores it again as soon as it can (see lost).
   */
  unstored = $state(false);
  /** Set when another tab upgrades the database: this tab has saved everything and must reload. */
  closed = $state(false);
  /** Counts whole-dataset loads: the grid is rebuilt for a new set rather than diffed against the old. */
  generation = $state(0);
  /** Search over the loaded rows; the worker makes its search text (see indexRows). */
  searchIndex = $state.raw(new SearchIndex());
  /** Read from the data when it is loaded, not from the browser's locale. */
  dateFormat = $state<DateFormat>('M/d/yyyy');

  // Derived from the header alone, so that per-edit metadata updates don't rebuild columns.
  header = $derived(this.meta?.header ?? NO_HEADER);
  columnMap = $derived(mapColumns(this.header));
  /** Set when rows are loaded, added or deleted: an edit never changes it, so it never rescans. */
  columnCount = $state(0);
  statusOf = $derived(
    statusLookup(
      { today: clock.today, renewalMonths: settings.renewalMonths, dateFormat: this.dateFormat },
      this.columnMap.validUntil,
    ),
  );
  counts = $derived(this.tally(this.rows, this.statusOf));

  private paged = new PagedRows([]);
  private tallied: { rows: readonly Row[]; statusOf: (row: Row) => StatusVerdict; counts: Record<Status, number> } | null = null;
  private history = new History();
  private writes: Promise<unknown> = Promise.resolve();
  private loading: Promise<void> | null = null;
  /** The stamp of the stored data that memory reflects, and the stamps this tab wrote. */
  private seen: string | undefined;
  private own = new Set<string>();
  /** The storage check under way, if any (see checkStillStored). */
  private checking: Promise<void> | null = null;
  /** The message saying the stored copy is gone, taken back once it is stored again. */
  private lostNotice: number | null = null;
  /** Why the last write failed, while that is being looked into: said again if the copy is gone. */
  private writeFailure: string | null = null;
  /** Set from adopt until the import is stored (prepareSearch) or given up (load). */
  private importing = false;
  /** Changes made while the stored copy was lost: storeAgain writes again if any came meanwhile. */
  private unstoredChanges = 0;
  /** Cells this tab changed since it last loaded, to tell the user if another tab replaces one. */
  private mine = new Map<string, EditedCell>();

  /** Loads the stored dataset; a load already under way is shared, not repeated. */
  load(): Promise<void> {
    this.loading ??= this.read(true).finally(() => (this.loading = null));
    return this.loading;
  }

  /** `fresh`: a new dataset (start-up, import, restore), for which the grid starts over. */
  private async read(fresh: boolean): Promise<void> {
    this.importing = false;
    try {
      const stored = await readDataset(db);
      if (!stored && !fresh && this.meta) return this.lost();
      this.showStored(stored, fresh);
    } catch (error) {
      notices.error(storageErrorMessage(error, 'open the stored agreements'));
    } finally {
      this.ready = true;
    }
  }

  /**
   * Shows an import the worker is storing at this moment (its stamp was made by `ownStamp`): its
   * pages come in parts (addPages) until `adopted`. The UI is read-only meanwhile (importer.busy).
   */
  adopt(meta: DatasetMeta): void {
    this.show(meta, new PagedRows([]), true);
    this.importing = true;
    this.arriving = true;
    this.ready = true;
  }

  addPages(pages: Row[][]): void {
    this.paged.addPages(pages);
    const first = this.rows.length === 0;
    this.rows = this.paged.all();
    this.appended = { to: this.rows };
    if (this.meta) this.columnCount = columnCount(this.meta, this.rows);
    if (first) this.dateFormat = this.detectFormat(this.meta, this.rows);
  }

  /** The adopted import is all here: its date format is settled. */
  adopted(): void {
    this.arriving = false;
    this.dateFormat = this.detectFormat(this.meta, this.rows);
  }

  /**
   * Has the worker make the adopted import's search text, once it has stored it: folding while the
   * write is finishing would hold its answer back by as long.
   */
  prepareSearch(): void {
    this.importing = false;
    this.searchIndex = new SearchIndex();
    void this.indexRows(this.searchIndex, this.meta?.stamp, this.rows);
  }

  /**
   * Another tab (or this tab's worker) wrote: reload, and say so if a cell this tab had edited
   * now holds something else. Our own writes are recognised by their stamps and ignored.
   */
  async syncFromStorage(stamp: string | undefined): Promise<void> {
    // The first liveQuery answer arrives while the start-up load is still reading: wait for it,
    // or the stamp it is about to record looks foreign and 100,000 rows are read twice.
    if (this.loading) await this.loading;
    if (this.closed || stamp === this.seen || (stamp && this.own.has(stamp))) return;
    await this.flush();
    const mine = [...this.mine.values()];
    // The same dataset, changed elsewhere: the grid keeps its sort, scroll and widths.
    await this.read(false);
    const message = replacedCellsMessage(mine, this.paged, this.header);
    if (message) notices.error(message);
  }

  /**
   * The rows as this tab holds them, when it holds the only copy (the browser discarded the
   * stored one): an export or a backup is made from these instead of from storage.
   */
  onlyCopy(): { meta: DatasetMeta; pages: readonly (readonly Row[])[] } | undefined {
    return this.unstored && this.meta ? { meta: this.meta, pages: this.paged.allPages() } : undefined;
  }

  /** A stamp for a write another part of this tab (the import worker) is about to make. */
  ownStamp(): string {
    const stamp = newStamp();
    this.own.add(stamp);
    return stamp;
  }

  /** Resolves once every change made so far is durably stored. */
  flush(): Promise<void> {
    return this.writes.then(() => undefined);
  }

  /** Stops writing so another tab can upgrade the database: everything queued is saved first. */
  async closeForUpgrade(): Promise<void> {
    this.closed = true;
    await this.flush();
    db.close();
    if (dataWorker.running) await dataWorker.request({ type: 'close' });
  }

  edit(id: number, column: number, value: string): Promise<void> {
    const row = this.paged.get(id);
    if (!row || cellOf(row, column) === value) return Promise.resolve();
    return this.commit({ kind: 'edit', edits: [{ id, column, before: cellOf(row, column), after: value }] });
  }

  /** Appends an empty row (one empty cell per header column) and returns its id. */
  async addRow(): Promise<number | null> {
    if (!this.meta || this.closed) return null;
    const id = this.meta.nextRowId;
    this.meta = { ...this.meta, nextRowId: id + 1 };
    const row: Row = { id, cells: this.meta.header.map(() => '') };
    await this.commit({ kind: 'add', placements: this.paged.placementsForNew([row]) });
    return id;
  }

  deleteRows(ids: readonly number[]): Promise<void> {
    const wanted = new Set(ids);
    const placements: Placement[] = [];
    for (let page = 0; page < this.paged.pageCount; page++) {
      this.paged.page(page).forEach((row, position) => {
        if (wanted.has(row.id)) placements.push({ row, page, position });
      });
    }
    if (placements.length === 0) return Promise.resolve();
    return this.commit({ kind: 'delete', placements });
  }

  undo(): Promise<void> {
    const change = this.history.undo();
    return change ? this.commit(change, false) : Promise.resolve();
  }

  redo(): Promise<void> {
    const change = this.history.redo();
    return change ? this.commit(change, false) : Promise.resolve();
  }

  /** Records that the data was exported now (for the "Last exported" reminder). */
  markExported(): Promise<void> {
    return this.commit({ kind: 'edit', edits: [] }, false, { exportedAt: new Date().toISOString() });
  }

  /** Brings back the dataset a replacing import or restore displaced (and keeps this one instead). */
  async restoreSnapshot(): Promise<boolean> {
    await this.flush();
    const restored = await restoreSnapshot(db, this.ownStamp());
    if (restored) await this.load();
    return restored;
  }

  private async commit(change: Change, record = true, patch: Partial<DatasetMeta> = {}): Promise<void> {
    const meta = this.meta;
    if (!meta || this.closed) return;
    const from = this.rows;
    const rowsOf = () => (change.kind === 'edit' ? change.edits.flatMap(({ id }) => this.paged.get(id) ?? []) : []);
    const before = rowsOf();
    const touched = applyChange(this.paged, change);
    if (record) this.history.record(change);

    const expected = this.seen;
    const stamp = this.ownStamp();
    this.seen = stamp;
    const isUserChange = change.kind !== 'edit' || change.edits.length > 0;
    const next: DatasetMeta = { ...meta, ...patch, stamp, ...(isUserChange ? { changedAt: new Date().toISOString() } : {}) };
    // Posted before anything on screen changes, so the worker stores it while the page redraws.
    // While the stored copy is lost, changes stay here; storeAgain stores them with the rest.
    const written = this.unstored
      ? null
      : this.queue(() =>
          dataWorker
            .request({ type: 'write', meta: next, change, pages: [...touched], expectedStamp: expected })
            .catch((error: unknown): DataResponse => ({ type: 'failed', message: `Could not save your change: ${String(error)}.` })),
        );

    this.rows = this.paged.all();
    this.appended = null;
    this.edited = change.kind === 'edit' ? { from, to: this.rows, before, rows: rowsOf() } : null;
    if (change.kind !== 'edit') this.columnCount = columnCount(meta, this.rows);
    this.syncHistory();
    if (change.kind === 'edit') {
      for (const e of change.edits) this.mine.set(`${e.id}:${e.column}`, { id: e.id, column: e.column, value: e.after });
    }
    this.meta = next;
    if (!written) {
      this.unstoredChanges++;
      return;
    }
    const outcome = await written;
    if (outcome.type === 'written') return;
    if (outcome.type === 'conflict') return this.rebase(change);
    // What is on screen must be what is stored. Take the change back in memory at once (on a
    // full disk even reading can fail), then re-read the stored data if the disk lets us. Still
    // "Saving…" until then: the re-read may find the stored copy gone.
    this.saving++;
    this.writeFailure = outcome.type === 'failed' ? outcome.message : `Could not save your change (${outcome.type}).`;
    notices.error(this.writeFailure);
    applyChange(this.paged, invert(change));
    this.rows = this.paged.all();
    this.edited = null;
    this.columnCount = columnCount(meta, this.rows);
    this.history.clear();
    this.syncHistory();
    await this.resync().finally(() => {
      this.writeFailure = null;
      this.saving--;
    });
  }

  /** Re-reads the stored dataset after a failed write. */
  private async resync(): Promise<void> {
    try {
      const stored = await readDataset(db);
      if (stored) this.showStored(stored, false);
      else this.lost();
    } catch {
      // Not even readable: whether the stored copy survived is found out once it is.
      await this.checkStillStored();
    }
  }

  /** The database was closed under this tab: has the browser discarded it? */
  closedUnderUs(): void {
    void this.flush().then(() => this.checkStillStored());
  }

  /**
   * Whether the stored copy still exists (after the database was closed under this tab, or a
   * failed write). Until storage answers, the toolbar says "Saving…", and it is asked again
   * every few seconds: on a completely full disk even opening the database fails.
   */
  private checkStillStored(): Promise<void> {
    // One check at a time: each failed open closes the database again, which asks for another.
    this.checking ??= this.askUntilAnswered().finally(() => (this.checking = null));
    return this.checking;
  }

  private async askUntilAnswered(): Promise<void> {
    this.saving++;
    try {
      while (!this.closed && !this.unstored && this.meta) {
        const stored = await reopen()
          .then(() => readMeta(db))
          .catch(() => undefined);
        if (stored === null) this.lost();
        if (stored !== undefined) return;
        await new Promise((resolve) => setTimeout(resolve, RETRY_MS));
      }
    } finally {
      this.saving--;
    }
  }

  /**
   * The stored dataset is gone while this tab shows it: the browser discarded its database.
   * Chromium deletes a database it finds damaged, which a completely full disk can cause
   * (electron/electron#41877). This tab keeps every row, says so, and stores them again.
   */
  private lost(): void {
    // An import being stored is not the stored data yet: if its write fails, the importer reloads.
    if (this.unstored || !this.meta || this.importing) return;
    this.unstored = true;
    const count = this.paged.size.toLocaleString('en-US');
    this.lostNotice = notices.error(
      `${this.writeFailure ? `${this.writeFailure} ` : ''}The browser has discarded its stored copy of your ${count} agreements, as Chromium does when the disk is completely full. They are all still here, in this tab. Keep it open and free some space on the disk: Pactsheet stores them again by itself. To be safe, Export TSV now.`,
    );
    void this.storeAgain();
  }

  /** Tries to store the whole dataset every few seconds until it fits, with any change made meanwhile. */
  private async storeAgain(): Promise<void> {
    // Another dataset shown meanwhile (an import, a restore) is stored by whatever brought it.
    const generation = this.generation;
    const current = () => this.unstored && !this.closed && this.meta && this.generation === generation;
    while (current()) {
      const changes = this.unstoredChanges;
      const meta: DatasetMeta = { ...this.meta!, stamp: this.ownStamp() };
      try {
        await reopen();
        await replaceDataset(db, meta, this.paged.allPages());
      } catch {
        await new Promise((resolve) => setTimeout(resolve, RETRY_MS));
        continue;
      }
      if (!current() || changes !== this.unstoredChanges) continue;
      this.meta = meta;
      this.seen = meta.stamp;
      this.unstored = false;
      if (this.lostNotice !== null) notices.dismiss(this.lostNotice);
      notices.info(`Stored again: the browser had discarded its copy, and all ${this.paged.size.toLocaleString('en-US')} agreements are safe in it again.`);
    }
  }

  /**
   * Another tab wrote between our read and our write. Load its data; then an edit is applied on
   * top (the later write wins, as in a shared spreadsheet), while a structural change, whose
   * positions no longer hold, is dropped with a message.
   */
  private async rebase(change: Change): Promise<void> {
    await this.syncFromStorage(undefined);
    if (change.kind !== 'edit') {
      notices.error('Another tab changed these agreements at the same moment, so your last row change was not saved. The grid shows the latest data: please do it again.');
      return;
    }
    for (const { id, column, after } of change.edits) await this.edit(id, column, after);
  }

  private queue<T>(write: () => Promise<T>): Promise<T> {
    // With nothing still being written, start at once: a microtask later is after the grid has
    // finished its own work on the keystroke (~10 ms). Otherwise after the last write, so changes
    // reach storage in the order they were made.
    const started = this.saving === 0 ? write() : this.writes.then(write, write);
    this.saving++;
    const next = started.finally(() => this.saving--);
    this.writes = next.catch(() => undefined);
    return next;
  }

  /** Shows what storage holds, with its stored search text if (nearly) every page has one. */
  private showStored(stored: StoredData | null, fresh: boolean): void {
    const search = stored ? joinSearch(stored.pages, stored.searches, { foldMissing: FOLD_HERE }) : null;
    this.show(stored?.meta ?? null, new PagedRows(stored?.pages ?? []), fresh, search);
  }

  /** `search`: the search text of these rows, when it is at hand; otherwise the worker makes it. */
  private show(meta: DatasetMeta | null, paged: PagedRows, fresh: boolean, search: SearchText | null = null): void {
    this.paged = paged;
    this.history.clear();
    this.mine.clear();
    this.seen = meta?.stamp;
    const rows = paged.all();
    if (meta) this.dateFormat = this.detectFormat(meta, rows);
    this.arriving = false;
    if (fresh || meta?.importedAt !== this.meta?.importedAt) this.generation++;
    // A new dataset (an import, a restore) replaces rows whose stored copy was lost: it is stored
    // by whatever brought it.
    if (fresh) {
      this.unstored = false;
      this.unstoredChanges = 0;
      if (this.lostNotice !== null) notices.dismiss(this.lostNotice);
    }
    this.meta = meta;
    this.rows = rows;
    this.edited = null;
    this.appended = null;
    this.columnCount = meta ? columnCount(meta, rows) : 0;
    this.searchIndex = new SearchIndex();
    if (search) this.attach(this.searchIndex, search, rows);
    else void this.indexRows(this.searchIndex, meta?.stamp, rows);
    this.syncHistory();
    // The worker stores every change: opened ahead, the first edit doesn't wait for it. Once the
    // page is idle, so that the start-up doesn't share the machine with it.
    if (meta) {
      whenIdle(() => {
        if (!this.closed) void dataWorker.request({ type: 'open' });
      });
    }
  }

  /** Uses the search text made for these rows; its sort keys also let equal cells share a string. */
  private attach(index: SearchIndex, search: SearchText, rows: readonly Row[]): void {
    if (index.attach(search, rows)) shareTexts(rows, search.pages);
  }

  private detectFormat(meta: DatasetMeta | null, rows: readonly Row[]): DateFormat {
    return meta ? dateFormatOf(meta, rows) : this.dateFormat;
  }

  /**
   * Folding 100,000 rows for search takes ~300 ms: the worker does it (from the import it still
   * holds, or from storage when pages have no stored search text), while this thread shows the
   * rows, and stores the result for the next start. Until it answers, a search waits for it.
   */
  private async indexRows(index: SearchIndex, stamp: string | undefined, rows: readonly Row[]): Promise<void> {
    if (!stamp || rows.length === 0) return index.giveUp();
    const response = await dataWorker.request({ type: 'index', stamp }).catch(() => null);
    if (response?.type === 'index') this.attach(index, response.search, rows);
    else index.giveUp();
  }

  /**
   * The status counts. After an edit only the edited rows are recounted: counting all 100,000
   * rows again took ~35 ms of every edit.
   */
  private tally(rows: readonly Row[], statusOf: (row: Row) => StatusVerdict): Record<Status, number> {
    const last = this.tallied;
    const edited = this.edited;
    const counts =
      last && last.statusOf === statusOf && edited && edited.from === last.rows && edited.to === rows
        ? recount(last.counts, edited.before, edited.rows, statusOf)
        : countStatuses(rows, statusOf);
    this.tallied = { rows, statusOf, counts };
    return counts;
  }

  private syncHistory(): void {
    this.canUndo = this.history.canUndo;
    this.canRedo = this.history.canRedo;
  }
}

/** Runs `task` when the page is next idle (within 2 s), or in 1 s where the browser cannot tell. */
function whenIdle(task: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(task, { timeout: 2000 });
  else setTimeout(task, 1000);
}

export const workspace = new Workspace();
