import { describe, expect, it } from 'vitest';
import { countPlan } from '../../../../src/lib/domain/merge/plan';
import { baseOf, CITY, DATE, exported, merge, NO, PARTNER, REG, rowsOf, sample, set, theirsOf, VALID } from './support';

const mine = exported();
const base = baseOf(exported());

describe('merging a returned file', () => {
  it('finds no change in a file re-saved unchanged', () => {
    const { plan, change } = merge(base, mine, sample.rows);
    expect(countPlan(plan).total).toBe(0);
    expect(change).toEqual({ removed: [], added: [], edits: [] });
    expect(plan.rows.every((r) => r.outcome === 'unchanged')).toBe(true);
  });

  it('takes edits to different cells of one row from both sides', () => {
    const here = set(mine, 5, CITY, 'Mine city');
    const theirs = theirsOf(set(mine, 5, VALID, '1/1/2030'));
    const { plan, rows } = merge(base, here, theirs);
    expect(plan.conflicts).toEqual([]);
    expect(rows[4].cells[CITY]).toBe('Mine city');
    expect(rows[4].cells[VALID]).toBe('1/1/2030');
  });

  it('makes the same cell edited differently a conflict with base, mine and theirs', () => {
    const was = mine[6].cells[CITY];
    const { plan, rows } = merge(base, set(mine, 7, CITY, 'A'), theirsOf(set(mine, 7, CITY, 'B')), () => [{ take: 'theirs' }]);
    expect(plan.conflicts).toEqual([{ kind: 'cell', id: 7, column: CITY, base: was, mine: 'A', theirs: 'B' }]);
    expect(rows[6].cells[CITY]).toBe('B');
  });

  it('takes what the user typed in a conflict edit box', () => {
    const { rows } = merge(base, set(mine, 7, CITY, 'A'), theirsOf(set(mine, 7, CITY, 'B')), () => [{ value: 'C' }]);
    expect(rows[6].cells[CITY]).toBe('C');
  });

  it('finds no conflict when both sides made the same edit', () => {
    const { plan } = merge(base, set(mine, 7, CITY, 'Same'), theirsOf(set(mine, 7, CITY, 'Same')));
    expect(countPlan(plan).total).toBe(0);
  });

  it('makes a row deleted here and edited there a conflict', () => {
    const here = mine.filter((r) => r.id !== 9);
    const { plan, rows } = merge(base, here, theirsOf(set(mine, 9, CITY, 'Edited there')), () => [{ take: 'theirs' }]);
    expect(plan.conflicts).toMatchObject([{ kind: 'row', base: mine[8].cells, theirs: set(mine, 9, CITY, 'Edited there')[8].cells }]);
    expect(plan.conflicts[0]).not.toHaveProperty('mine');
    expect(rows.find((r) => r.cells[CITY] === 'Edited there')).toBeDefined();
    expect(rows.map((r) => r.cells[REG]).indexOf(mine[8].cells[REG])).toBe(8);
  });

  it('makes a row edited here and deleted there a conflict', () => {
    const theirs = theirsOf(mine.filter((r) => r.id !== 9));
    const kept = merge(base, set(mine, 9, CITY, 'Edited here'), theirs);
    expect(kept.plan.conflicts).toMatchObject([{ kind: 'row', id: 9, mine: set(mine, 9, CITY, 'Edited here')[8].cells }]);
    expect(kept.plan.conflicts[0]).not.toHaveProperty('theirs');
    expect(kept.rows).toHaveLength(mine.length);
    const taken = merge(base, set(mine, 9, CITY, 'Edited here'), theirs, () => [{ take: 'theirs' }]);
    expect(taken.rows).toHaveLength(mine.length - 1);
  });

  it('takes a deletion of a row nobody edited here', () => {
    const { plan, rows } = merge(base, mine, theirsOf(mine.filter((r) => r.id !== 3)));
    expect(plan.changes).toMatchObject([{ kind: 'delete', id: 3 }]);
    expect(rows.some((r) => r.id === 3)).toBe(false);
  });

  it('matches a repeated registration number by content, then order', () => {
    const twins = set(set(mine, 10, REG, 'DUP'), 11, REG, 'DUP');
    const theirs = theirsOf(set(twins, 11, CITY, 'Second twin edited'));
    theirs.splice(9, 2, theirs[10], theirs[9]);
    const { plan, rows } = merge(baseOf(twins), twins, theirs);
    expect(plan.conflicts).toEqual([]);
    expect(plan.changes).toEqual([{ kind: 'edit', id: 11, column: CITY, before: twins[10].cells[CITY], after: 'Second twin edited' }]);
    expect(rows[10].cells[CITY]).toBe('Second twin edited');
  });

  it('never matches a blank registration number to a blank one, and matches one filled in there', () => {
    const blanks = set(set(mine, 12, REG, ''), 13, REG, '');
    const theirs = theirsOf(set(blanks, 13, REG, '99-26'));
    const { plan, rows } = merge(baseOf(blanks), blanks, theirs);
    expect(plan.changes).toEqual([{ kind: 'edit', id: 13, column: REG, before: '', after: '99-26' }]);
    expect(rows[11].cells[REG]).toBe('');
    expect(rows[12].cells[REG]).toBe('99-26');
  });

  it('ignores re-sorting and renumbering', () => {
    const theirs = theirsOf([...mine].reverse()).map((cells, i) => cells.map((c, k) => (k === NO ? String(i + 1) : c)));
    theirs[10][CITY] = 'Edited there';
    const { plan, rows } = merge(base, mine, theirs);
    // Their numbers say where rows stand in their copy; our order, and our numbers, stay.
    expect(plan.changes).toEqual([{ kind: 'edit', id: 64, column: CITY, before: mine[63].cells[CITY], after: 'Edited there' }]);
    expect(plan.reformatted).toContainEqual({ column: NO, what: 'numbering' });
    expect(rows.map((r) => r.cells[NO])).toEqual(mine.map((r) => r.cells[NO]));
  });

  it('undoes dates re-written as DD.MM.YYYY and keeps our text', () => {
    const dotted = (text: string) => {
      const m = /^(\d+)\/(\d+)\/(\d{4})$/.exec(text);
      return m ? `${m[2].padStart(2, '0')}.${m[1].padStart(2, '0')}.${m[3]}` : text;
    };
    const theirs = sample.rows.map((cells) => cells.map((c, k) => (k === DATE || k === VALID ? dotted(c) : c)));
    theirs[20][VALID] = '31.12.2031';
    const { plan, rows } = merge(base, mine, theirs);
    expect(plan.changes).toEqual([{ kind: 'edit', id: 21, column: VALID, before: mine[20].cells[VALID], after: '12/31/2031' }]);
    expect(rows.filter((_, i) => i !== 20).map((r) => r.cells)).toEqual(mine.filter((_, i) => i !== 20).map((r) => r.cells));
  });

  it('offers a column they added and never blanks one they dropped', () => {
    const theirHeader = [...sample.header.filter((_, k) => k !== CITY), 'Notes'];
    const theirs = sample.rows.map((cells) => [...cells.filter((_, k) => k !== CITY), 'note']);
    const { plan, rows } = merge(base, mine, theirs, undefined, theirHeader);
    expect(plan.addedColumns).toEqual(['Notes']);
    expect(plan.droppedColumns).toEqual(['City']);
    expect(countPlan(plan).total).toBe(0);
    expect(rows.map((r) => r.cells)).toEqual(mine.map((r) => r.cells));
  });

  it('makes the same agreement added on both sides one row', () => {
    const fresh = ['75', '1/2/2026', 'New University', 'Almaty', 'Kazakhstan', '-', '-', '1/2/2031', 'IO', '75-26'];
    const here = [...mine, { id: 75, cells: fresh }];
    const { plan, rows } = merge(base, here, [...sample.rows, fresh]);
    expect(countPlan(plan).total).toBe(0);
    expect(rows).toHaveLength(75);
  });

  it('places a row only they added below its neighbour in the file', () => {
    const fresh = ['', '1/2/2026', 'New University', 'Almaty', 'Kazakhstan', '-', '-', '1/2/2031', 'IO', 'NEW-1'];
    const theirs = [...sample.rows];
    theirs.splice(30, 0, fresh);
    const { plan, rows } = merge(base, mine, theirs);
    expect(countPlan(plan)).toMatchObject({ added: 1, total: 1 });
    expect(rows[30].cells).toEqual(fresh);
    expect(rows[29].id).toBe(30);
  });

  it('makes every difference a choice when there is no base', () => {
    const theirs = theirsOf(set(mine, 4, CITY, 'Other'));
    theirs.push(['', '', 'Only theirs', '', '', '', '', '', '', 'T-1']);
    const { plan } = merge(null, mine, theirs);
    expect(plan.twoWay).toBe(true);
    expect(plan.changes).toEqual([]);
    expect(plan.conflicts).toMatchObject([{ kind: 'cell', id: 4, mine: mine[3].cells[CITY], theirs: 'Other' }, { kind: 'row', theirsIndex: 74 }]);
  });

  it('matches by partner and date when the registration number is blank on both sides', () => {
    const blanks = rowsOf(sample.rows.map((c) => c.map((x, k) => (k === REG ? '' : x))));
    const theirs = theirsOf(set(blanks, 40, CITY, 'Moved')).reverse();
    const { plan } = merge(baseOf(blanks), blanks, theirs);
    expect(plan.changes).toMatchObject([{ kind: 'edit', id: 40, column: CITY, after: 'Moved' }]);
    expect(PARTNER).toBeGreaterThan(0);
  });

  it('undoes leading zeros Excel dropped and keeps our formula quote as unchanged', () => {
    const here = set(set(set(mine, 1, REG, '0042'), 2, REG, '0043'), 3, CITY, '=SUM(A1)');
    const theirs = theirsOf(set(set(set(here, 1, REG, '42'), 2, REG, '43'), 3, CITY, "'=SUM(A1)"));
    const { plan, rows } = merge(baseOf(here), here, theirs);
    expect(countPlan(plan).total).toBe(0);
    expect(rows.map((r) => r.cells)).toEqual(here.map((r) => r.cells));
  });
});
