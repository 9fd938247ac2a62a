import { wholeDatasetEntry, type ChangeSource } from '../domain/change-log';
import { addChange, deleteChange, editChange, type CellEdit } from '../domain/changes';
import { columnKind } from '../domain/column-kinds';
import { paddingOf, withDatesStored, type StoredDate } from '../domain/date-input';
import { emptyRow, newRegister } from '../domain/new-rows';
import type { Placement } from '../domain/paged-rows';
import { cellOf, type Row } from '../domain/row';
import { say, t } from '../text/messages';
import type { Messages } from './storage-guard.svelte';
import type { StoragePort } from './storage-port';
import type { Workspace } from './workspace.svelte';

/** What a user does to rows, each one change through the workspace's pipeline (one undo step). */
export class Editor {
  constructor(
    private readonly workspace: Workspace,
    private readonly storage: StoragePort,
    private readonly messages: Messages,
  ) {}

  edit(id: number, column: number, value: string): Promise<void> {
    return this.editCells([{ id, column, value }]);
  }

  /**
   * Several cells at once (a paste, a fill, a replace, a check's Fix): one change, one undo step. A date typed
   * into a date column is stored the way the file writes dates (31.12.2027 as 12/31/2027), and
   * the user is told so once it is stored.
   */
  async editCells(cells: readonly { id: number; column: number; value: string }[], source: ChangeSource = 'edited'): Promise<void> {
    const { dataset } = this.workspace;
    const map = dataset.columnMap;
    const format = dataset.dateFormat;
    const typed = withDatesStored(
      cells,
      (column) => columnKind(column, map) === 'date',
      () => ({ format, padded: paddingOf(dateCells(dataset.rows, [map.validUntil, map.date]), format) }),
      new Date(),
    );
    const edits: CellEdit[] = [];
    for (const { id, column, value } of typed.cells) {
      const row = dataset.paged.get(id);
      if (row && cellOf(row, column) !== value) edits.push({ id, column, before: cellOf(row, column), after: value });
    }
    await this.workspace.commit(editChange(edits), source);
    // Said only of what was stored: a write that failed was taken back and said so itself.
    const edited = new Set(edits.map((e) => `${e.id}:${e.column}`));
    const stored = typed.stored.filter((s) => {
      const row = dataset.paged.get(s.id);
      return row && cellOf(row, s.column) === s.stored && edited.has(`${s.id}:${s.column}`);
    });
    if (stored.length > 0) this.messages.info(this.storedMessage(stored));
  }

  private storedMessage(stored: readonly StoredDate[]): string {
    const header = this.workspace.dataset.header;
    const described = stored.map((s) =>
      t('dates.storedAs', { typed: s.typed.trim(), stored: s.stored, column: header[s.column]?.trim() || t('grid.unnamedColumn', { number: s.column + 1 }) }),
    );
    if (described.length === 1) return t('dates.stored', { described: described[0] });
    const SHOWN = 3;
    return t('dates.storedSeveral', { count: stored.length, described: described.slice(0, SHOWN), more: Math.max(0, stored.length - SHOWN) });
  }

  /**
   * Adds an empty row right below the row `after` (at the end without one) and returns its id.
   * Its "No" is the next number where that column holds numbers. An empty workspace starts a new
   * register with the office's ten columns first.
   */
  async addRow(after?: number): Promise<number | null> {
    if (!this.workspace.meta && !(await this.startRegister())) return null;
    const { dataset } = this.workspace;
    const meta = dataset.meta;
    if (!meta || this.workspace.guard.closed) return null;
    const id = meta.nextRowId;
    dataset.setMeta({ ...meta, nextRowId: id + 1 });
    const row = emptyRow(id, meta.header, dataset.rows, dataset.columnMap.no);
    await this.workspace.commit(addChange(dataset.paged.placementsAfter([row], after)), 'edited');
    return dataset.paged.get(id) ? id : null;
  }

  async deleteRows(ids: readonly number[]): Promise<void> {
    const wanted = new Set(ids);
    const paged = this.workspace.dataset.paged;
    const placements: Placement[] = [];
    for (let page = 0; page < paged.pageCount; page++) {
      paged.page(page).forEach((row, position) => {
        if (wanted.has(row.id)) placements.push({ row, page, position });
      });
    }
    await this.workspace.commit(deleteChange(placements), 'edited');
    // Nothing asks first (Undo is one click away): the message says what went, and how to get it back.
    if (placements.length > 0 && placements.every(({ row }) => !this.workspace.dataset.paged.get(row.id))) {
      this.messages.info(t('editor.deleted', { count: placements.length }));
    }
  }

  undo(): Promise<void> {
    const change = this.workspace.history.undo();
    return change ? this.workspace.commit(change, 'undone', { record: false }) : Promise.resolve();
  }

  redo(): Promise<void> {
    const change = this.workspace.history.redo();
    return change ? this.workspace.commit(change, 'redone', { record: false }) : Promise.resolve();
  }

  /** Stores an empty register with the office's columns and shows it. */
  private async startRegister(): Promise<boolean> {
    const now = new Date();
    const meta = newRegister(now, this.workspace.ownStamp());
    await this.workspace.flush();
    const response = await this.storage.request({
      type: 'store-all',
      meta,
      pages: [],
      keepSnapshot: true,
      log: wholeDatasetEntry('started', 0, now),
    });
    if (response.type !== 'written') {
      this.messages.error(response.type === 'failed' ? say(response.reason) : t('editor.registerNotStored'));
      return false;
    }
    await this.workspace.load();
    return this.workspace.meta !== null;
  }

  /** Brings back the dataset a replacing import or restore displaced (and keeps this one instead). */
  async restoreSnapshot(): Promise<boolean> {
    await this.workspace.flush();
    const response = await this.storage.request({ type: 'restore-snapshot', stamp: this.workspace.ownStamp(), now: Date.now() });
    if (response.type !== 'written') return false;
    await this.workspace.load();
    return true;
  }
}

/** The cells of the date columns, for how the file writes its dates (read lazily: a few dozen rows usually tell). */
function* dateCells(rows: readonly Row[], columns: readonly (number | undefined)[]): Generator<string> {
  for (const row of rows) for (const column of columns) if (column !== undefined) yield cellOf(row, column);
}
