import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { readLog } from '../../../src/lib/db/dataset-repo';
import { fixture } from '../support/sample';
import { FakeTab } from './fake-tab';

let n = 0;
const tabs: FakeTab[] = [];
async function sample(): Promise<FakeTab> {
  const made = new FakeTab(`typed-dates-${++n}`);
  tabs.push(made);
  await made.importFixture('partner-agreements.tsv');
  return made;
}
afterEach(async () => {
  for (const t of tabs.splice(0)) await t.db.delete();
});

// The sample's columns, and the rows of its first two agreements.
const DATE = 1;
const CITY = 3;
const VALID_UNTIL = 7;
const row = (tab: FakeTab, i: number) => tab.workspace.dataset.rows[i];
const cell = (tab: FakeTab, i: number, column: number) => row(tab, i).cells[column];

describe('a date typed into a date column', () => {
  it.each([
    ['31.12.2027', '12/31/2027'],
    ['2027-12-31', '12/31/2027'],
    ['31 Dec 2027', '12/31/2027'],
    ['Dec 31 2027', '12/31/2027'],
    ['12/31/27', '12/31/2027'],
    ['31 декабря 2027', '12/31/2027'],
    ['31 желтоқсан 2027', '12/31/2027'],
  ])('is stored as the file writes dates: %j as %j, and the user is told', async (typed, stored) => {
    const a = await sample();
    await a.editor.edit(row(a, 3).id, VALID_UNTIL, typed);
    expect(cell(a, 3, VALID_UNTIL)).toBe(stored);
    expect((await a.storedCells())?.[3][VALID_UNTIL]).toBe(stored);
    expect(a.messages.infos).toEqual([`Stored ${typed} as ${stored} in Valid until`]);
  });

  it('is one change in the log, from what was there to what was stored, and one undo step', async () => {
    const a = await sample();
    const { id } = row(a, 3);
    const before = cell(a, 3, VALID_UNTIL);
    await a.editor.edit(id, VALID_UNTIL, '31.12.2027');
    const [entry] = await readLog(a.db);
    expect(entry).toMatchObject({ source: 'edited', edits: [{ id, column: VALID_UNTIL, before, after: '12/31/2027' }] });
    await a.editor.undo();
    expect(cell(a, 3, VALID_UNTIL)).toBe(before);
    expect(a.workspace.history.canUndo).toBe(false);
    await a.editor.redo();
    expect(cell(a, 3, VALID_UNTIL)).toBe('12/31/2027');
  });

  it('is read in the file\'s order when it reads two ways', async () => {
    const a = await sample();
    await a.editor.edit(row(a, 3).id, DATE, '05/06/2027');
    expect(cell(a, 3, DATE)).toBe('5/6/2027');
    expect(a.messages.infos).toEqual(['Stored 05/06/2027 as 5/6/2027 in Date of agreement']);
  });

  it('says nothing when it is already written as the file writes dates', async () => {
    const a = await sample();
    await a.editor.edit(row(a, 3).id, VALID_UNTIL, '1/2/2028');
    expect(cell(a, 3, VALID_UNTIL)).toBe('1/2/2028');
    expect(a.messages.infos).toEqual([]);
  });

  it.each([
    [DATE, 'yesterday'],
    [VALID_UNTIL, 'someday'],
    [VALID_UNTIL, 'Permanent'],
    [VALID_UNTIL, '2/30/2027'],
  ])('in column %i, keeps %j exactly as typed when it is not a date', async (column, typed) => {
    const a = await sample();
    await a.editor.edit(row(a, 3).id, column, typed);
    expect(cell(a, 3, column)).toBe(typed);
    expect(a.messages.infos).toEqual([]);
  });

  it('is left as typed in a column that does not hold dates', async () => {
    const a = await sample();
    await a.editor.edit(row(a, 3).id, CITY, '31.12.2027');
    expect(cell(a, 3, CITY)).toBe('31.12.2027');
    expect(a.messages.infos).toEqual([]);
  });

  it('is stored in the file\'s format in several cells at once (a paste), as one step, with one notice', async () => {
    const a = await sample();
    const original = a.cells();
    const cells = [0, 1, 2, 3, 4].map((i) => ({ id: row(a, i).id, column: VALID_UNTIL, value: `${i + 1}.1.2030` }));
    await a.editor.editCells([...cells, { id: row(a, 0).id, column: CITY, value: 'Dortmund (1.1.2030)' }]);
    expect([0, 1, 2, 3, 4].map((i) => cell(a, i, VALID_UNTIL))).toEqual(['1/1/2030', '1/2/2030', '1/3/2030', '1/4/2030', '1/5/2030']);
    expect(cell(a, 0, CITY)).toBe('Dortmund (1.1.2030)');
    expect(a.messages.infos).toEqual([
      'Stored 5 typed dates as the file writes dates: 1.1.2030 as 1/1/2030 in Valid until; 2.1.2030 as 1/2/2030 in Valid until; 3.1.2030 as 1/3/2030 in Valid until, and 2 more',
    ]);
    await a.editor.undo();
    expect(a.cells()).toEqual(original);
  });

  it('is not said to be stored when the write failed and was taken back', async () => {
    const a = await sample();
    const before = cell(a, 3, VALID_UNTIL);
    a.intercept = (body) => (body.type === 'write' ? { type: 'failed', reason: { key: 'storage.full', params: { doing: 'saveChange' } } } : undefined);
    await a.editor.edit(row(a, 3).id, VALID_UNTIL, '31.12.2027');
    expect(cell(a, 3, VALID_UNTIL)).toBe(before);
    expect(a.messages.errors).toEqual([expect.stringMatching(/^Could not save your change: this browser's storage is full/)]);
    expect(a.messages.infos).toEqual([]);
  });
});

describe('a dataset that writes dates D.M.YYYY with 0s', () => {
  it('stores a typed date that way, and never rewrites the imported cells', async () => {
    // The sample as a Kazakh office writes it: day first, with dots and 0s.
    const text = new TextDecoder().decode(fixture('partner-agreements.tsv'));
    const dotted = text.replace(/\b(\d{1,2})\/(\d{1,2})\/(\d{4})\b/g, (_, m: string, d: string, y: string) => `${d.padStart(2, '0')}.${m.padStart(2, '0')}.${y}`);
    const a = new FakeTab(`typed-dates-${++n}`);
    tabs.push(a);
    await a.port.request({ type: 'parse', file: new Blob([dotted]) });
    await a.port.request({ type: 'prepare', fileName: 'dotted.tsv', now: Date.UTC(2026, 10, 28), stamp: a.workspace.ownStamp() });
    await a.port.request({ type: 'store' });
    await a.workspace.load();
    expect(a.workspace.dataset.dateFormat).toBe('d.M.yyyy');
    const imported = a.cells();
    expect(imported[0][DATE]).toBe('28.06.2019');

    await a.editor.edit(row(a, 3).id, VALID_UNTIL, 'Dec 5 2027');
    expect(cell(a, 3, VALID_UNTIL)).toBe('05.12.2027');
    expect(a.messages.infos).toEqual(['Stored Dec 5 2027 as 05.12.2027 in Valid until']);
    await a.editor.edit(row(a, 4).id, VALID_UNTIL, '3/4/2027');
    expect(cell(a, 4, VALID_UNTIL)).toBe('03.04.2027');
    expect(a.cells().filter((_, i) => i !== 3 && i !== 4)).toEqual(imported.filter((_, i) => i !== 3 && i !== 4));
  });
});
