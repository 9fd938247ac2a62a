import type { ColumnMovedEvent, GridApi } from 'ag-grid-community';
import type { Row } from '../../domain/row';

/** A column as the Columns menu lists it. */
export interface ColumnEntry {
  colId: string;
  name: string;
  shown: boolean;
  pinned: boolean;
}

/**
 * What the Columns menu can do to the grid's columns, in words that don't need ag-grid: the menu
 * is a plain Svelte component (ag-grid community has no column menu of its own).
 */
export interface ColumnControls {
  list(): ColumnEntry[];
  setShown(colId: string, shown: boolean): void;
  setPinned(colId: string, pinned: boolean): void;
  /** Fits a column, or all shown ones, to their content. */
  autoSize(colId?: string): void;
  /** The Partner column's id, when the file has one: "Freeze Partner" pins it. */
  partner(): string | undefined;
  /** Calls back whenever the shown columns change (moved, hidden, pinned, restored); returns the stop. */
  watch(onChange: () => void): () => void;
  /**
   * Moves a column one place left or right among the columns pinned as it is, as a header drag
   * does (the same 'columnMoved' event, so the layout is remembered); false when it is at the end.
   */
  move(colId: string, by: -1 | 1): boolean;
  /** Calls back when a column has been moved (from the menu, a header's Shift+←/→, or a drag); returns the stop. */
  watchMoves(onMoved: (moved: { name: string; position: number; total: number }) => void): () => void;
}

/** The selection column (its checkboxes) is not the file's: it is left out of the menu. */
const isData = (colId: string) => colId === 'status' || /^c\d+$/.test(colId);

export function columnControls(api: GridApi<Row>, partner: () => string | undefined): ColumnControls {
  // The grid draws pinned columns first, whatever their place in its order: so does the menu.
  const list = (): ColumnEntry[] => {
    const entries = (api.getAllGridColumns() ?? [])
      .filter((column) => isData(column.getColId()))
      .map((column) => ({
        colId: column.getColId(),
        name: api.getDisplayNameForColumn(column, null),
        shown: column.isVisible(),
        pinned: column.getPinned() === 'left',
      }));
    return [...entries.filter((e) => e.pinned), ...entries.filter((e) => !e.pinned)];
  };
  return {
    list,
    setShown: (colId, shown) => api.setColumnsVisible([colId], shown),
    setPinned: (colId, pinned) => api.setColumnsPinned([colId], pinned ? 'left' : null),
    autoSize: (colId) => (colId ? api.autoSizeColumns([colId]) : api.autoSizeAllColumns()),
    partner,
    watch: (onChange) => {
      api.addEventListener('displayedColumnsChanged', onChange);
      return () => {
        if (!api.isDestroyed()) api.removeEventListener('displayedColumnsChanged', onChange);
      };
    },
    move: (colId, by) => {
      const entries = list();
      const at = entries.findIndex((e) => e.colId === colId);
      const next = entries[at + by];
      if (at < 0 || !next || next.pinned !== entries[at].pinned) return false;
      // Into the neighbour's place in the grid's own order (which counts the selection column too).
      const toIndex = (api.getAllGridColumns() ?? []).findIndex((column) => column.getColId() === next.colId);
      api.moveColumns([colId], toIndex);
      return true;
    },
    watchMoves: (onMoved) => {
      const listener = (event: ColumnMovedEvent<Row>) => {
        const colId = event.column?.getColId();
        if (event.finished === false || !colId || !isData(colId)) return;
        const entries = list();
        const position = entries.findIndex((e) => e.colId === colId) + 1;
        if (position > 0) onMoved({ name: entries[position - 1].name, position, total: entries.length });
      };
      api.addEventListener('columnMoved', listener);
      return () => {
        if (!api.isDestroyed()) api.removeEventListener('columnMoved', listener);
      };
    },
  };
}
