import type { CellClassParams, ColDef, ITooltipParams, ValueFormatterParams, ValueGetterParams, ValueSetterParams } from 'ag-grid-community';
import type { ColumnMap } from '../domain/columns';
import { cellProblem, columnKind, sortOrder } from '../domain/column-kinds';
import { DATE_FORMAT_LABEL, type DateFormat } from '../domain/dates';
import { withCell, type Row } from '../domain/row';
import { mapDictionary, type Dictionary, type SortSpec } from '../domain/sort';
import type { Status, StatusVerdict } from '../domain/status';
import { t } from '../text/messages';
import { statusLabels } from '../text/status-words';

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
  /** What a cell held at the last export, if it changed since (state/change-marks.svelte.ts): it gets a mark. */
  changedWas?: (id: number, column: number) => string | undefined;
  /** What the Checks found in a cell, in words: the cell is marked and its tooltip says it. */
  findingsOf?: (id: number, column: number) => readonly string[];
}

const NO_ROW: Row = { id: 0, cells: [] };

/** The status of a row, in the words the grid shows (the interface's language). */
function labelOf(labels: Record<Status, string>, statusOf: (row: Row) => StatusVerdict, row: Row | undefined): string {
  return row ? labels[statusOf(row).status] : '';
}

/**
 * Why a date cell is flagged, or a status Unknown, in the interface's language. domain/ says only
 * that it is (cellProblem, the verdict); the words are the catalogue's.
 */
function notADate(text: string, format: DateFormat, validUntil: boolean): string {
  const params = { text: text.trim(), format: DATE_FORMAT_LABEL[format] };
  return validUntil ? t('status.reason.notADate', params) : t('grid.notADate', params);
}

function unknownReason(row: Row, ctx: ColumnContext): string | undefined {
  if (ctx.statusOf(row).status !== 'unknown') return undefined;
  const text = ctx.columnMap.validUntil === undefined ? '' : (row.cells[ctx.columnMap.validUntil] ?? '');
  return text.trim() === '' ? t('status.reason.noDate') : notADate(text, ctx.dateFormat, true);
}

/**
 * How rows sort by a column: its kind's order (domain/column-kinds.ts), sorted by domain/sort.ts
 * in postSortRows. The Status column sorts by each row's status, as a word of domain/status.ts.
 */
export function sortingFor(colId: string, ctx: ColumnContext): Omit<SortSpec<Row>, 'descending'> | undefined {
  const { columnMap, dateFormat, statusOf, dictionaryOf } = ctx;
  if (colId === 'status') {
    const text = (row: Row) => statusOf(row).status;
    // A status follows from the "Valid until" text alone (domain/status.ts statusLookup), so each
    // distinct one is judged once, as the status of a row holding nothing else.
    const validUntil = columnMap.validUntil;
    const dates = validUntil === undefined ? null : dictionaryOf(validUntil);
    const dictionary = dates && mapDictionary(dates, (date) => text(withCell(NO_ROW, validUntil!, date)));
    return { text, compare: sortOrder('status', dateFormat), dictionary };
  }
  const column = Number(colId.slice(1));
  if (!colId.startsWith('c') || !Number.isInteger(column)) return undefined;
  const text = (row: Row) => row.cells[column] ?? '';
  return { text, compare: sortOrder(columnKind(column, columnMap), dateFormat), dictionary: dictionaryOf(column) };
}

/**
 * Whether a tooltip's cell shows less than its whole text ("Renewal …"). ag-grid's own
 * tooltipShowMode 'whenTruncated' is for the whole grid, and would hide the tooltips that say why
 * a date is wrong whenever that date fits; so cells are measured here, when one is hovered. Only
 * one grid is on the page, and a row's cells are those under its row-id (pinned ones included).
 */
function isCut(p: ITooltipParams<Row>): boolean {
  const id = p.node?.id;
  const colId = p.colDef && 'colId' in p.colDef ? p.colDef.colId : undefined;
  if (id == null || !colId) return false;
  const cell = document.querySelector(`.ag-row[row-id="${CSS.escape(id)}"] .ag-cell[col-id="${CSS.escape(colId)}"]`);
  const shown = cell?.querySelector('.ag-cell-value') ?? cell;
  return !!shown && shown.scrollWidth > shown.clientWidth;
}

