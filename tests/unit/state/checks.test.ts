import { afterEach, describe, expect, it } from 'vitest';
import { generateAgreements } from '../../bench/agreements.mjs';
import { ChecksState, LISTED, type IgnoredSetting } from '../../../src/lib/state/checks.svelte';
import { bySeverity } from '../../../src/lib/domain/checks/order';
import { readSetting } from '../../../src/lib/db/settings-repo';
import { places } from '../domain/checks/support';
import { RegisterChecks } from '../../../src/lib/domain/checks/register';
import { checkRow } from '../../../src/lib/domain/checks/run';
import { FakeTab } from './fake-tab';

let n = 0;
const tabs: FakeTab[] = [];
afterEach(() => tabs.splice(0).forEach((tab) => tab.db.close()));

/** A tab with the office's sample (or other rows) loaded and its checks run, the Ignores stored through the data worker. */
async function checkedSample(bytes?: Buffer) {
  const tab = new FakeTab(`checks-${n++}`);
  tabs.push(tab);
  if (bytes) await tab.importBytes(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer, 'agreements.tsv');
  else await tab.importFixture('partner-agreements.tsv');
  const isIgnored = (v: unknown): v is IgnoredSetting | null => typeof v === 'object';
  const checks = new ChecksState(tab.workspace.dataset, {
    loadEngine: () => Promise.resolve({ places, checkRow, RegisterChecks }),
    readIgnored: () => readSetting(tab.db, 'checks.ignored', null, isIgnored),
    writeIgnored: async (value) => void (await tab.port.request({ type: 'setting', key: 'checks.ignored', value })),
    idle: () => Promise.resolve(),
    quiet: () => Promise.resolve(),
    stored: () => tab.workspace.stored(),
  });
  const stop = checks.start();
  await until(() => checks.ready);
  return { tab, checks, stop };
}

async function until(condition: () => boolean) {
  for (let i = 0; i < 200 && !condition(); i++) await new Promise((r) => setTimeout(r, 5));
  expect(condition()).toBe(true);
}

/** The list is made a moment after a change (publishSoon). */
const settled = () => new Promise((resolve) => setTimeout(resolve, 5));

const cityOf = (tab: FakeTab, no: string) => tab.workspace.dataset.rows.find((r) => r.cells[0] === no)!;

