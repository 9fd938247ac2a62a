import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { readLog } from '../../../src/lib/db/dataset-repo';
import type { RowsEvent } from '../../../src/lib/state/dataset.svelte';
import { FakeTab } from './fake-tab';

let n = 0;
const tabs: FakeTab[] = [];
function tab(name = `workspace-${++n}`): FakeTab {
  const made = new FakeTab(name);
  tabs.push(made);
  return made;
}

/** Two tabs on one database, the office's sample imported in the first and loaded in the second. */
async function twoTabs(name: string): Promise<[FakeTab, FakeTab]> {
  const a = tab(name);
  const b = tab(name);
  await a.importFixture('partner-agreements.tsv');
  await b.workspace.load();
  return [a, b];
}
afterEach(async () => {
  for (const t of tabs.splice(0)) await t.db.delete();
});

const PARTNER = 2;
const CITY = 3;
const VALID_UNTIL = 7;

describe('the change pipeline', () => {
  it('stores each edit with one change-log entry, and an import as one entry', async () => {
    const a = tab();
    await a.importFixture('partner-agreements.tsv');
    const first = a.workspace.dataset.rows[0];
    await a.editor.edit(first.id, PARTNER, 'Dortmund University');
    expect((await a.storedCells())?.[0][PARTNER]).toBe('Dortmund University');
    const log = await readLog(a.db);
    expect(log.map((e) => e.source)).toEqual(['edited', 'imported']);
    expect(log[0].edits).toEqual([{ id: first.id, column: PARTNER, before: 'Dortmund University of Applied Sciences and Arts', after: 'Dortmund University' }]);
    expect(log[1]).toMatchObject({ file: 'partner-agreements.tsv', rowCount: 74, edits: [] });
  });

  it('undoes and redoes edits, additions and deletions, in memory and in storage alike', async () => {
    const a = tab();
    await a.importFixture('partner-agreements.tsv');
    const original = a.cells();
    const [r1, r2, r3] = a.workspace.dataset.rows;
    await a.editor.editCells([
      { id: r1.id, column: PARTNER, value: 'One' },
      { id: r2.id, column: PARTNER, value: 'Two' },
    ]);
    const added = await a.editor.addRow(r1.id);
    await a.editor.deleteRows([r3.id]);
    const changed = a.cells();
    expect(changed[1][0]).toBe('70'); // the next "No" (the sample's largest is 69), right below row 1
    expect(a.workspace.history.canUndo).toBe(true);

    await a.editor.undo();
    await a.editor.undo();
    expect(a.workspace.dataset.paged.get(added!)).toBeUndefined();
    await a.editor.undo(); // the two-cell edit is one step
    expect(a.cells()).toEqual(original);
    expect(await a.storedCells()).toEqual(original);
    expect(a.workspace.history.canUndo).toBe(false);

    for (let i = 0; i < 3; i++) await a.editor.redo();
    expect(a.cells()).toEqual(changed);
    expect(await a.storedCells()).toEqual(changed);
    expect((await readLog(a.db)).slice(0, 6).map((e) => e.source)).toEqual(['redone', 'redone', 'redone', 'undone', 'undone', 'undone']);
  });

  it('takes a change back, says why, and keeps storage as it was when the write fails', async () => {
    const a = tab();
    await a.importFixture('partner-agreements.tsv');
    const original = a.cells();
    a.intercept = (body) => (body.type === 'write' ? { type: 'failed', reason: { key: 'save.failed', params: { error: 'the disk is full' } } } : undefined);
    const row = a.workspace.dataset.rows[5];
    await a.editor.edit(row.id, PARTNER, 'never stored');
    expect(a.cells()).toEqual(original);
    expect(a.messages.errors).toEqual(['Could not save your change: the disk is full.']);
    expect(a.workspace.history.canUndo).toBe(false);
    expect(a.workspace.saves.pending).toBe(0);
    expect(await a.storedCells()).toEqual(original);
  });

  it('counts statuses again for the edited rows only, and follows undo', async () => {
    const a = tab();
    await a.importFixture('partner-agreements.tsv');
    const before = { ...a.workspace.statusCounts.counts };
    const expired = a.workspace.dataset.rows.find((row) => a.workspace.statusOf(row).status === 'expired')!;
    await a.editor.edit(expired.id, VALID_UNTIL, '1/1/2099');
    expect(a.workspace.statusCounts.counts).toEqual({ ...before, expired: before.expired - 1, active: before.active + 1 });
    await a.editor.undo();
    expect(a.workspace.statusCounts.counts).toEqual(before);
  });

  it('records an export without a new stamp, so other tabs keep their rows and undo history', async () => {
    const [a, b] = await twoTabs('shared-export');
    const row = b.workspace.dataset.rows[0];
    await b.editor.edit(row.id, PARTNER, 'B typed this');
    await a.sync.stored(await a.port.readMeta());
    const rowsBefore = b.workspace.dataset.rows;
    await a.workspace.markExported(new Date('2026-11-29T10:00:00Z'));
    await b.sync.stored(await b.port.readMeta());
    expect(b.workspace.dataset.rows).toBe(rowsBefore);
    expect(b.workspace.history.canUndo).toBe(true);
    expect(b.workspace.meta?.exportedAt).toBe('2026-11-29T10:00:00.000Z');
  });
});

