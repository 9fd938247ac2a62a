import type { CellClassParams, ColDef, ITooltipParams, ValueFormatterParams, ValueGetterParams, ValueSetterParams } from 'ag-grid-community';
import type { ColumnMap } from '../domain/columns';
import { parseDate, type DateFormat } from '../domain/dates';
import { withCell, type Row } from '../domain/row';
import { compareByNumber, compareText, mapDictionary, type Dictionary, type SortSpec } from '../domain/sort';
import { STATUS_LABEL, STATUSES, type StatusVerdict } from '../domain/status';

export interface ColumnContext {
  header: readonly string[];
  columnCount: number;
  columnMap: ColumnMap;
  dateFormat: DateFormat;
  statusOf: (row: Row) => StatusVerdict;
  /** A column's texts numbered ahead by the worker, when they are (see domain/column-keys.ts). */
  dictionaryOf: (column: number) => Dictionary<Row> | null;
  /** Whether cells can be edited now: not while an import is being stored. */
  canEdit: () => boolean;
  /** A finished cell edit, handed over as it happens; the grid itself never changes a row. */
  onEdit: (id: number, column: number, value: string) => void;
}

const NO_ROW: Row = { id: 0, cells: [] };

/** The status of a row, in the words the grid shows. */
function labelOf(statusOf: (row: Row) => StatusVerdict, row: Row | undefined): string {
  return row ? STATUS_LABEL[statusOf(row).status] : '';
}

/** Rankings like "1001-1200", "1501+" or "352 US College Rankings 2022" sort by their first number. */
function leadingNumber(text: string): number {
  const m = /\d+/.exec(text);
  return m ? Number(m[0]) : Number.POSITIVE_INFINITY;
}

/**
 * How rows sort by a column (domain/sort.ts does the sorting, in postSortRows): dates by date,
 * rankings by their first number, statuses by urgency, the rest as text. Unreadable dates and
 * rankings go last.
 */
export function sortingFor(colId: string, ctx: ColumnContext): Omit<SortSpec<Row>, 'descending'> | undefined {
  const { columnMap, dateFormat, statusOf, dictionaryOf } = ctx;
  if (colId === 'status') {
    const urgency = (label: string) => STATUSES.findIndex((s) => STATUS_LABEL[s] === label);
    const text = (row: Row) => labelOf(statusOf, row);
    // A status follows from the "Valid until" text alone (domain/status.ts statusLookup), so each
    // distinct one is judged once, as the status of a row holding nothing else.
    const validUntil = columnMap.validUntil;
    const dates = validUntil === undefined ? null : dictionaryOf(validUntil);
    const dictionary = dates && mapDictionary(dates, (date) => text(withCell(NO_ROW, validUntil!, date)));
    return { text, compare: (a, b) => urgency(a) - urgency(b), dictionary };
  }
  const column = Number(colId.slice(1));
  if (!colId.startsWith('c') || !Number.isInteger(column)) return undefined;
  const text = (row: Row) => row.cells[column] ?? '';
  const dictionary = dictionaryOf(column);
  if (column === columnMap.date || column === columnMap.validUntil) {
    const time = (t: string) => parseDate(t, dateFormat)?.getTime() ?? Number.POSITIVE_INFINITY;
    return { text, compare: compareByNumber(time), dictionary };
  }
  if (column === columnMap.qs || column === columnMap.the) return { text, compare: compareByNumber(leadingNumber), dictionary };
  return { text, compare: compareText, dictionary };
}

/** The grid's own pairwise sort is left nothing to do (~300 ms at 100k rows); see sortingFor. */
const KEEP_ORDER = () => 0;

/** Starting widths that fit the office's data; users resize from there. */
function widthFor(column: number, map: ColumnMap): number {
  if (column === map.no) return 80;
  if (column === map.partner) return 340;
  if (column === map.actor) return 260;
  if (column === map.date || column === map.validUntil) return 140;
  if (column === map.qs || column === map.the || column === map.registration) return 130;
  return 150;
}

export function buildColumnDefs(ctx: ColumnContext): ColDef<Row>[] {
  const { columnMap, statusOf } = ctx;

  const status: ColDef<Row> = {
    colId: 'status',
    headerName: 'Status',
    editable: false,
    pinned: 'left',
    width: 130,
    // The label is formatted from the row, not got: ag-grid reads a column's value twice per row on
    // every sort even though KEEP_ORDER ignores it, and a valueGetter cost ~40 ms of a status sort
    // at 100,000 rows (a params object and a status lookup each time). Reading a field is cheap.
    field: 'id',
    // Not a number column, whatever the field holds: no number filter or alignment guessed from it.
    cellDataType: false,
    valueFormatter: (p: ValueFormatterParams<Row>) => labelOf(statusOf, p.data),
    filterValueGetter: (p: ValueGetterParams<Row>) => labelOf(statusOf, p.data),
    comparator: KEEP_ORDER,
    cellClass: (p: CellClassParams<Row>) => (p.data ? `status-cell status-${statusOf(p.data).status}` : ''),
    tooltip: (p: ITooltipParams<Row>) => (p.data ? statusOf(p.data).reason : undefined),
  };

  const data = Array.from({ length: ctx.columnCount }, (_, column): ColDef<Row> => {
    const name = ctx.header[column];
    const def: ColDef<Row> = {
      colId: `c${column}`,
      width: widthFor(column, columnMap),
      headerName: name?.trim() ? name : `(column ${column + 1})`,
      editable: () => ctx.canEdit(),
      // A field, not a valueGetter: ag-grid reads a field directly, while each valueGetter call
      // builds a params object. Sorting 100k rows reads ~3.4M values and search indexes 1.1M.
      field: `cells.${column}` as ColDef<Row>['field'],
      // The edit goes to the workspace, which stores it and hands the grid the new row. Returning
      // false tells the grid nothing changed, so it neither writes into the row nor re-sorts.
      // (Unlike readOnlyEdit's cellEditRequest, which ag-grid delivers a frame later: ~20 ms.)
      valueSetter: (p: ValueSetterParams<Row>) => {
        if (p.data) ctx.onEdit(p.data.id, column, String(p.newValue ?? ''));
        return false;
      },
      comparator: KEEP_ORDER,
    };
    if (column === columnMap.validUntil) {
      def.cellClassRules = {
        'cell-invalid': (p: CellClassParams<Row>) =>
          !!p.data && (p.data.cells[column] ?? '').trim() !== '' && statusOf(p.data).status === 'unknown',
      };
      def.tooltip = (p: ITooltipParams<Row>) => (p.data ? statusOf(p.data).reason : undefined);
    }
    return def;
  });
  return [status, ...data];
}