describe('the Checks over the office\'s sample', () => {
  it('lists the errors first, and warns that Lviv is not in South Korea', async () => {
    const { checks } = await checkedSample();
    const severities = checks.listed.map((f) => f.severity);
    expect(severities).toEqual([...severities].sort((a, b) => ['error', 'warning', 'info'].indexOf(a) - ['error', 'warning', 'info'].indexOf(b)));
    expect(checks.listed.filter((f) => f.check === 'city-elsewhere').map((f) => f.value)).toEqual(['Lviv']);
    expect(checks.listed.map((f) => f.check)).toEqual([
      'missing-value', 'not-a-date', 'missing-value', 'missing-value', 'city-elsewhere', 'not-a-ranking', 'not-an-anniversary', 'not-an-anniversary',
    ]);
  });

  it('checks an import\'s rows once the import has stored them, not while it is storing them', async () => {
    const { tab, checks } = await checkedSample();
    const { meta, rows } = tab.workspace.dataset;
    const arrival = tab.workspace.beginImport(meta!);
    arrival.add([rows.map((row) => ({ ...row }))]);
    arrival.arrived();
    await settled();
    await settled();
    expect(checks.ready).toBe(false);
    arrival.stored();
    await until(() => checks.ready);
    expect(checks.listed.filter((f) => f.check === 'city-elsewhere').map((f) => f.value)).toEqual(['Lviv']);
  });

  it('checks an edited row again, and the register-wide checks with it', async () => {
    const { tab, checks } = await checkedSample();
    const lviv = cityOf(tab, '16');
    const country = tab.workspace.dataset.columnMap.country!;
    await tab.editor.edit(lviv.id, country, 'Ukraine');
    await settled();
    expect(checks.listed.some((f) => f.check === 'city-elsewhere')).toBe(false);
    const ankara = cityOf(tab, '20');
    await tab.editor.edit(ankara.id, country, 'Turkey');
    await settled();
    expect(checks.listed.filter((f) => f.check === 'country-variant').map((f) => [f.rowId, f.fix])).toEqual([[ankara.id, 'Türkiye']]);
    expect(checks.forCell(ankara.id, country)).toHaveLength(1);
  });

  it('applies a Fix as one undo step, logged as "fixed"', async () => {
    const { tab, checks } = await checkedSample();
    const country = tab.workspace.dataset.columnMap.country!;
    const ankara = cityOf(tab, '20');
    await tab.editor.edit(ankara.id, country, 'Turkey');
    await settled();
    const variant = checks.listed.find((f) => f.check === 'country-variant')!;
    await tab.editor.editCells([{ id: variant.rowId, column: variant.column, value: variant.fix! }], 'fixed');
    await settled();
    expect(cityOf(tab, '20').cells[country]).toBe('Türkiye');
    expect((await tab.db.changes.toArray()).at(-1)).toMatchObject({ source: 'fixed', edits: [{ before: 'Turkey', after: 'Türkiye' }] });
    await tab.editor.undo();
    await settled();
    expect(cityOf(tab, '20').cells[country]).toBe('Turkey');
  });

  it('keeps an Ignore across a reload, until the cell\'s text changes', async () => {
    const { tab, checks, stop } = await checkedSample();
    const lviv = checks.listed.find((f) => f.check === 'city-elsewhere')!;
    expect(checks.forCell(lviv.rowId, lviv.column).map((f) => f.check)).toEqual(['city-elsewhere']);
    await checks.ignore(lviv);
    expect(checks.listed).not.toContainEqual(lviv);
    expect(checks.forCell(lviv.rowId, lviv.column)).toEqual([]);
    expect(checks.count).toBe(checks.listed.length);
    expect(checks.ignoredFindings).toEqual([lviv]);
    stop();
    await tab.workspace.load();
    const again = new ChecksState(tab.workspace.dataset, {
      loadEngine: () => Promise.resolve({ places, checkRow, RegisterChecks }),
      readIgnored: () => readSetting(tab.db, 'checks.ignored', null, (v): v is IgnoredSetting | null => typeof v === 'object'),
      writeIgnored: () => Promise.resolve(),
      idle: () => Promise.resolve(),
      quiet: () => Promise.resolve(),
      stored: () => tab.workspace.stored(),
    });
    again.start();
    await until(() => again.ready);
    expect(again.listed.some((f) => f.check === 'city-elsewhere')).toBe(false);
    await tab.editor.edit(lviv.rowId, lviv.column, 'Lvov');
    await settled();
    await tab.editor.edit(lviv.rowId, lviv.column, 'Lviv');
    await settled();
    expect(again.listed.some((f) => f.check === 'city-elsewhere')).toBe(false);
    await tab.editor.edit(lviv.rowId, lviv.column, 'Kyiv');
    await settled();
    expect(again.listed.filter((f) => f.check === 'city-elsewhere').map((f) => f.value)).toEqual(['Kyiv']);
  });

  it('shows an ignored finding again when the Ignore is taken back, also after a reload', async () => {
    const { tab, checks } = await checkedSample();
    const lviv = checks.listed.find((f) => f.check === 'city-elsewhere')!;
    await checks.ignore(lviv);
    expect(checks.ignoredFindings).toEqual([lviv]);
    await checks.unignore(lviv);
    expect(checks.listed).toContainEqual(lviv);
    expect(checks.ignoredFindings).toEqual([]);
    expect(checks.forCell(lviv.rowId, lviv.column).map((f) => f.check)).toEqual(['city-elsewhere']);
    expect((await readSetting(tab.db, 'checks.ignored', null, (v): v is IgnoredSetting | null => typeof v === 'object'))?.keys).toEqual([]);
  });

  it('lists the first findings, most serious first, and counts the rest, also after an edit', async () => {
    // 1,000 rows cycling through the sample's 74: each agreement ~14 times, so ~1,000 "same agreement" warnings.
    const { tab, checks } = await checkedSample(generateAgreements(1000));
    expect(checks.count).toBeGreaterThan(LISTED);
    expect(checks.listed).toHaveLength(LISTED);
    const everything = () => [...tab.workspace.dataset.rows].flatMap((row) => [0, 1, 2, 3, 4, 5, 6, 7, 8, 9].flatMap((column) => checks.forCell(row.id, column)));
    expect(everything()).toHaveLength(checks.count);
    expect(checks.listed).toEqual(bySeverity(everything(), (id) => id).slice(0, LISTED));
    const before = checks.count;
    const lviv = checks.listed.find((f) => f.check === 'city-elsewhere')!;
    await tab.editor.edit(lviv.rowId, tab.workspace.dataset.columnMap.country!, 'Ukraine');
    await settled();
    expect(checks.count).toBe(before - 1);
    expect(checks.forCell(lviv.rowId, lviv.column)).toEqual([]);
  });

  it('checks a change of thousands of rows a chunk at a time, and ends where checking them all at once does', async () => {
    const { tab, checks } = await checkedSample(generateAgreements(3000));
    const city = tab.workspace.dataset.columnMap.city!;
    const rows = tab.workspace.dataset.rows;
    // Every City blank: one missing-value error a row, from 3,000 rows changed in one step.
    await tab.editor.editCells(rows.map((row) => ({ id: row.id, column: city, value: '' })), 'replaced');
    const last = rows[rows.length - 1];
    await until(() => checks.forCell(last.id, city).some((f) => f.check === 'missing-value'));
    const fresh = new ChecksState(tab.workspace.dataset, {
      loadEngine: () => Promise.resolve({ places, checkRow, RegisterChecks }),
      readIgnored: () => Promise.resolve(null),
      writeIgnored: () => Promise.resolve(),
      idle: () => Promise.resolve(),
      quiet: () => Promise.resolve(),
      stored: () => tab.workspace.stored(),
    });
    const stop = fresh.start();
    await until(() => fresh.ready);
    expect(checks.count).toBe(fresh.count);
    expect(checks.listed).toEqual(fresh.listed);
    stop();
  });
});