describe('two tabs on the same data', () => {
  it('brings in only the rows another tab changed, keeping every other row as it was', async () => {
    const [a, b] = await twoTabs('shared-sync');
    const untouched = b.workspace.dataset.rows[1];
    const events: RowsEvent[] = [];
    b.workspace.dataset.subscribe((e) => events.push(e));
    await a.editor.edit(a.workspace.dataset.rows[0].id, PARTNER, 'Changed in A');
    await b.sync.stored(await b.port.readMeta());
    expect(b.workspace.dataset.rows[0].cells[PARTNER]).toBe('Changed in A');
    expect(b.workspace.dataset.rows[1]).toBe(untouched);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ kind: 'edit', after: [{ cells: expect.arrayContaining(['Changed in A']) }] });
  });

  it('applies an edit on top of a conflicting write from another tab: the later write wins', async () => {
    const [a, b] = await twoTabs('shared-conflict');
    const [r1, r2] = a.workspace.dataset.rows;
    await a.editor.edit(r1.id, PARTNER, 'A wrote first');
    // B has not heard of A's write: its own write finds a stamp it did not expect.
    await b.editor.edit(r2.id, PARTNER, 'B wrote second');
    const stored = await a.storedCells();
    expect(stored?.[0][PARTNER]).toBe('A wrote first');
    expect(stored?.[1][PARTNER]).toBe('B wrote second');
    expect(b.cells()).toEqual(stored);
  });

  it('keeps this tab\'s undo steps when another tab changed other agreements, not when it changed the same', async () => {
    const [a, b] = await twoTabs('shared-undo');
    const [r1, r2] = b.workspace.dataset.rows;
    await b.editor.edit(r1.id, PARTNER, 'B typed this');
    await a.sync.stored(await a.port.readMeta());
    await a.editor.edit(r2.id, PARTNER, 'A typed this');
    await b.sync.stored(await b.port.readMeta());
    expect(b.workspace.history.canUndo).toBe(true);
    await b.editor.undo();
    expect((await b.storedCells())?.slice(0, 2).map((cells) => cells[PARTNER])).toEqual([r1.cells[PARTNER], 'A typed this']);
    await b.editor.redo();
    await a.sync.stored(await a.port.readMeta());
    // Now A edits another cell of the row B edited: B's undo would take that row back.
    await a.editor.edit(r1.id, CITY, 'A moved it');
    await b.sync.stored(await b.port.readMeta());
    expect(b.workspace.history.canUndo).toBe(false);
    expect(b.cells()[0][CITY]).toBe('A moved it');
  });

  it('tells the user when another tab replaced a cell they had edited', async () => {
    const [a, b] = await twoTabs('shared-replaced');
    const id = a.workspace.dataset.rows[0].id;
    await b.editor.edit(id, PARTNER, 'mine');
    await a.sync.stored(await a.port.readMeta());
    await a.editor.edit(id, PARTNER, 'theirs');
    await b.sync.stored(await b.port.readMeta());
    expect(b.messages.errors.at(-1)).toContain('"theirs" (you had typed "mine")');
  });
});

describe('the stored copy', () => {
  it('is stored again, with the changes made meanwhile, when the browser discarded it', async () => {
    const a = tab();
    await a.importFixture('partner-agreements.tsv');
    const row = a.workspace.dataset.rows[0];
    // What Chromium does to a database it finds damaged: it is gone, and the page still shows the rows.
    a.intercept = (body) => (body.type === 'store-all' ? { type: 'failed', reason: { key: 'storage.full', params: { doing: 'storeAll' } } } : undefined);
    await a.db.delete();
    await a.workspace.guard.check();
    expect(a.workspace.guard.status).toBe('lost');
    expect(a.messages.errors.at(-1)).toContain('discarded its stored copy of your 74 agreements');
    await a.editor.edit(row.id, PARTNER, 'typed while lost');
    expect(a.workspace.onlyCopy()?.pages.flat()).toHaveLength(74);
    a.intercept = null;
    await expect.poll(() => a.workspace.guard.status).toBe('ok');
    expect((await a.storedCells())?.[0][PARTNER]).toBe('typed while lost');
    expect(a.messages.infos.at(-1)).toContain('Stored again');
  });

  it('starts a new register with the office columns when a row is added to an empty workspace', async () => {
    const a = tab();
    await a.workspace.load();
    expect(a.workspace.meta).toBeNull();
    const id = await a.editor.addRow();
    expect(id).not.toBeNull();
    expect(a.workspace.dataset.header).toHaveLength(10);
    expect(a.cells()).toEqual([['1', '', '', '', '', '', '', '', '', '']]);
    expect(await a.storedCells()).toEqual(a.cells());
  });

  it('writes only through the data worker', async () => {
    const a = tab();
    await a.importFixture('partner-agreements.tsv');
    await a.editor.edit(a.workspace.dataset.rows[0].id, PARTNER, 'x');
    await a.workspace.markExported();
    expect(a.requests).toEqual(expect.arrayContaining(['write', 'mark-exported']));
  });
});
