import type { GridApi } from 'ag-grid-community';
import { encodeBlock, parseBlock, type Block } from '../../domain/clipboard-block';
import { cellsIn, type GridView, type Rect } from '../../domain/paste';
import { cellOf, type Row } from '../../domain/row';
import { CellRange, type CellPosition } from './cell-range';
import { tableBlock } from './clipboard-html';

/** What the keys ask of the app: each is one change (see state/cell-commands.ts). */
export interface GridCommands {
  paste(block: Block, at: { row: number; column: number }, view: GridView): Promise<unknown>;
  fill(cells: Iterable<{ id: number; column: number; value: string }>): Promise<void>;
  clear(view: GridView, rect: Rect): Promise<void>;
  fillDown(view: GridView, rect: Rect): Promise<void>;
}

/**
 * Pactsheet's own cells beside the text: pasted back here, a cell is exactly what was copied
 * (the text for spreadsheets has formulas neutralised with a `'`). Chromium carries custom types
 * between its pages; elsewhere only the text arrives, which is fine.
 */
const OWN_TYPE = 'application/x-pactsheet-cells';
const DATA_COLUMN = /^c\d+$/;

/**
 * Spreadsheet habits ag-grid community lacks: Shift+Arrow and Shift+click select a range; copy, cut
 * and paste go through the clipboard events (which carry the data without a permission prompt);
 * Delete clears, Ctrl+D fills down. Keys it does not own (Enter, Tab, typing, Ctrl+Z) pass by.
 */
export class GridKeys {
  readonly range = new CellRange();
  private readonly stops: (() => void)[] = [];

  constructor(
    private readonly container: HTMLElement,
    private readonly api: GridApi<Row>,
    private readonly commands: () => GridCommands | undefined,
    private readonly canEdit: () => boolean,
  ) {
    this.listen(container, 'keydown', (e) => this.onKeydown(e), true);
    // ag-grid focuses a cell on pointerdown: a Shift+click must leave the anchor where it is, so
    // its pointer and mouse events stop here.
    this.listen(container, 'pointerdown', (e) => this.onPointerdown(e), true);
    for (const type of ['mousedown', 'mouseup', 'click'] as const) {
      this.listen(container, type, (e) => e.shiftKey && this.dataCellOf(e.target) && this.own(e), true);
    }
    this.listen(document, 'copy', (e) => this.onCopy(e, false));
    this.listen(document, 'cut', (e) => this.onCopy(e, true));
    this.listen(document, 'paste', (e) => this.onPaste(e));
  }


  destroy(): void {
    for (const stop of this.stops.splice(0)) stop();
  }

  private listen<K extends keyof DocumentEventMap>(target: EventTarget, type: K, handler: (e: DocumentEventMap[K]) => void, capture = false): void {
    const listener = (e: Event) => handler(e as DocumentEventMap[K]);
    target.addEventListener(type, listener, capture);
    this.stops.push(() => target.removeEventListener(type, listener, capture));
  }

  /** The grid's data columns as shown, left to right (pinned first). */
  private columnIds(): string[] {
    return this.api.getAllDisplayedColumns().flatMap((c) => (DATA_COLUMN.test(c.getColId()) ? [c.getColId()] : []));
  }

  private view(columns = this.columnIds()): GridView {
    const shown: number[] = [];
    const count = this.api.getDisplayedRowCount();
    for (let i = 0; i < count; i++) {
      const id = this.api.getDisplayedRowAtIndex(i)?.data?.id;
      if (id !== undefined) shown.push(id);
    }
    return { shown, columns: columns.map((id) => Number(id.slice(1))) };
  }

  private focused(): CellPosition | null {
    const cell = this.api.getFocusedCell();
    if (!cell || cell.rowPinned) return null;
    const colId = cell.column.getColId();
    return DATA_COLUMN.test(colId) ? { row: cell.rowIndex, colId } : null;
  }

