import type { PagedRows } from '../domain/paged-rows';
import { cellOf } from '../domain/row';
import { t } from '../text/messages';

export interface EditedCell {
  id: number;
  column: number;
  value: string;
}

/**
 * When another tab's write replaced cells this tab had edited, say which, so that no value is
 * lost silently: the user can retype theirs if it should win.
 */
export function replacedCellsMessage(mine: readonly EditedCell[], rows: PagedRows, header: readonly string[]): string | null {
  const replaced = mine.filter(({ id, column, value }) => {
    const row = rows.get(id);
    return !row || cellOf(row, column) !== value;
  });
  if (replaced.length === 0) return null;
  const described = replaced.slice(0, 3).map(({ id, column, value }) => {
    const row = rows.get(id);
    const name = header[column] || t('column.unnamed', { number: column + 1 });
    return row
      ? t('replaced.cell', { column: name, now: cellOf(row, column), typed: value })
      : t('replaced.deletedRow', { column: name, typed: value });
  });
  return t('replaced.summary', { count: replaced.length, described, more: Math.max(0, replaced.length - 3) });
}
