import { expect } from 'vitest';
import { applyChange } from '../../../../src/lib/domain/changes';
import { PagedRows } from '../../../../src/lib/domain/paged-rows';
import type { Row } from '../../../../src/lib/domain/row';
import { mergeChange, type Decision } from '../../../../src/lib/domain/merge/apply';
import type { MergePlan } from '../../../../src/lib/domain/merge/plan';
import { planMerge, type Base } from '../../../../src/lib/domain/merge/three-way';
import { importFixture } from '../../support/sample';

export const sample = importFixture('partner-agreements.tsv');
export const header = sample.header;
export const col = (name: string) => header.indexOf(name);
export const REG = col('Registration number');
export const PARTNER = col('Partner University / Organisation');
export const CITY = col('City');
export const DATE = col('Date of agreement');
export const VALID = col('Valid until');
export const NO = col('No');

export const rowsOf = (cells: readonly (readonly string[])[]): Row[] => cells.map((c, i) => ({ id: i + 1, cells: [...c] }));
export const baseOf = (rows: readonly Row[], h: readonly string[] = header): Base => ({ header: h, rows });

/** A copy of the sample's rows as exported: ids 1… */
export function exported(): Row[] {
  return rowsOf(sample.rows);
}

export function set(rows: Row[], id: number, column: number, value: string): Row[] {
  return rows.map((r) => (r.id === id ? { id: r.id, cells: r.cells.map((c, i) => (i === column ? value : c)) } : r));
}

export function theirsOf(rows: readonly Row[]): string[][] {
  return rows.map((r) => [...r.cells]);
}

/** Plans the merge and applies it with the given decisions: the rows as the register would be. */
export function merge(
  base: Base | null,
  mine: readonly Row[],
  theirs: readonly (readonly string[])[],
  decide: (plan: MergePlan) => (Decision | undefined)[] = (plan) => plan.conflicts.map(() => ({ take: 'mine' })),
  theirHeader: readonly string[] = header,
) {
  const input = { header, mine, base, theirs: { header: theirHeader, rows: theirs } };
  const plan = planMerge(input);
  // The worker's plan, made without the rows' outcomes, is the same plan.
  expect(planMerge(input, { outcomes: false })).toEqual({ ...plan, rows: [] });
  const paged = PagedRows.fromRows(mine, 10);
  const { change, count } = mergeChange(plan, decide(plan), paged, 1000);
  applyChange(paged, change);
  return { plan, change, count, rows: paged.all() };
}
