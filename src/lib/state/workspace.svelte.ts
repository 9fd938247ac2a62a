/* eslint-disable svelte/prefer-svelte-reactivity -- its Sets and Dates are bookkeeping and timestamps, never rendered */
import type { StoredData } from '../db/dataset-repo';
import { storageError } from '../db/errors';
import { logEntryFor, type ChangeSource } from '../domain/change-log';
import { invert, isEditOnly, isEmptyChange, type Change } from '../domain/changes';
import { newStamp, type DatasetMeta } from '../domain/dataset';
import { applyColumns } from '../domain/header-change';
import { applyLines } from '../domain/kept-lines';
import { PagedRows } from '../domain/paged-rows';
import type { Row } from '../domain/row';
import { joinSearch } from '../domain/search';
import { statusLookup } from '../domain/status';
import type { DataResponse } from '../workers/data-protocol';
import { clock } from './clock.svelte';
import { DatasetState } from './dataset.svelte';
import { ImportGate } from './import-gate';
import { UndoHistory } from './history.svelte';
import { SaveQueue } from './save-queue.svelte';
import { SearchIndexLoader } from './search-index.svelte';
import { StatusCounts } from './status-counts.svelte';
import { StorageGuard, type Messages } from './storage-guard.svelte';
import type { StoragePort } from './storage-port';
import { say, t } from '../text/messages';

/**
 * Pages without a stored search text (rewritten by an edit since) that are folded here when the
 * rows are loaded, ~3 ms each; with more, the worker folds the whole set.
 */
const FOLD_HERE = 20;

/** Rules a status depends on besides the row: today and the renewal window. */
export interface StatusSettings {
  readonly renewalMonths: number;
}

/** The handle an import being stored holds: its pages arrive in parts, then it is stored or not. */
export interface ImportArrival {
  add(pages: Row[][]): void;
  /** Every page is here (the date format is settled). */
  arrived(): void;
  /** Durably stored: search text can be made now (folding while the write finishes would delay it). */
  stored(): void;
  /** Not stored: the stored data, untouched, is shown again. */
  failed(): Promise<void>;
}

/**
 * The open dataset and the one pipeline every change goes through: applied in memory, recorded for
 * undo, and written by the data worker (the one writer) with its change-log entry, in order.
 * The pieces each have one job: `dataset` (rows and their change events), `history`, `saves`,
 * `guard` (is the stored copy safe?), `search`, `statusCounts`; tab-sync.ts and editor.ts drive
 * this facade from outside.
 */
export class Workspace {
  readonly dataset = new DatasetState();
  readonly history = new UndoHistory();
  readonly saves = new SaveQueue();
  readonly search: SearchIndexLoader;
  readonly guard: StorageGuard;
  ready = $state(false);
  statusOf = $derived(this.statusRules());
  readonly statusCounts = new StatusCounts(this.dataset, () => this.statusOf);
  private readonly storing = new ImportGate();

  private loading: Promise<void> | null = null;
  /** The stamp of the stored data that memory reflects, and the stamps this tab wrote. */
  private seen: string | undefined;
  private own = new Set<string>();
  private committed = new Set<(change: Change) => void>();

  constructor(
    private readonly storage: StoragePort,
    private readonly messages: Messages,
    private readonly settings: StatusSettings,
    { retryMs }: { retryMs?: number } = {},
  ) {
    this.search = new SearchIndexLoader(storage);
    this.guard = new StorageGuard(storage, this.dataset, this.saves, this, messages, retryMs);
  }

  private statusRules() {
    const rules = { today: clock.today, renewalMonths: this.settings.renewalMonths, dateFormat: this.dataset.dateFormat };
    return statusLookup(rules, this.dataset.columnMap.validUntil);
  }

  get meta(): DatasetMeta | null {
    return this.dataset.meta;
  }

  /** Loads the stored dataset; a load already under way is shared, not repeated. */
  load(): Promise<void> {
    this.loading ??= this.read(true).finally(() => (this.loading = null));
    return this.loading;
  }

  /** Waits for a load under way, if any. */
  async loaded(): Promise<void> {
    if (this.loading) await this.loading;
  }

