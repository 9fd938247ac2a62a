import { describe, expect, it } from 'vitest';
import { applyChange, History, type Change } from '../../../src/lib/domain/changes';
import { PagedRows } from '../../../src/lib/domain/paged-rows';
import { withCell, type Row } from '../../../src/lib/domain/row';

const rows = (n: number): Row[] => Array.from({ length: n }, (_, i) => ({ id: i + 1, cells: [`r${i + 1}`, 'x'] }));
const texts = (paged: PagedRows) => paged.all().map((r) => r.cells.join('|'));

describe('withCell', () => {
  it('returns the same row when nothing changes', () => {
    const row = { id: 1, cells: ['a', 'b'] };
    expect(withCell(row, 1, 'b')).toBe(row);
  });

  it('lengthens a short row only up to the edited cell', () => {
    expect(withCell({ id: 1, cells: ['a'] }, 3, 'd').cells).toEqual(['a', '', '', 'd']);
  });
});

describe('PagedRows', () => {
  it('splits rows into pages and keeps document order', () => {
    const paged = PagedRows.fromRows(rows(5), 2);
    expect(paged.pageCount).toBe(3);
    expect(paged.page(2).map((r) => r.id)).toEqual([5]);
    expect(paged.all().map((r) => r.id)).toEqual([1, 2, 3, 4, 5]);
  });

  it('places new rows at the end, starting a page when the last is full', () => {
    const paged = PagedRows.fromRows(rows(4), 2);
    const placements = paged.placementsForNew([{ id: 9, cells: [] }], 2);
    expect(placements.map(({ page, position }) => [page, position])).toEqual([[2, 0]]);
  });
});

describe('applyChange and History', () => {
  it('undoes and redoes an edit, an addition and a deletion in order', () => {
    const paged = PagedRows.fromRows(rows(5), 2);
    const history = new History();
    const before = texts(paged);
    const run = (change: Change) => {
      applyChange(paged, change);
      history.record(change);
    };

    run({ kind: 'edit', edits: [{ id: 3, column: 1, before: 'x', after: 'EDITED' }] });
    run({ kind: 'add', placements: paged.placementsForNew([{ id: 6, cells: ['new', ''] }], 2) });
    const doomed = [1, 4, 6];
    const placements = paged.all().flatMap((row) => {
      if (!doomed.includes(row.id)) return [];
      for (let page = 0; page < paged.pageCount; page++) {
        const position = paged.page(page).indexOf(row);
        if (position >= 0) return [{ row, page, position }];
      }
      return [];
    });
    run({ kind: 'delete', placements });
    const after = texts(paged);
    expect(after).toEqual(['r2|x', 'r3|EDITED', 'r5|x']);

    for (let change = history.undo(); change; change = history.undo()) applyChange(paged, change);
    expect(texts(paged)).toEqual(before);
    expect(history.canUndo).toBe(false);

    for (let change = history.redo(); change; change = history.redo()) applyChange(paged, change);
    expect(texts(paged)).toEqual(after);
  });

  it('forgets what was undone once a new change is made', () => {
    const history = new History();
    history.record({ kind: 'edit', edits: [] });
    history.undo();
    expect(history.canRedo).toBe(true);
    history.record({ kind: 'edit', edits: [] });
    expect(history.canRedo).toBe(false);
  });
});
