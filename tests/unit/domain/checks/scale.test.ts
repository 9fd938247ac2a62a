import { describe, expect, it } from 'vitest';
import { generateAgreements } from '../../../bench/agreements.mjs';
import { RegisterChecks } from '../../../../src/lib/domain/checks/register';
import { listFindings } from '../../../../src/lib/domain/checks/listing';
import { bySeverity } from '../../../../src/lib/domain/checks/order';
import { checkRow } from '../../../../src/lib/domain/checks/run';
import type { Finding } from '../../../../src/lib/domain/checks/types';
import { mapColumns } from '../../../../src/lib/domain/columns';
import { withCell, type Row } from '../../../../src/lib/domain/row';
import { places } from './support';

/**
 * The checks over the bench's 100,000 rows. Timings are printed, not asserted (this machine is
 * shared); what is asserted is that an edit's work is the edited row's, not the register's, and that the
 * panel's list is the full sort's first findings.
 */
describe('the checks at 100,000 rows', () => {
  it('checks every row, then one edited row, and prints how long each took', { timeout: 120_000 }, () => {
    const [header, ...lines] = generateAgreements(100_000).toString('utf8').trimEnd().split('\n');
    const rows: Row[] = lines.map((line, i) => ({ id: i + 1, cells: line.split('\t') }));
    const ctx = { map: mapColumns(header.split('\t')), dateFormat: 'M/d/yyyy' as const, places };
    const register = new RegisterChecks(ctx);
    const perRow = new Map<number, Finding[]>();

    let started = performance.now();
    for (const row of rows) {
      perRow.set(row.id, checkRow(row, ctx));
      register.add(row);
    }
    const rowsMs = performance.now() - started;
    started = performance.now();
    register.findTypos();
    const typosMs = performance.now() - started;
    started = performance.now();
    const all = bySeverity([...[...perRow.values()].flat(), ...register.findings()], (id) => id);
    const sortMs = performance.now() - started;
    started = performance.now();
    const listing = listFindings([...perRow.values(), register.findings()].flat(), 200, (id) => id);
    const listMs = performance.now() - started;

    const lviv = rows.find((r) => r.cells[3] === 'Lviv')!;
    started = performance.now();
    const edited = withCell(lviv, ctx.map.country!, 'Ukraine');
    register.remove(lviv.id);
    perRow.set(lviv.id, checkRow(edited, ctx));
    register.add(edited);
    const after = listFindings([...perRow.values(), register.findings()].flat(), 200, (id) => id);
    const editMs = performance.now() - started;

    console.log(
      `checks at 100,000 rows: every row ${rowsMs.toFixed(0)} ms, typos ${typosMs.toFixed(0)} ms, ` +
        `all findings sorted ${sortMs.toFixed(0)} ms, the panel's first 200 listed ${listMs.toFixed(0)} ms (${all.length} findings); ` +
        `one edit ${editMs.toFixed(0)} ms`,
    );
    expect(listing.first).toEqual(all.slice(0, 200));
    expect(listing.count - after.count).toBe(1);
  });
});