  /** `fresh`: a new dataset (start-up, import, restore), for which the grid starts over. */
  private async read(fresh: boolean): Promise<void> {
    this.storing.end();
    try {
      const stored = await this.storage.readDataset();
      if (!stored && !fresh && this.meta) return this.guard.discarded();
      this.showStored(stored, fresh);
    } catch (error) {
      this.messages.error(say(storageError(error, 'open')));
    } finally {
      this.ready = true;
    }
  }

  /** Reads storage again after another tab wrote; resolves with what this tab had changed. */
  reread(): Promise<void> {
    return this.read(false);
  }

  /** Shows an import the worker is storing now (its stamp came from `ownStamp`). Read-only meanwhile. */
  beginImport(meta: DatasetMeta): ImportArrival {
    this.storing.begin();
    this.showDataset(meta, new PagedRows([]), true);
    this.search.pending();
    this.ready = true;
    return {
      add: (pages) => this.dataset.append(pages),
      arrived: () => this.dataset.arrived(),
      stored: () => {
        this.storing.end();
        void this.search.load(this.search.index, meta.stamp, this.dataset.rows);
      },
      failed: () => this.load(),
    };
  }

  /** Set from an import's start until it is stored or given up. */
  get importing(): boolean {
    return this.storing.importing;
  }

  /**
   * Resolves once the rows shown are stored: at once, or when an import under way is stored or
   * given up. Work that can wait (the full Checks) waits for it, leaving the machine to the import.
   */
  stored(): Promise<void> {
    return this.storing.passed();
  }

  /** Calls `listener` with every change this tab makes, once it is applied. */
  onCommit(listener: (change: Change) => void): () => void {
    this.committed.add(listener);
    return () => this.committed.delete(listener);
  }

  /** Whether this stamp names storage as this tab already shows it, or a write of its own. */
  knows(stamp: string | undefined): boolean {
    return stamp === this.seen || (stamp !== undefined && this.own.has(stamp));
  }

  /** The rows as this tab holds them, when it holds the only copy: exports and backups use these. */
  onlyCopy(): { meta: DatasetMeta; pages: readonly (readonly Row[])[] } | undefined {
    return this.guard.lost && this.meta ? { meta: this.meta, pages: this.dataset.paged.allPages() } : undefined;
  }

  /** A stamp for a write another part of this tab (the import worker) is about to make. */
  ownStamp(): string {
    const stamp = newStamp();
    this.own.add(stamp);
    return stamp;
  }

  storedAgain(meta: DatasetMeta): void {
    this.dataset.setMeta(meta);
    this.seen = meta.stamp;
  }

  /** Resolves once every change made so far is durably stored. */
  flush(): Promise<void> {
    return this.saves.flush();
  }

  /** Stops writing so another tab can upgrade the database: everything queued is saved first. */
  async closeForUpgrade(): Promise<void> {
    this.guard.close();
    await this.flush();
    this.storage.close();
    if (this.storage.running) await this.storage.request({ type: 'close' });
  }

  /** Records an export's time, for the reminder; not a change to the rows. */
  async markExported(now = new Date()): Promise<void> {
    const exportedAt = now.toISOString();
    if (this.meta) this.dataset.setMeta({ ...this.meta, exportedAt });
    if (!this.guard.lost) await this.saves.queue(() => this.storage.request({ type: 'mark-exported', exportedAt }));
  }

  /** Another tab recorded an export: only the reminder changes. */
  exportedElsewhere(exportedAt: string | undefined): void {
    const meta = this.meta;
    if (meta && exportedAt && exportedAt !== meta.exportedAt) this.dataset.setMeta({ ...meta, exportedAt });
  }

