import { describe, expect, it } from 'vitest';
import { applyChange } from '../../../src/lib/domain/changes';
import { PagedRows } from '../../../src/lib/domain/paged-rows';
import { fillDown, fillRect, planPaste, type GridView } from '../../../src/lib/domain/paste';
import type { Row } from '../../../src/lib/domain/row';

const HEADER = ['No', 'Partner', 'City', 'Country'];
const rows = (): Row[] => [
  { id: 1, cells: ['1', 'Alpha', 'Almaty', 'KZ'] },
  { id: 2, cells: ['2', 'Beta', 'Berlin', 'DE'] },
  { id: 3, cells: ['3', 'Gamma', 'Graz', 'AT'] },
];
const fresh = { nextRowId: 4, header: HEADER, noColumn: 0 };
const texts = (paged: PagedRows) => paged.all().map((r) => r.cells.join('|'));

describe('planPaste', () => {
  it('fills right and down from the anchor over the rows shown', () => {
    const paged = PagedRows.fromRows(rows());
    const view: GridView = { shown: [1, 2, 3], columns: [0, 1, 2, 3] };
    const plan = planPaste([['A', 'B'], ['C', 'D']], { row: 0, column: 1 }, view, paged, fresh);
    applyChange(paged, plan.change);
    expect(texts(paged)).toEqual(['1|A|B|KZ', '2|C|D|DE', '3|Gamma|Graz|AT']);
  });

  it('follows the order shown: sorted and filtered rows, moved columns', () => {
    const paged = PagedRows.fromRows(rows());
    // Shown: Gamma then Alpha (Beta filtered out); City is shown before Partner.
    const view: GridView = { shown: [3, 1], columns: [0, 2, 1, 3] };
    const plan = planPaste([['x', 'y'], ['z', 'w']], { row: 0, column: 1 }, view, paged, fresh);
    applyChange(paged, plan.change);
    expect(texts(paged)).toEqual(['1|w|z|KZ', '2|Beta|Berlin|DE', '3|y|x|AT']);
  });

  it('adds rows after the last row shown when the block runs past the end, numbered on', () => {
    const paged = PagedRows.fromRows(rows());
    const view: GridView = { shown: [1, 2], columns: [0, 1, 2, 3] };
    const plan = planPaste([['B2'], ['new 1'], ['new 2']], { row: 1, column: 1 }, view, paged, fresh);
    expect(plan.change.added.map((p) => p.row.id)).toEqual([4, 5]);
    expect(plan.nextRowId).toBe(6);
    applyChange(paged, plan.change);
    expect(texts(paged)).toEqual(['1|Alpha|Almaty|KZ', '2|B2|Berlin|DE', '4|new 1||', '5|new 2||', '3|Gamma|Graz|AT']);
  });

  it('counts cells beyond the last column instead of dropping them silently', () => {
    const paged = PagedRows.fromRows(rows());
    const plan = planPaste([['a', 'b', 'c']], { row: 0, column: 2 }, { shown: [1], columns: [0, 1, 2, 3] }, paged, fresh);
    expect(plan.clipped).toBe(1);
    expect(plan.change.edits.map((e) => e.after)).toEqual(['a', 'b']);
  });

  it('skips cells that already hold the pasted value', () => {
    const paged = PagedRows.fromRows(rows());
    const plan = planPaste([['Alpha', 'Astana']], { row: 0, column: 1 }, { shown: [1], columns: [0, 1, 2, 3] }, paged, fresh);
    expect(plan.change.edits).toEqual([{ id: 1, column: 2, before: 'Almaty', after: 'Astana' }]);
  });
});

describe('fillRect and fillDown', () => {
  const view: GridView = { shown: [1, 2, 3], columns: [0, 1, 2, 3] };
  const rowOf = (id: number) => rows().find((r) => r.id === id);

  it('clears every cell of a range', () => {
    const edits = fillRect(view, { top: 0, bottom: 1, left: 2, right: 3 }, '', rowOf);
    expect(edits.map((e) => `${e.id}:${e.column}:${e.before}`)).toEqual(['1:2:Almaty', '1:3:KZ', '2:2:Berlin', '2:3:DE']);
  });

  it('fills the top row of a range into the rows below it', () => {
    const edits = fillDown(view, { top: 0, bottom: 2, left: 2, right: 2 }, rowOf);
    expect(edits.map((e) => `${e.id}:${e.after}`)).toEqual(['2:Almaty', '3:Almaty']);
  });

  it('fills one cell from the row above', () => {
    const edits = fillDown(view, { top: 2, bottom: 2, left: 3, right: 3 }, rowOf);
    expect(edits).toEqual([{ id: 3, column: 3, before: 'AT', after: 'DE' }]);
  });

  it('does nothing on the first row', () => {
    expect(fillDown(view, { top: 0, bottom: 0, left: 1, right: 1 }, rowOf)).toEqual([]);
  });
});
