import { describe, expect, it } from 'vitest';
import { applyChange, invert } from '../../../../src/lib/domain/changes';
import { applyColumns } from '../../../../src/lib/domain/header-change';
import { mergeChange } from '../../../../src/lib/domain/merge/apply';
import { planMerge } from '../../../../src/lib/domain/merge/three-way';
import { PagedRows } from '../../../../src/lib/domain/paged-rows';
import { baseOf, CITY, exported, header, REG, sample } from './support';

const mine = exported();
const base = baseOf(exported());
const theirHeader = [...header, 'Contact email'];
/** Their copy: a "Contact email" column, filled in for rows 3 and 10, and one new agreement with one. */
function theirs(): string[][] {
  const rows = sample.rows.map((cells) => [...cells, '']);
  rows[2][header.length] = 'three@uni.example';
  rows[9][header.length] = 'ten@uni.example';
  const fresh = ['', '1/2/2026', 'New University', 'Almaty', 'Kazakhstan', '-', '-', '1/2/2031', 'IO', 'NEW-1', 'new@uni.example'];
  return [...rows, fresh];
}
const plan = () => planMerge({ header, mine, base, theirs: { header: theirHeader, rows: theirs() } });
const meta = { name: 'x', header, dialect: sample.dialect, nextRowId: 1000, importedAt: '' };

describe('a column the colleague added', () => {
  it('is planned with its values for our rows and for the rows only they have', () => {
    const p = plan();
    expect(p.addedColumns).toEqual(['Contact email']);
    expect(p.addedValues).toEqual([{ mine: [[3, 'three@uni.example'], [10, 'ten@uni.example']], theirs: [[74, 'new@uni.example']] }]);
  });

  it('taken, is appended to our header with its values, in the one change of the merge', () => {
    const paged = PagedRows.fromRows(mine, 10);
    const { change, count } = mergeChange(plan(), [], paged, 1000, { width: header.length, chosen: [0] });
    applyChange(paged, change);
    expect(applyColumns(meta, change.columns).header).toEqual(theirHeader);
    expect(paged.get(3)?.cells.at(-1)).toBe('three@uni.example');
    expect(paged.get(10)?.cells.at(-1)).toBe('ten@uni.example');
    expect(paged.get(1000)?.cells.at(-1)).toBe('new@uni.example');
    // Rows they left blank there are not written to at all.
    expect(paged.get(4)).toBe(mine[3]);
    expect(count).toBe(2); // the new agreement and the column
  });

  it('is taken out again, with its cells, by the merge’s one undo', () => {
    const paged = PagedRows.fromRows(mine, 10);
    const { change } = mergeChange(plan(), [], paged, 1000, { width: header.length, chosen: [0] });
    applyChange(paged, change);
    applyChange(paged, invert(change));
    expect(applyColumns(applyColumns(meta, change.columns), invert(change).columns).header).toEqual(header);
    expect(paged.all().map((r) => r.cells)).toEqual(mine.map((r) => r.cells));
  });

  it('not taken, adds nothing: the rest of the file is merged as before', () => {
    const paged = PagedRows.fromRows(mine, 10);
    const { change } = mergeChange(plan(), [], paged, 1000);
    expect(change.columns).toBeUndefined();
    applyChange(paged, change);
    expect(paged.get(3)).toBe(mine[2]);
    expect(paged.get(1000)?.cells).toHaveLength(header.length);
  });

  it('never blanks a column they dropped, whether or not the one they added is taken', () => {
    const without = (cells: readonly string[]) => cells.filter((_, k) => k !== CITY);
    const p = planMerge({
      header,
      mine,
      base,
      theirs: { header: [...without(header), 'Notes'], rows: sample.rows.map((cells, i) => [...without(cells), i === 0 ? 'a note' : '']) },
    });
    expect(p.droppedColumns).toEqual(['City']);
    const paged = PagedRows.fromRows(mine, 10);
    applyChange(paged, mergeChange(p, [], paged, 1000, { width: header.length, chosen: [0] }).change);
    expect(paged.all().map((r) => r.cells[CITY])).toEqual(mine.map((r) => r.cells[CITY]));
    expect(paged.get(1)?.cells[REG]).toBe(mine[0].cells[REG]);
    expect(paged.get(1)?.cells.at(-1)).toBe('a note');
  });

  it('goes after the cells a ragged row carries past our header, which stay its own, also after the undo', () => {
    const ragged = mine.map((row) => (row.id === 5 ? { id: 5, cells: [...row.cells, 'extra', ''] } : row));
    const paged = PagedRows.fromRows(ragged, 10);
    const p = planMerge({ header, mine: ragged, base, theirs: { header: theirHeader, rows: theirs() } });
    const { change } = mergeChange(p, [], paged, 1000, { width: header.length, chosen: [0] });
    applyChange(paged, change);
    expect(applyColumns(meta, change.columns).header).toEqual([...header, '', '', 'Contact email']);
    expect(paged.get(5)?.cells.slice(header.length)).toEqual(['extra', '']);
    expect(paged.get(3)?.cells.slice(header.length)).toEqual(['', '', 'three@uni.example']);
    applyChange(paged, invert(change));
    expect(paged.all()).toEqual(ragged);
  });
});
