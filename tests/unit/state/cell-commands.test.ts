import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { readLog } from '../../../src/lib/db/dataset-repo';
import { CellCommands } from '../../../src/lib/state/cell-commands';
import { FakeTab } from './fake-tab';

let n = 0;
const tabs: FakeTab[] = [];
async function sample(): Promise<{ tab: FakeTab; cells: CellCommands }> {
  const tab = new FakeTab(`cell-commands-${++n}`);
  tabs.push(tab);
  await tab.importFixture('partner-agreements.tsv');
  return { tab, cells: new CellCommands(tab.workspace, tab.messages) };
}
afterEach(async () => {
  for (const t of tabs.splice(0)) await t.db.delete();
});

const CITY = 3;
const COUNTRY = 4;
const viewOf = (tab: FakeTab) => ({
  shown: tab.workspace.dataset.rows.map((r) => r.id),
  columns: tab.workspace.dataset.header.map((_, i) => i),
});

describe('cell commands', () => {
  it('pastes a block that runs past the last row as one change: edits and new rows, one undo step', async () => {
    const { tab, cells } = await sample();
    const view = viewOf(tab);
    const total = view.shown.length;
    await cells.paste([['A', 'B'], ['C', 'D'], ['E', 'F']], { row: total - 2, column: CITY }, view);
    const rows = tab.workspace.dataset.rows;
    expect(rows).toHaveLength(total + 1);
    expect(rows.slice(-3).map((r) => [r.cells[CITY], r.cells[COUNTRY]])).toEqual([['A', 'B'], ['C', 'D'], ['E', 'F']]);
    // "No" numbered on, as "Add row" does.
    expect(rows.at(-1)!.cells[0]).toBe(String(Number(rows.at(-2)!.cells[0]) + 1));
    expect((await tab.storedCells())?.at(-1)?.[CITY]).toBe('E');
    expect((await readLog(tab.db))[0].source).toBe('pasted');

    await tab.editor.undo();
    expect(tab.workspace.dataset.rows).toHaveLength(total);
    expect(tab.workspace.history.canUndo).toBe(false);
    expect(await tab.storedCells()).toEqual(tab.cells());
  });

  it('replaces every match in one column as one step, logged as replaced', async () => {
    const { tab, cells } = await sample();
    const options = { find: 'usa', matchCase: false, wholeCell: true };
    const found = await cells.count(options, COUNTRY, () => false);
    expect(found).toBeGreaterThan(1);
    expect(await cells.replaceAll(options, 'United States', COUNTRY)).toBe(found);
    expect(await cells.count(options, COUNTRY, () => false)).toBe(0);
    expect((await readLog(tab.db))[0]).toMatchObject({ source: 'replaced' });
    await tab.editor.undo();
    expect(await cells.count(options, COUNTRY, () => false)).toBe(found);
  });

  it('clears and fills down a range, each one step', async () => {
    const { tab, cells } = await sample();
    const view = viewOf(tab);
    await cells.fillDown(view, { top: 0, bottom: 2, left: CITY, right: CITY });
    expect(tab.workspace.dataset.rows.slice(0, 3).map((r) => r.cells[CITY])).toEqual(Array(3).fill(tab.workspace.dataset.rows[0].cells[CITY]));
    await cells.clear(view, { top: 0, bottom: 1, left: CITY, right: COUNTRY });
    expect(tab.workspace.dataset.rows[1].cells.slice(CITY, COUNTRY + 1)).toEqual(['', '']);
    expect((await readLog(tab.db)).slice(0, 2).map((e) => e.source)).toEqual(['cleared', 'filled']);
  });
});
