import { db } from '../db/db';
import { readDataset, writePages } from '../db/dataset-repo';
import { storageErrorMessage } from '../db/errors';
import { applyChange, History, type Change } from '../domain/changes';
import { mapColumns } from '../domain/columns';
import { columnCount, type DatasetMeta } from '../domain/dataset';
import { detectDateFormat, type DateFormat } from '../domain/dates';
import { PagedRows } from '../domain/paged-rows';
import { cellOf, type Row } from '../domain/row';
import { countStatuses, statusLookup } from '../domain/status';
import { clock } from './clock.svelte';
import { notices } from './notices.svelte';
import { settings } from './settings.svelte';

/**
 * The open dataset: its rows in memory (for the grid) and in IndexedDB (the truth across reloads).
 * Every change is applied in memory, recorded for undo, and written at once; writes are queued so
 * they reach storage in the order they were made.
 */
class Workspace {
  meta = $state.raw<DatasetMeta | null>(null);
  rows = $state.raw<readonly Row[]>([]);
  /**
   * When `rows` last changed by edits alone: the rows before and the changed rows, so the grid can
   * update those in place instead of diffing 100,000 rows.
   */
  edited = $state.raw<{ from: readonly Row[]; to: readonly Row[]; rows: Row[] } | null>(null);
  ready = $state(false);
  canUndo = $state(false);
  canRedo = $state(false);
  /** Writes not yet durable; the toolbar says "Saving…" until this is back to 0. */
  saving = $state(0);
  /** Read from the data when it is loaded, not from the browser's locale. */
  dateFormat = $state<DateFormat>('M/d/yyyy');

  columnMap = $derived(mapColumns(this.meta?.header ?? []));
  columnCount = $derived(this.meta ? columnCount(this.meta, this.rows) : 0);
  statusOf = $derived(
    statusLookup(
      { today: clock.today, renewalMonths: settings.renewalMonths, dateFormat: this.dateFormat },
      this.columnMap.validUntil,
    ),
  );
  counts = $derived(countStatuses(this.rows, this.statusOf));

  private paged = new PagedRows([]);
  private history = new History();
  private writes: Promise<unknown> = Promise.resolve();

  async load(): Promise<void> {
    try {
      const stored = await readDataset(db);
      this.history.clear();
      this.show(stored?.meta ?? null, new PagedRows(stored?.pages ?? []));
    } catch (error) {
      notices.error(storageErrorMessage(error, 'open the stored agreements'));
    } finally {
      this.ready = true;
    }
  }

  /** Resolves once every change made so far is durably stored. */
  flush(): Promise<void> {
    return this.writes.then(() => undefined);
  }

  edit(id: number, column: number, value: string): Promise<void> {
    const row = this.paged.get(id);
    if (!row || cellOf(row, column) === value) return Promise.resolve();
    return this.commit({ kind: 'edit', edits: [{ id, column, before: cellOf(row, column), after: value }] });
  }

  /** Appends an empty row (one empty cell per header column) and returns its id. */
  async addRow(): Promise<number | null> {
    if (!this.meta) return null;
    const id = this.meta.nextRowId;
    this.meta = { ...this.meta, nextRowId: id + 1 };
    const row: Row = { id, cells: this.meta.header.map(() => '') };
    await this.commit({ kind: 'add', placements: this.paged.placementsForNew([row]) });
    return id;
  }

  deleteRows(ids: readonly number[]): Promise<void> {
    const wanted = new Set(ids);
    const placements = [];
    for (let page = 0; page < this.paged.pageCount; page++) {
      const rows = this.paged.page(page);
      for (let position = 0; position < rows.length; position++) {
        if (wanted.has(rows[position].id)) placements.push({ row: rows[position], page, position });
      }
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

  private async commit(change: Change, record = true): Promise<void> {
    const meta = this.meta;
    if (!meta) return;
    const from = this.rows;
    const touched = applyChange(this.paged, change);
    if (record) this.history.record(change);
    this.rows = this.paged.all();
    this.edited =
      change.kind === 'edit'
        ? { from, to: this.rows, rows: change.edits.flatMap(({ id }) => this.paged.get(id) ?? []) }
        : null;
    this.syncHistory();
    const pages = new Map([...touched].map((i) => [i, this.paged.page(i).slice()] as const));
    try {
      await this.queue(() => writePages(db, meta, pages));
    } catch (error) {
      // What is on screen must be what is stored: show the error and go back to the stored data.
      notices.error(storageErrorMessage(error, 'save your change'));
      await this.load();
    }
  }

  private queue<T>(write: () => Promise<T>): Promise<T> {
    this.saving++;
    const next = this.writes.then(write, write).finally(() => this.saving--);
    this.writes = next.catch(() => undefined);
    return next;
  }

  private show(meta: DatasetMeta | null, paged: PagedRows): void {
    this.paged = paged;
    const rows = paged.all();
    if (meta) {
      const map = mapColumns(meta.header);
      const dateCells = [map.validUntil, map.date].flatMap((c) => (c === undefined ? [] : rows.map((r) => cellOf(r, c))));
      this.dateFormat = detectDateFormat(dateCells);
    }
    this.meta = meta;
    this.rows = rows;
    this.syncHistory();
  }

  private syncHistory(): void {
    this.canUndo = this.history.canUndo;
    this.canRedo = this.history.canRedo;
  }
}

export const workspace = new Workspace();
