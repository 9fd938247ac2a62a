import type { Change, CellEdit } from '../changes';
import { appendColumns, type ColumnsChange } from '../header-change';
import { PagedRows, type Placement } from '../paged-rows';
import { cellOf, type Row } from '../row';
import type { Conflict, MergePlan } from './plan';

/** The user's answer to one conflict: keep ours, take theirs, or what they typed in its edit box. */
export type Decision = { take: 'mine' } | { take: 'theirs' } | { value: string };

export const isDecided = (plan: MergePlan, decisions: readonly (Decision | undefined)[]): boolean =>
  plan.conflicts.every((_, i) => decisions[i] !== undefined);

/** Columns they added that the user takes: `chosen` indexes `plan.addedColumns`; `width`: our header's. */
export interface TakenColumns {
  width: number;
  chosen: readonly number[];
}

/**
 * The plan and the decisions as ONE change to our rows (one undo step): edits, removals, the
 * file's new rows placed below their neighbours there, and the columns taken, appended to our
 * header with their values. New rows get ids from `nextRowId` on.
 */
export function mergeChange(
  plan: MergePlan,
  decisions: readonly (Decision | undefined)[],
  rows: PagedRows,
  nextRowId: number,
  taken: TakenColumns = { width: 0, chosen: [] },
): { change: Change; nextRowId: number; count: number } {
  const edits = new Map<string, { id: number; column: number; after: string }>();
  const deletes = new Set<number>();
  const adds: { cells: string[]; after?: number; theirs?: number }[] = [];
  let count = 0;
  const edit = (id: number, column: number, after: string) => edits.set(`${id}:${column}`, { id, column, after });
  for (const c of plan.changes) {
    count++;
    if (c.kind === 'edit') edit(c.id, c.column, c.after);
    else if (c.kind === 'delete') deletes.add(c.id);
    else adds.push({ cells: c.cells, after: c.after, theirs: c.theirs });
  }
  plan.conflicts.forEach((conflict: Conflict, i) => {
    const decision = decisions[i];
    if (!decision || ('take' in decision && decision.take === 'mine')) return;
    count++;
    if (conflict.kind === 'cell') edit(conflict.id, conflict.column, 'value' in decision ? decision.value : conflict.theirs);
    else if (conflict.theirs === undefined && conflict.id !== undefined) deletes.add(conflict.id);
    else if (conflict.theirs !== undefined && conflict.mine === undefined)
      adds.push({ cells: conflict.theirs, after: conflict.after, theirs: conflict.theirsIndex });
  });
  const columns = takeColumns(plan, taken, rows, adds, edit);
  count += taken.chosen.length;

  const { removed, added, nextRowId: id } = placeRows(rows, deletes, adds, nextRowId);
  const cellEdits: CellEdit[] = [];
  for (const { id: rowId, column, after } of edits.values()) {
    const row = rows.get(rowId);
    if (!row || deletes.has(rowId) || cellOf(row, column) === after) continue;
    cellEdits.push({ id: rowId, column, before: cellOf(row, column), after });
  }
  // Only rows that are written to need cutting back on undo.
  const written = new Set(cellEdits.map((e) => e.id));
  if (columns) columns.rows = columns.rows.filter((r) => written.has(r.id));
  return { change: { removed, added, edits: cellEdits, ...(columns ? { columns } : {}) }, nextRowId: id, count };
}

/**
 * Where the removed rows were and where the added ones go, worked out on a copy so that each has
 * the place it will have when applied. A merge of edits only (the usual returned file) needs no
 * copy of 100,000 rows.
 */
function placeRows(
  rows: PagedRows,
  deletes: ReadonlySet<number>,
  adds: readonly { cells: string[]; after?: number }[],
  nextRowId: number,
): { removed: Placement[]; added: Placement[]; nextRowId: number } {
  if (deletes.size === 0 && adds.length === 0) return { removed: [], added: [], nextRowId };
  const copy = new PagedRows(rows.allPages().map((page) => page.slice()));
  const removed = copy.remove(deletes).removed;
  const order = new Map(copy.all().map((row, i) => [row.id, i]));
  const groups = new Map<number, Row[]>();
  let id = nextRowId;
  for (const { cells, after } of adds) {
    // -1: above every row (their first rows); past the end when our neighbour is gone.
    const at = after === undefined ? -1 : (order.get(after) ?? Infinity);
    const key = at === Infinity ? Infinity : at === -1 ? -1 : after!;
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key)!.push({ id: id++, cells });
  }
  const added: Placement[] = [];
  const place = (key: number) => (key === -1 ? -1 : key === Infinity ? Infinity : order.get(key)!);
  for (const key of [...groups.keys()].sort((a, b) => place(a) - place(b))) {
    const group = groups.get(key)!;
    const placements =
      key === -1 ? group.map((row, i) => ({ row, page: 0, position: i })) : copy.placementsAfter(group, key === Infinity ? undefined : key);
    copy.insert(placements);
    added.push(...placements);
  }
  return { removed, added, nextRowId: id };
}

/**
 * The chosen columns appended after every cell our rows have (header-change.ts), their values
 * as edits of our rows (recording each row's length, for the undo) and as cells of the rows added.
 */
function takeColumns(
  plan: MergePlan,
  { width, chosen }: TakenColumns,
  rows: PagedRows,
  adds: { cells: string[]; theirs?: number }[],
  edit: (id: number, column: number, after: string) => void,
): ColumnsChange | undefined {
  if (chosen.length === 0) return undefined;
  const widest = rows.all().reduce((n, row) => Math.max(n, row.cells.length), 0);
  const added = appendColumns(width, widest, chosen.map((i) => plan.addedColumns[i]));
  const at = added.slice(added.length - chosen.length).map((c) => c.at);
  const lengths = new Map<number, number>();
  const byTheirs = new Map(adds.flatMap((a) => (a.theirs === undefined ? [] : [[a.theirs, a] as const])));
  chosen.forEach((i, k) => {
    const { mine, theirs } = plan.addedValues[i];
    for (const [id, text] of mine) {
      const row = rows.get(id);
      if (!row) continue;
      lengths.set(id, row.cells.length);
      edit(id, at[k], text);
    }
    for (const [j, text] of theirs) {
      const add = byTheirs.get(j);
      if (!add) continue;
      add.cells = add.cells.slice();
      while (add.cells.length < at[k]) add.cells.push('');
      add.cells[at[k]] = text;
    }
  });
  return { removed: [], added, rows: [...lengths].map(([id, length]) => ({ id, length })), widest: Math.max(width, widest) };
}