  /**
   * The grid says a cell was focused (a click, an arrow, Tab): the range starts over, unless the
   * focus is where the range starts. ag-grid focuses its cell again after redrawing rows (another
   * change landing, a busy machine's late redraw), and a Shift+Arrow range must outlive that; a
   * click on the focused cell starts over in onPointerdown.
   */
  focusMoved(): void {
    const at = this.focused();
    if (at && this.range.startsAt(at)) return;
    this.resetToFocus();
  }

  /**
   * Rows moved (a sort, a search) or Escape: the range starts over from the focused cell. Both are
   * called from the grid's options (api.addEventListener would need one more ag-grid module).
   */
  resetToFocus(): void {
    const wasRange = this.range.isRange;
    this.range.reset(this.focused());
    if (wasRange) this.api.refreshCells();
  }

  /** The selected rectangle: the range, or the focused cell alone. */
  private selection(columns: string[]): Rect | null {
    const focus = this.focused();
    if (!focus) return null;
    if (!this.range.isRange) this.range.reset(focus);
    return this.range.rect(columns);
  }

  private inGrid(): boolean {
    return this.container.contains(document.activeElement);
  }

  private editing(target: EventTarget | null): boolean {
    return target instanceof HTMLElement && !!target.closest('.ag-cell-inline-editing, .ag-popup-editor');
  }

