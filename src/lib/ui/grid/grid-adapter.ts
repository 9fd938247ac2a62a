import { createGrid, type CellClassParams, type GridApi } from 'ag-grid-community';
import type { Row } from '../../domain/row';
import type { SearchIndex } from '../../domain/search';
import type { Status, StatusVerdict } from '../../domain/status';
import type { RowsEvent } from '../../state/dataset.svelte';
import { buildColumnDefs, type ColumnContext } from '../grid-columns';
import { ColumnMemory, type ColumnStore } from './column-memory';
import { columnControls, type ColumnControls } from './column-controls';
import { EditedRows } from './edited-rows';
import { GridFilter } from './grid-filter';
import { GridKeys, type GridCommands } from './grid-keys';
import { GRID_MODULES } from './modules';
import { RowFeeder } from './row-feeder';
import { sortNodes } from './sort-adapter';
import { STATUSES } from '../../domain/status';

/** How long a row asked for (Add row, a finding clicked) is waited for before giving up. */
const ROW_WAIT_MS = 5000;

/** What the grid shows and tells: read when needed, so the adapter holds no copy of app state. */
export interface GridSource {
  rows(): readonly Row[];
  arriving(): boolean;
  statusOf(row: Row): StatusVerdict;
  columns(): ColumnContext;
  onSelectionChange(ids: number[]): void;
  /** How many rows the filters let through; null while the grid is still taking rows in. */
  onShownChange(shown: number | null): void;
  onBusyChange(busy: boolean): void;
  /** ag-grid's own words in the interface's language (text/grid-locale.ts); read once, at creation. */
  localeText?: Record<string, string>;
  /** Paste, fill, clear: absent, the grid only copies. */
  commands?(): GridCommands | undefined;
  /** Where the columns' layout is remembered; none, nothing is. */
  layout?: ColumnStore;
}

// The header's select-all box walks every row after each change (30-80 ms at 100k rows,
// measured): offered only where that is cheap, decided again once all rows are in.
const SELECT_ALL_UP_TO = 20_000;
const rowSelection = (headerCheckbox: boolean) =>
  // 'filtered': the header box selects the rows shown, not the ones a search or chip hides.
  ({ mode: 'multiRow', checkboxes: true, headerCheckbox, selectAll: 'filtered', enableClickSelection: false }) as const;

/** A row's colour follows its status; rules (unlike getRowClass) are evaluated again on every update. */
function statusClassRules(source: GridSource) {
  return Object.fromEntries(STATUSES.map((status) => [`status-${status}`, (p: { data?: Row }) => !!p.data && source.statusOf(p.data).status === status]));
}

/** ag-grid behind one small class: the Svelte component only creates it and passes changes on. */
export class GridAdapter {
  readonly api: GridApi<Row>;
  private readonly feeder: RowFeeder;
  private readonly edited: EditedRows;
  private selectAll: boolean;
  // Made after the grid (it needs the api); the grid's early events find it absent.
  private readonly keys: GridKeys | undefined;
  private readonly memory: ColumnMemory | undefined;
  private settledOnce = false;
  readonly controls: ColumnControls;

