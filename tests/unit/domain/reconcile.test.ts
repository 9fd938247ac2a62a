import { describe, expect, it } from 'vitest';
import { PagedRows } from '../../../src/lib/domain/paged-rows';
import { reconcile } from '../../../src/lib/domain/reconcile';
import type { Row } from '../../../src/lib/domain/row';

const row = (id: number, ...cells: string[]): Row => ({ id, cells });
const shown = () => PagedRows.fromRows([row(1, 'a'), row(2, 'b'), row(3, 'c')], 2);

describe('reconcile: storage after another tab wrote, against the rows a tab shows', () => {
  it.each([
    { name: 'nothing changed', stored: [[row(1, 'a'), row(2, 'b')], [row(3, 'c')]], edited: [], added: [], removed: [] },
    { name: 'a cell changed', stored: [[row(1, 'a'), row(2, 'B')], [row(3, 'c')]], edited: [2], added: [], removed: [] },
    { name: 'a row added', stored: [[row(1, 'a'), row(2, 'b')], [row(3, 'c'), row(4, 'd')]], edited: [], added: [4], removed: [] },
    { name: 'a row removed', stored: [[row(1, 'a')], [row(3, 'c')]], edited: [], added: [], removed: [2] },
    { name: 'a row grew a cell', stored: [[row(1, 'a', 'x'), row(2, 'b')], [row(3, 'c')]], edited: [1], added: [], removed: [] },
  ])('$name', ({ stored, edited, added, removed }) => {
    const before = shown();
    const result = reconcile(before, stored);
    expect(result.after.map((r) => r.id)).toEqual(edited);
    expect(result.before.map((r) => r.id)).toEqual(edited);
    expect(result.added.map((r) => r.id)).toEqual(added);
    expect(result.removed.map((r) => r.id)).toEqual(removed);
    expect(result.paged.all().map((r) => r.cells)).toEqual(stored.flat().map((r) => r.cells));
    // A row that did not change is the very object the tab had: the grid leaves it alone.
    for (const r of result.paged.all()) if (![...edited, ...added].includes(r.id)) expect(r).toBe(before.get(r.id));
  });
});
