import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Row } from '../../../../src/lib/domain/row';
import { baseOf, CITY, DATE, header, merge, PARTNER, REG, VALID } from './support';

/**
 * Nothing lost silently: over random base / mine / theirs tables with random edits, additions,
 * deletions, re-sorting and Excel's re-formatting, every row of each side ends in exactly one
 * outcome, and every value that differs from the base on either side is in the result or in the
 * review (a conflict that lists it).
 */
const DATES = [DATE, VALID];
const EDITABLE = header.map((_, i) => i).filter((i) => !DATES.includes(i));
const word = fc.constantFrom('Almaty', 'Bonn', 'x', 'y', '', 'Same', 'Graz');
const date = fc.record({ m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 28 }), y: fc.integer({ min: 2015, max: 2030 }) }).map(({ m, d, y }) => `${m}/${d}/${y}`);
const reg = fc.constantFrom('', '', '007', '012', 'A-1', 'A-2', 'B-7', '42');
const cells = fc.tuple(date, fc.constantFrom('Uni A', 'Uni B', 'College C', 'Institute D'), word, date, reg).map(([d, partner, city, valid, r]) => {
  const row = header.map(() => '-');
  row[DATE] = d;
  row[PARTNER] = partner;
  row[CITY] = city;
  row[VALID] = valid;
  row[REG] = r;
  return row;
});

const edit = fc.record({ row: fc.nat(), column: fc.constantFrom(...EDITABLE), value: word });
const side = fc.record({ edits: fc.array(edit, { maxLength: 6 }), deletions: fc.array(fc.nat(), { maxLength: 3 }), additions: fc.array(cells, { maxLength: 3 }) });

interface SideEdits {
  edits: { row: number; column: number; value: string }[];
  deletions: number[];
  additions: string[][];
}

function applySide(base: Row[], { edits, deletions, additions }: SideEdits, firstId: number) {
  let rows = base.map((r) => ({ id: r.id, cells: [...r.cells] }));
  const edited = new Map<string, { id: number; column: number; value: string }>();
  for (const e of edits) {
    if (rows.length === 0) break;
    const row = rows[e.row % rows.length];
    row.cells[e.column] = e.value;
    edited.set(`${row.id}:${e.column}`, { id: row.id, column: e.column, value: e.value });
  }
  const gone = new Set(deletions.map((d) => (rows.length ? rows[d % rows.length].id : -1)));
  rows = rows.filter((r) => !gone.has(r.id));
  const added = additions.map((c, i) => ({ id: firstId + i, cells: c }));
  return { rows: [...rows, ...added], changed: [...edited.values()].filter((c) => !gone.has(c.id) && base.find((b) => b.id === c.id)?.cells[c.column] !== c.value), added };
}

const excelDate = (text: string) => {
  const m = /^(\d+)\/(\d+)\/(\d{4})$/.exec(text);
  return m ? `${m[2].padStart(2, '0')}.${m[1].padStart(2, '0')}.${m[3]}` : text;
};

describe('merging never loses a change silently', () => {
  it('gives every row one outcome and keeps or lists every changed value', () => {
    fc.assert(
      fc.property(fc.array(cells, { minLength: 1, maxLength: 15 }), side, side, fc.boolean(), fc.boolean(), fc.integer(), (baseCells, m, t, reformat, dropZeros, seed) => {
        const base = baseCells.map((c, i) => ({ id: i + 1, cells: c }));
        const mine = applySide(base, m, 100);
        const theirs = applySide(base, t, 200);
        // Re-sorted, and re-formatted as Excel would on a machine with other settings.
        const order = theirs.rows.map((r, i) => ({ r, k: (i * 7919 + seed) % 104729 })).sort((a, b) => a.k - b.k).map((x) => x.r);
        const excel = (c: string, k: number) => (reformat && DATES.includes(k) ? excelDate(c) : dropZeros && k === REG && /^\d+$/.test(c) ? String(Number(c)) : c);
        const file = order.map((r) => r.cells.map(excel));
        const { plan, rows } = merge(baseOf(base), mine.rows, file);

        const count = (pick: (o: (typeof plan.rows)[number]) => number | undefined) => {
          const seen = new Map<number, number>();
          for (const o of plan.rows) {
            const v = pick(o);
            if (v !== undefined) seen.set(v, (seen.get(v) ?? 0) + 1);
          }
          return seen;
        };
        const bases = count((o) => o.base);
        const mines = count((o) => o.mine);
        const theirsSeen = count((o) => o.theirs);
        expect(base.every((_, i) => bases.get(i) === 1) && bases.size === base.length).toBe(true);
        expect(mine.rows.every((r) => mines.get(r.id) === 1) && mines.size === mine.rows.length).toBe(true);
        expect(file.every((_, j) => theirsSeen.get(j) === 1) && theirsSeen.size === file.length).toBe(true);

        const inResult = (value: string, column: number, id?: number) =>
          id !== undefined ? rows.find((r) => r.id === id)?.cells[column] === value : rows.some((r) => r.cells[column] === value);
        const listed = (value: string, column: number) =>
          plan.conflicts.some((c) => (c.kind === 'cell' ? c.column === column && (c.mine === value || c.theirs === value) : c.mine?.[column] === value || c.theirs?.[column] === value));
        for (const c of mine.changed) expect(inResult(c.value, c.column, c.id) || listed(c.value, c.column)).toBe(true);
        for (const r of mine.added) expect(rows.some((x) => x.id === r.id)).toBe(true);
        // Each row of their file against the base row it was matched with (none: all of it is new).
        const listedOrIn = (value: string, column: number) => inResult(value, column) || listed(value, column);
        for (const o of plan.rows) {
          if (o.theirs === undefined) continue;
          const was = o.base === undefined ? undefined : base[o.base].cells;
          file[o.theirs].forEach((value, k) => {
            if (value === '' || (was && excel(was[k], k) === value) || DATES.includes(k)) return;
            expect(listedOrIn(value, k) || (k === REG && listedOrIn(String(value).padStart(3, '0'), k))).toBe(true);
          });
        }
      }),
      { numRuns: 300 },
    );
  }, 60_000);
});
