import { describe, expect, it } from 'vitest';
import { addChange, applyChange, deleteChange, editChange, invert, type Change } from '../../../src/lib/domain/changes';
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

  it('finds, updates and removes rows by id, large ids too', () => {
    const ids = [1, 7, 2 ** 32 - 1, 2 ** 40, Number.MAX_SAFE_INTEGER];
    const paged = PagedRows.fromRows(ids.map((id) => ({ id, cells: [String(id)] })), 2);
    expect(paged.size).toBe(5);
    for (const id of ids) expect(paged.get(id)?.cells).toEqual([String(id)]);
    expect(paged.update({ id: 2 ** 40, cells: ['changed'] })).toBe(1);
    expect(paged.get(2 ** 40)?.cells).toEqual(['changed']);
    paged.remove([7, Number.MAX_SAFE_INTEGER]);
    expect(paged.size).toBe(3);
    expect(paged.get(7)).toBeUndefined();
    expect(paged.get(Number.MAX_SAFE_INTEGER)).toBeUndefined();
    expect(paged.all().map((r) => r.id)).toEqual([1, 2 ** 32 - 1, 2 ** 40]);
    expect(() => paged.update({ id: 7, cells: [] })).toThrow('No row 7');
  });
});

describe('applyChange and invert', () => {
  it('undoes and redoes an edit, an addition and a deletion in order', () => {
    const paged = PagedRows.fromRows(rows(5), 2);
    const done: Change[] = [];
    const before = texts(paged);
    const run = (change: Change) => {
      applyChange(paged, change);
      done.push(change);
    };

    run(editChange([{ id: 3, column: 1, before: 'x', after: 'EDITED' }]));
    run(addChange(paged.placementsForNew([{ id: 6, cells: ['new', ''] }], 2)));
    const doomed = [1, 4, 6];
    const placements = paged.all().flatMap((row) => {
      if (!doomed.includes(row.id)) return [];
      for (let page = 0; page < paged.pageCount; page++) {
        const position = paged.page(page).indexOf(row);
        if (position >= 0) return [{ row, page, position }];
      }
      return [];
    });
    run(deleteChange(placements));
    const after = texts(paged);
    expect(after).toEqual(['r2|x', 'r3|EDITED', 'r5|x']);

    for (const change of done.slice().reverse()) applyChange(paged, invert(change));
    expect(texts(paged)).toEqual(before);

    for (const change of done) applyChange(paged, change);
    expect(texts(paged)).toEqual(after);
  });

  it('undoes a change mixing a deletion, an addition and edits in one step', () => {
    const paged = PagedRows.fromRows(rows(5), 2);
    const before = texts(paged);
    const removed = paged.remove([2]).removed;
    paged.insert(removed); // put back: the change below does it all at once
    const change: Change = {
      removed,
      added: [{ row: { id: 7, cells: ['new', 'y'] }, page: 0, position: 1 }],
      edits: [{ id: 4, column: 0, before: 'r4', after: 'R4' }],
    };
    applyChange(paged, change);
    expect(texts(paged)).toEqual(['r1|x', 'new|y', 'r3|x', 'R4|x', 'r5|x']);
    applyChange(paged, invert(change));
    expect(texts(paged)).toEqual(before);
  });

  it('inserts a new row right below the given row', () => {
    const paged = PagedRows.fromRows(rows(5), 2);
    applyChange(paged, addChange(paged.placementsAfter([{ id: 9, cells: ['below 3', ''] }], 3)));
    expect(paged.all().map((r) => r.id)).toEqual([1, 2, 3, 9, 4, 5]);
    applyChange(paged, addChange(paged.placementsAfter([{ id: 10, cells: ['end', ''] }], undefined)));
    expect(paged.all().at(-1)?.id).toBe(10);
  });
});
