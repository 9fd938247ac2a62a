import { describe, expect, it } from 'vitest';
import { mergeChange } from '../../../../src/lib/domain/merge/apply';
import { countPlan } from '../../../../src/lib/domain/merge/plan';
import { planMerge } from '../../../../src/lib/domain/merge/three-way';
import { PagedRows } from '../../../../src/lib/domain/paged-rows';
import { CITY, header, REG, sample } from './support';

describe('merging at 100,000 rows', () => {
  it('plans and builds the change for a file with 1,000 changes (time printed, not asserted)', () => {
    const rows = Array.from({ length: 100_000 }, (_, i) => {
      const cells = [...sample.rows[i % sample.rows.length]];
      cells[0] = String(i + 1);
      cells[REG] = `R-${i}`;
      return { id: i + 1, cells };
    });
    const theirs = rows.map((r) => [...r.cells]);
    for (let k = 0; k < 900; k++) theirs[k * 101][CITY] = `Edited ${k}`;
    for (let k = 0; k < 50; k++) theirs.push([...theirs[k], `N-${k}`].slice(0, header.length).map((c, i) => (i === REG ? `N-${k}` : c)));
    const gone = new Set(Array.from({ length: 50 }, (_, k) => k * 1999 + 7).filter((i) => i % 101 !== 0));
    const file = theirs.filter((_, i) => !gone.has(i));
    const started = performance.now();
    const plan = planMerge({ header, mine: rows, base: { header, rows }, theirs: { header, rows: file } });
    const { change } = mergeChange(plan, [], PagedRows.fromRows(rows), 100_001);
    const ms = performance.now() - started;
    console.log(`merge of 100,000 rows with 1,000 changes: ${ms.toFixed(0)} ms`);
    expect(countPlan(plan)).toMatchObject({ edited: 900, added: 50, deleted: gone.size, conflicts: 0 });
    expect(change.edits).toHaveLength(900);
  }, 120_000);
});