  constructor(
    private readonly container: HTMLElement,
    private readonly source: GridSource,
    private readonly filter: GridFilter,
  ) {
    this.selectAll = source.rows().length <= SELECT_ALL_UP_TO;
    this.api = createGrid<Row>(
      container,
      {
        // Legacy CSS themes are plain stylesheets: no <style> injection, so a strict CSP holds.
        theme: 'legacy',
        localeText: source.localeText,
        columnDefs: this.columnDefs(source.columns()),
        rowData: [],
        getRowId: (p) => String(p.data.id),
        rowClassRules: statusClassRules(source),
        defaultColDef: { filter: 'agTextColumnFilter', floatingFilter: false, sortable: true, resizable: true, minWidth: 70, width: 150 },
        rowSelection: rowSelection(this.selectAll),
        selectionColumnDef: { pinned: 'left' },
        singleClickEdit: false,
        // The grid is one Tab stop, arrows inside (as in a spreadsheet); Tab while editing still
        // moves to the next cell, as Excel does. false hands Tab back to the browser.
        tabToNextCell: (p) => (p.editing ? (p.nextCellPosition ?? true) : false),
        tabToNextHeader: () => false,
        stopEditingWhenCellsLoseFocus: true,
        enterNavigatesVerticallyAfterEdit: false,
        tooltipShowDelay: 300,
        // Rows are ordered by domain/sort.ts; the grid's own comparators keep the order.
        postSortRows: ({ nodes, api }) => sortNodes(nodes, api, source.columns()),
        // At 100,000 rows, animating rows into place after every search and sort costs more than it tells.
        animateRows: false,
        // Rows drawn beyond the visible ones (default 10 each way): every sort and search redraws them all.
        rowBuffer: 5,
        isExternalFilterPresent: () => filter.current !== null,
        doesExternalFilterPass: (node) => !!node.data && !!filter.current?.passes(node.data),
        onCellEditingStopped: () => void setTimeout(() => this.edited.showWaiting()),
        onSelectionChanged: () => this.reportSelection(),
        onCellFocused: () => this.keys?.focusMoved(),
        onSortChanged: () => this.keys?.resetToFocus(),
        onFilterChanged: () => this.keys?.resetToFocus(),
        onModelUpdated: () => {
          source.onShownChange(this.shownCount());
          // Rows a filter now hides are not "selected" for Delete: only shown rows are acted on.
          this.reportSelection();
        },
      },
      { modules: GRID_MODULES },
    );
    this.edited = new EditedRows(this.api);
    this.keys = new GridKeys(container, this.api, () => source.commands?.(), () => source.columns().canEdit());
    const partner = () => {
      const column = source.columns().columnMap.partner;
      return column === undefined ? undefined : `c${column}`;
    };
    this.memory = source.layout && new ColumnMemory(this.api, source.layout, partner);
    this.controls = columnControls(this.api, partner);
    this.feeder = new RowFeeder(this.api, () => source.rows(), () => source.arriving(), () => this.settle());
    source.onBusyChange(this.feeder.busy);
    this.feeder.start();
  }

  /** How the dataset's rows changed (see state/dataset.svelte.ts RowsEvent). */
  onRows(event: RowsEvent): void {
    switch (event.kind) {
      case 'append':
        this.source.onBusyChange(true);
        return this.feeder.appended();
      case 'edit':
        for (const row of event.after) this.edited.show(row);
        return;
      case 'structure':
        this.feeder.restructured();
        this.source.onBusyChange(false);
        return this.fitSelectAll();
      case 'reset':
        return; // the component makes a new grid for a new dataset
    }
  }

  /** Every row is in: the grid is no longer busy. */
  settle(): void {
    if (this.feeder.busy) return;
    this.source.onBusyChange(false);
    this.fitSelectAll();
    this.source.onShownChange(this.shownCount());
    void this.memory?.restore(this.container.clientWidth);
    // The button that brought the rows in ("Try the sample", Replace) is gone: the keyboard goes
    // to the rows rather than to the page's start. Not on opening the page, where the first Tab
    // belongs to the skip link (userActivation: the person has clicked or typed here).
    const lost = document.activeElement === document.body || !document.activeElement;
    if (!this.settledOnce && lost && navigator.userActivation?.hasBeenActive) this.focusFirstCell();
    this.settledOnce = true;
  }

  setColumns(context: ColumnContext): void {
    // New definitions carry the starting widths and pins: what the user made of them is kept.
    const state = this.api.getColumnState();
    this.api.setGridOption('columnDefs', this.columnDefs(context));
    this.api.applyColumnState({ state, applyOrder: true });
  }

  /** The columns, each also coloured where the selected range covers it. */
  private columnDefs(context: ColumnContext): ReturnType<typeof buildColumnDefs> {
    const inRange = (p: CellClassParams<Row>) => !!this.keys?.range.contains(p.node.rowIndex, p.column.getColId());
    return buildColumnDefs(context).map((def) => ({ ...def, cellClassRules: { ...def.cellClassRules, 'cell-in-range': inRange } }));
  }

  setStatusFilter(status: Status | null): void {
    if (this.filter.setStatus(status)) this.api.onFilterChanged();
  }

  setRowSet(rowSet: ReadonlySet<number> | null): void {
    if (this.filter.setRowSet(rowSet)) this.api.onFilterChanged();
  }

  setSearch(search: string): void {
    this.filter.setSearch(search, () => this.api.onFilterChanged());
  }

  setIndex(index: SearchIndex): void {
    this.filter.setIndex(index);
  }