  private onKeydown(e: KeyboardEvent): void {
    if (this.editing(e.target) || !(e.target instanceof HTMLElement) || !e.target.closest('.ag-cell')) return;
    const ctrl = e.ctrlKey || e.metaKey;
    const arrow = ({ ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1] } as const)[e.key as 'ArrowUp'];
    if (arrow && e.shiftKey && !ctrl && !e.altKey) {
      this.own(e);
      const columns = this.columnIds();
      if (!this.range.isRange) this.range.reset(this.focused());
      const end = this.range.extendBy(arrow[0], arrow[1], this.api.getDisplayedRowCount(), columns);
      if (end) {
        this.api.ensureIndexVisible(end.row);
        this.api.ensureColumnVisible(end.colId);
      }
      this.api.refreshCells();
    } else if (e.key === 'Delete' && !ctrl && !e.shiftKey && !e.altKey && this.canEdit()) {
      this.own(e);
      this.onRect((view, rect, c) => c.clear(view, rect));
    } else if (ctrl && !e.shiftKey && !e.altKey && e.key.toLowerCase() === 'd' && this.canEdit()) {
      // Ctrl+D is also the browser's "bookmark this page": inside the grid it fills down, as in a spreadsheet.
      this.own(e);
      this.onRect((view, rect, c) => c.fillDown(view, rect));
    } else if (e.key === 'Escape' && this.range.isRange) {
      this.own(e);
      this.resetToFocus();
    }
  }

  private own(e: Event): void {
    e.preventDefault();
    e.stopPropagation();
  }

  private onRect(act: (view: GridView, rect: Rect, commands: GridCommands) => Promise<unknown>): void {
    const columns = this.columnIds();
    const rect = this.selection(columns);
    const commands = this.commands();
    if (rect && commands) void act(this.view(columns), rect, commands);
  }

  private onPointerdown(e: PointerEvent): void {
    const at = e.button === 0 ? this.dataCellOf(e.target) : null;
    if (!at) return;
    if (!e.shiftKey) {
      // A plain click starts over, even on the focused cell (which moves no focus to tell us).
      if (this.range.isRange) {
        this.range.reset(at);
        this.api.refreshCells();
      }
      return;
    }
    if (!this.range.isRange) this.range.reset(this.focused());
    // Not passed on: ag-grid would move the focus (the range's anchor) to the clicked cell.
    this.own(e);
    this.range.extendTo(at, this.columnIds());
    this.api.refreshCells();
  }

  /** The data cell (not the status or checkbox column, not an open editor) an event happened in. */
  private dataCellOf(target: EventTarget | null): CellPosition | null {
    if (!(target instanceof HTMLElement) || this.editing(target)) return null;
    const cell = target.closest('.ag-cell');
    const colId = cell?.getAttribute('col-id');
    const rowIndex = cell?.closest('.ag-row')?.getAttribute('row-index');
    return colId && DATA_COLUMN.test(colId) && rowIndex != null ? { row: Number(rowIndex), colId } : null;
  }

  private onCopy(e: ClipboardEvent, cut: boolean): void {
    if (!this.inGrid() || this.editing(document.activeElement) || !e.clipboardData) return;
    const columns = this.columnIds();
    const rect = this.selection(columns);
    if (!rect) return;
    const view = this.view(columns);
    const block: Block = [];
    for (let r = rect.top; r <= rect.bottom; r++) {
      const row = this.api.getDisplayedRowAtIndex(r)?.data;
      block.push(view.columns.slice(rect.left, rect.right + 1).map((column) => cellOf(row ?? { id: -1, cells: [] }, column)));
    }
    e.preventDefault();
    e.clipboardData.setData('text/plain', encodeBlock(block).text);
    e.clipboardData.setData(OWN_TYPE, JSON.stringify(block));
    const commands = this.commands();
    if (cut && commands && this.canEdit()) void commands.clear(view, rect);
  }

  private onPaste(e: ClipboardEvent): void {
    if (!this.inGrid() || !e.clipboardData || !this.canEdit()) return;
    const block = readBlock(e.clipboardData);
    if (!block || block.length === 0) return;
    const single = block.length === 1 && block[0].length === 1;
    if (this.editing(document.activeElement)) {
      e.preventDefault();
      // One cell goes into the editor as text (the editor's own undo keeps it); a block would not
      // fit in one cell, so the edit is given up and the block pasted over the cells instead.
      if (single) return void document.execCommand('insertText', false, block[0][0]);
      this.api.stopEditing(true);
    } else e.preventDefault();
    const commands = this.commands();
    const columns = this.columnIds();
    const rect = this.selection(columns);
    if (!rect || !commands) return;
    const view = this.view(columns);
    if (single) return void commands.fill(this.fillTargets(view, rect, block[0][0]));
    void commands.paste(block, { row: rect.top, column: rect.left }, view);
    this.resetToFocus();
  }

  /**
   * Where one pasted value goes: every cell of a range; with checkboxes ticked on several rows
   * including the focused one, the focused column of each; otherwise the focused cell.
   */
  private fillTargets(view: GridView, rect: Rect, value: string): { id: number; column: number; value: string }[] {
    if (rect.top === rect.bottom && rect.left === rect.right) {
      const selected = this.api.getSelectedNodes().flatMap((n) => (n.displayed && n.data ? [n.data.id] : []));
      const focusedId = view.shown[rect.top];
      if (selected.length > 1 && selected.includes(focusedId)) return selected.map((id) => ({ id, column: view.columns[rect.left], value }));
    }
    return [...cellsIn(view, rect)].map((cell) => ({ ...cell, value }));
  }
}

/** The block on the clipboard: our own cells, else its text, else (a single line) an HTML table. */
function readBlock(data: DataTransfer): Block | null {
  const own = data.getData(OWN_TYPE);
  if (own) {
    try {
      const block: unknown = JSON.parse(own);
      if (Array.isArray(block) && block.every((row) => Array.isArray(row) && row.every((cell) => typeof cell === 'string'))) return block;
    } catch {
      // Not ours after all: read the text.
    }
  }
  const text = data.getData('text/plain');
  const fromText = parseBlock(text);
  // Text without a tab or line break is one cell; a table beside it may hold the real block.
  const html = /[\t\n\r]/.test(text.replace(/(\r\n|\n|\r)$/, '')) ? '' : data.getData('text/html');
  const fromHtml = html ? tableBlock(html) : null;
  return fromHtml && (fromHtml.length > 1 || fromHtml[0].length > 1) ? fromHtml : fromText;
}
