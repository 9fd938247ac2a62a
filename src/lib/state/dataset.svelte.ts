/* eslint-disable svelte/prefer-svelte-reactivity -- its Sets and Dates are bookkeeping and timestamps, never rendered */
import { applyChange, isEditOnly, rowsByIds, type Change } from '../domain/changes';
import { mapColumns } from '../domain/columns';
import { columnCount, dateFormatOf, type DatasetMeta } from '../domain/dataset';
import type { DateFormat } from '../domain/dates';
import { PagedRows } from '../domain/paged-rows';
import { applyColumns } from '../domain/header-change';
import { reconcile } from '../domain/reconcile';
import type { Row } from '../domain/row';

/**
 * How the rows last changed, said once to everyone who keeps something per row (the grid, the
 * status counts), instead of each working it out by comparing arrays:
 * - reset:     a new dataset (start-up, import, restore): start over from `rows`.
 * - append:    an import arriving in parts: these rows joined at the end.
 * - edit:      these rows' cells changed; every row keeps its place.
 * - structure: rows were added or removed, or columns (and maybe edited); `before`/`after` are the
 *              edited ones. A new header is in `header` (and `columnMap`) before it is told.
 */
export type RowsEvent =
  | { kind: 'reset' }
  | { kind: 'append'; rows: readonly Row[] }
  | { kind: 'edit'; before: readonly Row[]; after: readonly Row[] }
  | { kind: 'structure'; added: readonly Row[]; removed: readonly Row[]; before: readonly Row[]; after: readonly Row[] };

const NO_HEADER: readonly string[] = [];

/** The open dataset in memory: its metadata and rows, and the one place they change. */
export class DatasetState {
  meta = $state.raw<DatasetMeta | null>(null);
  /** All rows in document order; a new array after every change. */
  rows = $state.raw<readonly Row[]>([]);
  /** Counts new datasets: the grid is rebuilt for one rather than diffed against the old. */
  generation = $state(0);
  /** Set while an import arrives in parts: `rows` only grows at the end until it is all here. */
  arriving = $state(false);
  /** Read from the data when it is loaded, not from the browser's locale. */
  dateFormat = $state<DateFormat>('M/d/yyyy');
  /** Header columns plus any extra cells ragged rows carry; rescanned only when rows come or go. */
  columnCount = $state(0);
  // Derived from the header alone, so that per-edit metadata updates don't rebuild columns.
  header = $derived(this.meta?.header ?? NO_HEADER);
  columnMap = $derived(mapColumns(this.header));

  paged = new PagedRows([]);
  private listeners = new Set<(event: RowsEvent) => void>();

  /** Calls `listener` with every change from now on; returns the unsubscribe. */
  subscribe(listener: (event: RowsEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Shows a new dataset (or none). */
  reset(meta: DatasetMeta | null, paged: PagedRows, { arriving = false } = {}): void {
    this.paged = paged;
    this.meta = meta;
    this.arriving = arriving;
    this.refresh(true, true);
    this.generation++;
    this.emit({ kind: 'reset' });
  }

  /** An import arriving in parts: its next pages. */
  append(pages: Row[][]): void {
    const first = this.rows.length === 0;
    this.paged.addPages(pages);
    this.refresh(true, first);
    this.emit({ kind: 'append', rows: pages.flat() });
  }

  /** The import is all here: its date format is read from every row now. */
  arrived(): void {
    this.arriving = false;
    this.refresh(false, true);
  }

  /**
   * Applies a change in memory and says how the rows changed; returns the pages it touched.
   * `applied` hears of them first, before anyone redraws (the write is posted there).
   */
  apply(change: Change, applied?: (touched: Set<number>) => void): Set<number> {
    const ids = [...new Set(change.edits.map((e) => e.id))];
    const before = rowsByIds(this.paged, ids);
    const touched = applyChange(this.paged, change);
    // The header first: the column count, the grid's columns and the checks read it on the event.
    if (change.columns && this.meta) this.meta = applyColumns(this.meta, change.columns);
    applied?.(touched);
    const after = rowsByIds(this.paged, ids);
    const structural = !isEditOnly(change);
    this.refresh(structural);
    this.emit(
      structural
        ? { kind: 'structure', added: change.added.map((p) => p.row), removed: change.removed.map((p) => p.row), before, after }
        : { kind: 'edit', before, after },
    );
    return touched;
  }

  /**
   * The same dataset as storage now holds it (another tab wrote): rows that did not change keep
   * their identity, so only the changed ones are news to the grid. Returns the ids of the rows
   * whose cells changed, or null when rows or columns came or went.
   */
  reload(meta: DatasetMeta, pages: Row[][]): Set<number> | null {
    const { paged, before, after, added, removed } = reconcile(this.paged, pages);
    this.paged = paged;
    const header = this.meta?.header;
    this.meta = this.sameHeader(meta);
    // Another tab added or took out a column: counted and told like rows coming or going.
    const structural = added.length > 0 || removed.length > 0 || this.meta.header !== header;
    this.refresh(structural, true);
    if (structural) this.emit({ kind: 'structure', added, removed, before, after });
    else if (after.length > 0) this.emit({ kind: 'edit', before, after });
    return structural ? null : new Set(after.map((row) => row.id));
  }

  setMeta(meta: DatasetMeta): void {
    this.meta = this.sameHeader(meta);
  }

  /**
   * The metadata with the header array it had, when its text is the same: a new array (read back
   * from storage) would rebuild the grid's columns, which closes an open cell editor.
   */
  private sameHeader(meta: DatasetMeta): DatasetMeta {
    const header = this.meta?.header;
    const same = header && header.length === meta.header.length && header.every((name, i) => name === meta.header[i]);
    return same && header !== meta.header ? { ...meta, header } : meta;
  }

  private refresh(recount: boolean, redetect = false): void {
    this.rows = this.paged.all();
    const meta = this.meta;
    if (recount) this.columnCount = meta ? columnCount(meta, this.rows) : 0;
    if (redetect && meta) this.dateFormat = dateFormatOf(meta, this.rows);
  }

  private emit(event: RowsEvent): void {
    for (const listener of this.listeners) listener(event);
  }
}
