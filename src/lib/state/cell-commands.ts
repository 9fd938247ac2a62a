import type { Block } from '../domain/clipboard-block';
import type { ChangeSource } from '../domain/change-log';
import { editChange, type CellEdit } from '../domain/changes';
import { columnsToSearch, countMatches, matcher, replaceEdits, type FindOptions } from '../domain/find-replace';
import { fillDown, fillRect, planPaste, cellEdits, type CellValue, type GridView, type Rect } from '../domain/paste';
import { t } from '../text/messages';
import type { Messages } from './storage-guard.svelte';
import type { Workspace } from './workspace.svelte';

/** Rows scanned between yields: ~10 ms of work at a time, so the page keeps painting the progress. */
const SLICE = 20_000;

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve));

/** How far a long scan has got, 0..1. */
export type Progress = (done: number) => void;

/**
 * What a spreadsheet user does to many cells at once (paste, fill, clear, find and replace), each
 * one change through the workspace's pipeline: one undo step, one change-log entry.
 */
export class CellCommands {
  constructor(
    private readonly workspace: Workspace,
    private readonly messages: Messages,
  ) {}

  private get rowOf() {
    const paged = this.workspace.dataset.paged;
    return (id: number) => paged.get(id);
  }

  /**
   * A block with its top-left cell at `at` (positions in the view). Returns how many cells did not
   * fit to the right, for the caller to say so.
   */
  async paste(block: Block, at: { row: number; column: number }, view: GridView): Promise<{ clipped: number }> {
    const { dataset } = this.workspace;
    const meta = dataset.meta;
    if (!meta || this.workspace.guard.closed) return { clipped: 0 };
    const plan = planPaste(block, at, view, dataset.paged, { nextRowId: meta.nextRowId, header: meta.header, noColumn: dataset.columnMap.no });
    if (plan.nextRowId !== meta.nextRowId) dataset.setMeta({ ...meta, nextRowId: plan.nextRowId });
    if (plan.clipped > 0) this.messages.info(t('clipboard.clipped', { count: plan.clipped }));
    await this.workspace.commit(plan.change, 'pasted');
    return { clipped: plan.clipped };
  }

  /** One value into these cells (a single value pasted over a selection). */
  fill(cells: Iterable<CellValue>): Promise<void> {
    return this.commit(cellEdits(cells, this.rowOf), 'pasted');
  }

  /** Delete, or the second half of a cut. */
  clear(view: GridView, rect: Rect, source: ChangeSource = 'cleared'): Promise<void> {
    return this.commit(fillRect(view, rect, '', this.rowOf), source);
  }

  fillDown(view: GridView, rect: Rect): Promise<void> {
    return this.commit(fillDown(view, rect, this.rowOf), 'filled');
  }

  /** How many cells match, counted a slice at a time; null if `cancelled` says to stop. */
  async count(options: FindOptions, column: number | null, cancelled: () => boolean, progress?: Progress): Promise<number | null> {
    const m = matcher(options);
    if (!m) return 0;
    const rows = this.workspace.dataset.rows;
    const columns = columnsToSearch(column, this.workspace.dataset.columnCount);
    let count = 0;
    for (let from = 0; from < rows.length; from += SLICE) {
      if (from > 0) {
        progress?.(from / rows.length);
        await nextTask();
        if (cancelled()) return null;
      }
      count += countMatches(rows, columns, m, from, Math.min(rows.length, from + SLICE));
    }
    return count;
  }

  /** Replaces every match in every row (shown or not) as one change; resolves with how many cells changed. */
  async replaceAll(options: FindOptions, replacement: string, column: number | null, progress?: Progress): Promise<number> {
    const m = matcher(options);
    if (!m) return 0;
    const rows = this.workspace.dataset.rows;
    const columns = columnsToSearch(column, this.workspace.dataset.columnCount);
    const edits: CellEdit[] = [];
    for (let from = 0; from < rows.length; from += SLICE) {
      if (from > 0) {
        progress?.(from / rows.length);
        await nextTask();
      }
      replaceEdits(rows, columns, m, replacement, edits, from, Math.min(rows.length, from + SLICE));
    }
    // Rows may have changed while the scan yielded (another tab, a quick edit): a cell that no longer
    // holds the text it matched with is left alone.
    const rowOf = this.rowOf;
    const current = edits.filter((e) => {
      const row = rowOf(e.id);
      return row !== undefined && row.cells[e.column] === e.before;
    });
    await this.commit(current, 'replaced');
    return current.length;
  }

  private commit(edits: CellEdit[], source: ChangeSource): Promise<void> {
    return this.workspace.commit(editChange(edits), source);
  }
}