  /**
   * The one way rows change. Applied here at once, recorded for undo (unless it is an undo or
   * redo), and written with its log entry; if the write fails, it is taken back.
   */
  async commit(change: Change, source: ChangeSource, { record = true, file }: { record?: boolean; file?: string } = {}): Promise<void> {
    const meta = this.meta;
    if (!meta || this.guard.closed || isEmptyChange(change)) return;
    const expected = this.seen;
    const stamp = this.ownStamp();
    this.seen = stamp;
    const next: DatasetMeta = applyColumns(applyLines({ ...meta, stamp, changedAt: new Date().toISOString() }, change.lines), change.columns);
    let written = null as Promise<DataResponse> | null;
    // The write is posted before the screen changes, so the worker stores it while the page redraws.
    this.dataset.apply(change, (touched) => {
      if (this.guard.lost) return;
      const log = logEntryFor(change, source, new Date(), file);
      written = this.saves.queue(() =>
        this.storage
          .request({ type: 'write', meta: next, change, pages: [...touched], expectedStamp: expected, log })
          .catch((error: unknown): DataResponse => ({ type: 'failed', reason: { key: 'save.failed', params: { error: String(error) } } })),
      );
    });
    if (record) this.history.record(change);
    this.dataset.setMeta(next);
    for (const listener of this.committed) listener(change);
    if (!written) return this.guard.changedWhileLost();
    const outcome: DataResponse = await written;
    if (outcome.type === 'written') return;
    if (outcome.type === 'conflict') return this.rebase(change, source);
    await this.rollBack(change, outcome.type === 'failed' ? say(outcome.reason) : t('save.failedOutcome', { outcome: outcome.type }));
  }

  /**
   * What is on screen must be what is stored. The change is taken back in memory at once (on a
   * full disk even reading can fail), then the stored data is read again if the disk lets us.
   */
  private async rollBack(change: Change, message: string): Promise<void> {
    this.guard.writeFailure = message;
    this.messages.error(message);
    this.dataset.apply(invert(change));
    this.history.clear();
    await this.saves
      .track(this.resync())
      .finally(() => (this.guard.writeFailure = null));
  }

  private async resync(): Promise<void> {
    try {
      const stored = await this.storage.readDataset();
      if (stored) this.showStored(stored, false);
      else this.guard.discarded();
    } catch {
      // Not even readable: whether the stored copy survived is found out once it is.
      await this.guard.check();
    }
  }

  /**
   * Another tab wrote between our read and our write. Load its data; then edits are applied on top
   * (the later write wins, as in a shared spreadsheet), while rows added or removed, whose places no
   * longer hold, are dropped with a message.
   */
  private async rebase(change: Change, source: ChangeSource): Promise<void> {
    await this.read(false);
    if (!isEditOnly(change)) {
      this.messages.error(t('sync.conflict'));
      return;
    }
    const edits = change.edits.flatMap((e) => {
      const row = this.dataset.paged.get(e.id);
      const before = row?.cells[e.column] ?? '';
      return row && before !== e.after ? [{ ...e, before }] : [];
    });
    await this.commit({ removed: [], added: [], edits }, source);
  }

  /** Shows what storage holds, with its stored search text if (nearly) every page has one. */
  private showStored(stored: StoredData | null, fresh: boolean): void {
    const meta = stored?.meta ?? null;
    this.seen = meta?.stamp;
    if (stored && meta && !fresh && this.meta && meta.importedAt === this.meta.importedAt) {
      // The same dataset, changed elsewhere: the grid keeps its sort, scroll, widths and open editor.
      const edited = this.dataset.reload(meta, stored.pages);
      // This tab's undo steps still hold when only other agreements' cells changed; an undo over
      // rows the other tab changed, or moved by adding and removing rows, would undo their work.
      if (!edited || this.history.touches(edited)) this.history.clear();
      return;
    }
    this.showDataset(meta, new PagedRows(stored?.pages ?? []), false);
    const search = stored ? joinSearch(stored.pages, stored.searches, { foldMissing: FOLD_HERE }) : null;
    this.search.reset(this.dataset.rows, meta?.stamp, search);
  }

  private showDataset(meta: DatasetMeta | null, paged: PagedRows, arriving: boolean): void {
    this.seen = meta?.stamp;
    this.history.clear();
    this.guard.newDataset();
    this.dataset.reset(meta, paged, { arriving });
    // The worker stores every change: opened ahead, the first edit doesn't wait for it. Once the
    // page is idle, so that the start-up doesn't share the machine with it.
    if (meta) whenIdle(() => !this.guard.closed && void this.storage.request({ type: 'open' }));
  }
}

/** Runs `task` when the page is next idle (within 2 s), or in 1 s where the browser cannot tell. */
function whenIdle(task: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(task, { timeout: 2000 });
  else setTimeout(task, 1000);
}
