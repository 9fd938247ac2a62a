import { describe, expect, it } from 'vitest';
import { mapColumns } from '../../../src/lib/domain/columns';
import { datasetFromTable } from '../../../src/lib/domain/dataset';
import { overviewOf } from '../../../src/lib/domain/overview';
import type { Row } from '../../../src/lib/domain/row';
import { importFixture } from '../support/sample';

const today = new Date(2026, 10, 28);
const { meta, rows } = datasetFromTable(importFixture('partner-agreements.tsv'), 'partner-agreements.tsv', today);
const columns = mapColumns(meta.header);
const overview = overviewOf(rows, columns, 'M/d/yyyy', today);
const counts = (bars: { label: string; count: number }[]) => bars.map((b) => [b.label, b.count]);

describe('the overview', () => {
  it('counts expiries per quarter for twelve quarters from this one, from today on', () => {
    expect(overview.byQuarter.map((b) => b.label)).toEqual([
      'Q4 2026', 'Q1 2027', 'Q2 2027', 'Q3 2027', 'Q4 2027', 'Q1 2028', 'Q2 2028', 'Q3 2028', 'Q4 2028', 'Q1 2029', 'Q2 2029', 'Q3 2029',
    ]);
    // 1/30, 2/1, 3/1, 3/16 and 3/17/2027
    expect(overview.byQuarter[1].count).toBe(5);
    const ids = overview.byQuarter[1].ids.map((id) => rows.find((r) => r.id === id)!.cells[columns.validUntil!]);
    expect(ids.sort()).toEqual(['1/30/2027', '2/1/2027', '3/1/2027', '3/16/2027', '3/17/2027']);
    // KU Leuven expired on 10/10/2025; 11/27/2026 would be yesterday: neither is counted.
    expect(overview.byQuarter.every((b) => b.count === b.ids.length)).toBe(true);
  });

  it('ranks the 15 countries with most agreements, ties by name, as typed', () => {
    expect(overview.byCountry).toHaveLength(15);
    expect(counts(overview.byCountry.slice(0, 5))).toEqual([
      ['South Korea', 10],
      ['Türkiye', 10],
      ['China', 8],
      ['India', 5],
      ['USA', 5],
    ]);
  });

  it('counts agreements by initiating actor, a blank actor under its own word', () => {
    expect(overview.byActor[0]).toMatchObject({ label: 'International Cooperation Department', count: 55 });
    expect(overview.byActor.find((b) => b.label === '(blank)')?.count).toBe(3);
    expect(overview.byActor.reduce((sum, b) => sum + b.count, 0)).toBe(rows.length);
  });

  it('counts new agreements per year, reading the year-only "2020" as 2020, with empty years kept', () => {
    expect(overview.byYear[0].label).toBe('2019');
    const y2020 = overview.byYear.find((b) => b.label === '2020')!;
    expect(y2020.ids.map((id) => rows.find((r) => r.id === id)!.cells[columns.date!])).toContain('2020');
    const made = (id: number, date: string): Row => ({ id, cells: Object.assign(Array<string>(10).fill(''), { [columns.date!]: date }) });
    const gaps = overviewOf([made(1, '1/1/2018'), made(2, '2021'), made(3, 'soon')], columns, 'M/d/yyyy', today).byYear;
    expect(counts(gaps)).toEqual([['2018', 1], ['2019', 0], ['2020', 0], ['2021', 1]]);
  });

  it('is empty where nothing can be read', () => {
    const none = overviewOf([], columns, 'M/d/yyyy', today);
    expect(none.byCountry).toEqual([]);
    expect(none.byYear).toEqual([]);
    expect(none.byQuarter.every((b) => b.count === 0)).toBe(true);
  });
});