  /** Statuses depend on today and the renewal window: filter and colour rows again when they change. */
  setStatusOf(statusOf: (row: Row) => StatusVerdict): void {
    if (!this.filter.setStatusOf(statusOf)) return;
    this.api.onFilterChanged();
    this.api.redrawRows();
  }

  /** Cells' change marks may differ on these rows: their classes are worked out again. */
  refreshMarks(ids: readonly number[]): void {
    const rowNodes = ids.flatMap((id) => this.api.getRowNode(String(id)) ?? []);
    if (rowNodes.length > 0) this.api.refreshCells({ rowNodes });
  }

  /** Puts the keyboard on the first row's first cell: the skip link, or a page that lost its focus. */
  focusFirstCell(): void {
    const column = this.api.getAllDisplayedColumns().find((c) => /^(status|c\d+)$/.test(c.getColId()));
    if (!column || this.api.getDisplayedRowCount() === 0) return;
    this.api.ensureIndexVisible(0);
    this.api.ensureColumnVisible(column);
    this.api.setFocusedCell(0, column);
  }

  /** The row holding the focused cell, if any: where "Add row" inserts. */
  focusedRowId(): number | undefined {
    const cell = this.api.getFocusedCell();
    return cell ? this.api.getDisplayedRowAtIndex(cell.rowIndex)?.data?.id : undefined;
  }

  /**
   * Scrolls to a row and starts editing its first data cell. The row may take frames to arrive (a
   * new register's grid is being made), so it is looked for until `until`, not a number of frames:
   * a busy machine draws few of them.
   */
  editRow(id: number, until = performance.now() + ROW_WAIT_MS): void {
    const node = this.api.getRowNode(String(id));
    if (!node || node.rowIndex === null) {
      if (performance.now() < until && !this.api.isDestroyed()) requestAnimationFrame(() => this.editRow(id, until));
      return;
    }
    this.api.ensureNodeVisible(node);
    const column = this.source.columns().columnMap.partner ?? 0;
    this.api.setFocusedCell(node.rowIndex, `c${column}`);
    this.api.startEditingCell({ rowIndex: node.rowIndex, colKey: `c${column}` });
  }

  /** Scrolls to a cell and focuses it (a finding clicked in the Checks panel). */
  focusCell(id: number, column: number, until = performance.now() + ROW_WAIT_MS): void {
    const node = this.api.getRowNode(String(id));
    if (!node || node.rowIndex === null) {
      if (performance.now() < until && !this.api.isDestroyed()) requestAnimationFrame(() => this.focusCell(id, column, until));
      return;
    }
    this.api.ensureNodeVisible(node, 'middle');
    this.api.ensureColumnVisible(`c${column}`);
    this.api.setFocusedCell(node.rowIndex, `c${column}`);
  }

  /** The Checks changed: the cells on screen redraw their markers (cellClassRules are read again). */
  refreshFindings(): void {
    // Not forced: ag-grid applies cell class rules and tooltips on every refresh, and a forced one
    // re-renders every cell, which can take the focus back and reset a range being selected.
    this.api.refreshCells();
  }

  /** The rows shown, in the order shown (sort, search, chip, column filters): what Print prints. */
  shownRows(): Row[] {
    const rows: Row[] = [];
    this.api.forEachNodeAfterFilterAndSort((node) => {
      if (node.data) rows.push(node.data);
    });
    return rows;
  }

  destroy(): void {
    this.memory?.destroy();
    this.feeder.stop();
    this.keys?.destroy();
    this.api.destroy();
  }

  private reportSelection(): void {
    this.source.onSelectionChange(this.api.getSelectedNodes().flatMap((node) => (node.displayed && node.data ? [node.data.id] : [])));
  }

  /**
   * How many rows the filters let through, for the counter: null while an import is arriving.
   * While rows are still going in, they are counted over every row, so a search typed meanwhile
   * gets its answer at once; the grid shows the first matches and the rest join them.
   */
  private shownCount(): number | null {
    if (this.source.arriving()) return null;
    if (this.feeder.complete) return this.api.getDisplayedRowCount();
    const rows = this.source.rows();
    return this.filter.current ? this.filter.current.count(rows) : rows.length;
  }

  private fitSelectAll(): void {
    const fits = this.source.rows().length <= SELECT_ALL_UP_TO;
    if (fits !== this.selectAll) this.api.setGridOption('rowSelection', rowSelection((this.selectAll = fits)));
  }
}
