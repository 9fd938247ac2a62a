import { wholeDatasetEntry, type ChangeSource } from '../domain/change-log';
import { addChange, deleteChange, editChange, type CellEdit } from '../domain/changes';
import { emptyRow, newRegister } from '../domain/new-rows';
import type { Placement } from '../domain/paged-rows';
import { cellOf } from '../domain/row';
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

  /** Several cells at once (a paste, a fill, a replace, a check's Fix): one change, one undo step. */
  editCells(cells: readonly { id: number; column: number; value: string }[], source: ChangeSource = 'edited'): Promise<void> {
    const paged = this.workspace.dataset.paged;
    const edits: CellEdit[] = [];
    for (const { id, column, value } of cells) {
      const row = paged.get(id);
      if (row && cellOf(row, column) !== value) edits.push({ id, column, before: cellOf(row, column), after: value });
    }
    return this.workspace.commit(editChange(edits), source);
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

  deleteRows(ids: readonly number[]): Promise<void> {
    const wanted = new Set(ids);
    const paged = this.workspace.dataset.paged;
    const placements: Placement[] = [];
    for (let page = 0; page < paged.pageCount; page++) {
      paged.page(page).forEach((row, position) => {
        if (wanted.has(row.id)) placements.push({ row, page, position });
      });
    }
    return this.workspace.commit(deleteChange(placements), 'edited');
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
      this.messages.error(response.type === 'failed' ? response.message : 'The new register could not be stored.');
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
