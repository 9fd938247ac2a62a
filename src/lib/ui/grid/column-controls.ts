import type { GridApi } from 'ag-grid-community';
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
}

/** The selection column (its checkboxes) is not the file's: it is left out of the menu. */
const isData = (colId: string) => colId === 'status' || /^c\d+$/.test(colId);

export function columnControls(api: GridApi<Row>, partner: () => string | undefined): ColumnControls {
  return {
    list: () =>
      (api.getAllGridColumns() ?? [])
        .filter((column) => isData(column.getColId()))
        .map((column) => ({
          colId: column.getColId(),
          name: api.getDisplayNameForColumn(column, null),
          shown: column.isVisible(),
          pinned: column.getPinned() === 'left',
        })),
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
  };
}
