import type { PagedRows } from '../domain/paged-rows';
import { cellOf } from '../domain/row';

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
    const name = header[column] || `column ${column + 1}`;
    return row
      ? `${name} is now "${cellOf(row, column)}" (you had typed "${value}")`
      : `a row where you had typed "${value}" in ${name} was deleted`;
  });
  const more = replaced.length > 3 ? `, and ${replaced.length - 3} more` : '';
  return `Another tab changed ${replaced.length === 1 ? 'a cell' : `${replaced.length} cells`} you had edited: ${described.join('; ')}${more}.`;
}