/** A cell's whole text, for a cell too narrow to show it. */
function wholeTextIfCut(p: ITooltipParams<Row>): string | undefined {
  return isCut(p) ? String(p.valueFormatted ?? p.value ?? '') : undefined;
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
  // Read once per column set, not per cell: the grid is made again when the language changes.
  const labels = statusLabels();

  const status: ColDef<Row> = {
    colId: 'status',
    headerName: t('grid.status'),
    editable: false,
    pinned: 'left',
    // Room for its longest word, "Renewal due", in bold beside the status mark, with some to spare
    // for wider fonts: at 130 it read "Renewal …" (tests/e2e/sorting.test.ts measures it).
    // A longer word in another language widens it (~9.5 px a bold letter, 40 for the mark and padding).
    width: Math.max(150, Math.ceil(40 + 9.5 * Math.max(...Object.values(labels).map((label) => label.length)))),
    // The label is formatted from the row, not got: ag-grid reads a column's value twice per row on
    // every sort even though KEEP_ORDER ignores it, and a valueGetter cost ~40 ms of a status sort
    // at 100,000 rows (a params object and a status lookup each time). Reading a field is cheap.
    field: 'id',
    // Not a number column, whatever the field holds: no number filter or alignment guessed from it.
    cellDataType: false,
    valueFormatter: (p: ValueFormatterParams<Row>) => labelOf(labels, statusOf, p.data),
    filterValueGetter: (p: ValueGetterParams<Row>) => labelOf(labels, statusOf, p.data),
    comparator: KEEP_ORDER,
    cellClass: (p: CellClassParams<Row>) => (p.data ? `status-cell status-${statusOf(p.data).status}` : ''),
    tooltip: (p: ITooltipParams<Row>) => (p.data ? unknownReason(p.data, ctx) : undefined) ?? wholeTextIfCut(p),
  };

  const data = Array.from({ length: ctx.columnCount }, (_, column): ColDef<Row> => {
    const name = ctx.header[column];
    const def: ColDef<Row> = {
      colId: `c${column}`,
      width: widthFor(column, columnMap),
      headerName: name?.trim() ? name : t('grid.unnamedColumn', { number: column + 1 }),
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
      tooltip: wholeTextIfCut,
    };
    if (columnKind(column, columnMap) === 'date') {
      const problem = (row: Row | undefined) => {
        const text = row?.cells[column] ?? '';
        return row && cellProblem(column, columnMap, text, ctx.dateFormat) !== null
          ? notADate(text, ctx.dateFormat, column === columnMap.validUntil)
          : null;
      };
      def.cellClassRules = { 'cell-invalid': (p: CellClassParams<Row>) => problem(p.data) !== null };
      def.tooltip = (p: ITooltipParams<Row>) => problem(p.data) ?? wholeTextIfCut(p);
    }
    markFindings(def, column, ctx);
    return withChangeMark(def, column, ctx);
  });
  return [status, ...data];
}

/**
 * A cell changed since the last export gets a corner mark (app.css `.cell-changed`; a mark, not a
 * colour, since colour means status) and says so, with what it held, in its tooltip.
 */
function withChangeMark(def: ColDef<Row>, column: number, ctx: ColumnContext): ColDef<Row> {
  const was = (row: Row | undefined) => (row ? ctx.changedWas?.(row.id, column) : undefined);
  const tooltip = def.tooltip;
  def.cellClassRules = { ...def.cellClassRules, 'cell-changed': (p: CellClassParams<Row>) => was(p.data) !== undefined };
  def.tooltip = (p: ITooltipParams<Row>) => {
    const before = was(p.data);
    const own: unknown = typeof tooltip === 'function' ? tooltip(p) : tooltip;
    if (before === undefined) return own as string | undefined;
    const mark = before ? t('changes.marked', { was: before }) : t('changes.markedEmpty');
    return typeof own === 'string' && own ? `${own} · ${mark}` : mark;
  };
  return def;
}

/**
 * A cell with findings gets a marker (a dotted underline and a corner glyph, app.css), not a
 * colour: the row's colour is its status. Its tooltip says what the Checks found, after any
 * reason of its own.
 */
function markFindings(def: ColDef<Row>, column: number, ctx: ColumnContext): void {
  const findingsOf = ctx.findingsOf;
  if (!findingsOf) return;
  const found = (p: { data?: Row }) => (p.data ? findingsOf(p.data.id, column) : []);
  def.cellClassRules = { ...def.cellClassRules, 'cell-finding': (p: CellClassParams<Row>) => found(p).length > 0 };
  const own = def.tooltip;
  def.tooltip = (p: ITooltipParams<Row>) => {
    const messages = found(p);
    const mine = typeof own === 'function' ? (own(p) as string | undefined) : undefined;
    return messages.length > 0 ? [mine, ...messages].filter(Boolean).join('\n') : mine;
  };
}
