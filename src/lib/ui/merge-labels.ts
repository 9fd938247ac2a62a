import type { Conflict, MergeChange, MergePlan } from '../domain/merge/plan';
import type { Row } from '../domain/row';
import { mapColumns } from '../domain/columns';
import { t } from '../text/messages';

/**
 * How the review names things: an agreement by partner and registration number (never by "No",
 * which colleagues renumber), a column by its header.
 */
export function labeller(header: readonly string[], rowOf: (id: number) => Row | undefined) {
  const map = mapColumns(header);
  const name = (cells: readonly string[] | undefined) =>
    t('merge.agreement', {
      partner: map.partner === undefined ? '' : (cells?.[map.partner] ?? ''),
      registration: map.registration === undefined ? '' : (cells?.[map.registration] ?? ''),
    });
  return {
    column: (c: number) => header[c] || t('column.unnamed', { number: c + 1 }),
    change: (c: MergeChange) => name(c.kind === 'add' ? c.cells : c.kind === 'delete' ? c.cells : rowOf(c.id)?.cells),
    conflict: (c: Conflict) => name(c.kind === 'cell' ? rowOf(c.id)?.cells : (c.mine ?? c.theirs ?? c.base)),
  };
}

/** Columns by name, for the review's notes. */
export function columnList(names: readonly string[]): string {
  return names.map((n) => `"${n}"`).join(', ');
}

export function reformattedColumns(plan: MergePlan, header: readonly string[]): string[] {
  return [...new Set(plan.reformatted.map((r) => header[r.column]))];
}

export function rowConflictText(c: Extract<Conflict, { kind: 'row' }>, twoWay: boolean): string {
  if (twoWay) return c.mine ? t('merge.onlyMine') : t('merge.onlyTheirs');
  return c.mine ? t('merge.deletedThere') : t('merge.deletedHere');
}
