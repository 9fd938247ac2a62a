import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { makeBackup } from '../../../src/lib/domain/backup';
import { ColumnLayouts, isViewLayout, layoutKey, type LayoutStore } from '../../../src/lib/state/column-layout.svelte';
import { FakeTab } from './fake-tab';

let n = 0;
const tabs: FakeTab[] = [];
function tab(): FakeTab {
  const made = new FakeTab(`layout-${++n}`);
  tabs.push(made);
  return made;
}
afterEach(async () => {
  for (const t of tabs.splice(0)) await t.db.delete();
});

/** The layout over a tab's own storage: read from IndexedDB, written by the worker's 'setting' request. */
function layoutsOf(t: FakeTab, debounceMs = 5): ColumnLayouts {
  const store: LayoutStore = {
    read: async (key) => (await t.db.settings.get(key))?.value,
    write: async (key, value) => void (await t.port.request({ type: 'setting', key, value })),
  };
  return new ColumnLayouts(store, debounceMs);
}

const META = { name: 'partner-agreements', importedAt: '2026-11-28T00:00:00.000Z' };

describe('remembered columns', () => {
  it('names a dataset by its name, or by when it came in when it has none', () => {
    expect(layoutKey(META)).toBe('view:partner-agreements');
    expect(layoutKey({ name: '', importedAt: META.importedAt })).toBe(`view:${META.importedAt}`);
  });

  it('brings back widths, order, hidden, pinned, sort, search and status after a reload', async () => {
    const t = tab();
    const before = layoutsOf(t);
    await before.load(META);
    before.setColumns([
      { colId: 'c2', width: 186.4, pinned: 'left' },
      { colId: 'status', width: 150, sort: 'desc', sortIndex: 0 },
      { colId: 'c0', width: 80, hide: true },
    ]);
    before.setFilters('Dortmund', 'expired');
    await before.flush();
    expect(t.requests).toEqual(['setting']);

    const after = layoutsOf(t);
    expect(await after.load(META)).toEqual({
      columns: [
        { colId: 'c2', width: 186, pinned: 'left' },
        { colId: 'status', width: 150, sort: 'desc', sortIndex: 0 },
        { colId: 'c0', width: 80, hide: true },
      ],
      search: 'Dortmund',
      statusFilter: 'expired',
    });
  });

  it('writes a burst of changes once, after they stop', async () => {
    const t = tab();
    const layouts = layoutsOf(t, 20);
    await layouts.load(META);
    for (let width = 100; width < 140; width++) layouts.setColumns([{ colId: 'c2', width }]);
    await new Promise((r) => setTimeout(r, 60));
    expect(t.requests).toEqual(['setting']);
    expect((await t.db.settings.get('view:partner-agreements'))?.value).toMatchObject({ columns: [{ colId: 'c2', width: 139 }] });
  });

  it('keeps each dataset its own view, writing the last one before the next opens', async () => {
    const t = tab();
    const layouts = layoutsOf(t, 10_000);
    await layouts.load(META);
    layouts.setFilters('Almaty', null);
    expect(await layouts.load({ name: 'other', importedAt: META.importedAt })).toBeNull();
    expect((await t.db.settings.get('view:partner-agreements'))?.value).toMatchObject({ search: 'Almaty' });
  });

  it('ignores a stored value that is not a view (an older version, a hand-made backup)', async () => {
    const t = tab();
    await t.port.request({ type: 'setting', key: 'view:partner-agreements', value: { columns: [{ colId: 3 }], search: '', statusFilter: null } });
    expect(await layoutsOf(t).load(META)).toBeNull();
    expect(isViewLayout({ columns: [], search: '', statusFilter: 'gone' })).toBe(false);
  });

  it('is carried in a backup with the other settings', async () => {
    const t = tab();
    await t.importFixture('partner-agreements.tsv');
    const layouts = layoutsOf(t);
    const meta = t.workspace.meta!;
    await layouts.load(meta);
    layouts.setFilters('', 'active');
    await layouts.flush();
    const settings = Object.fromEntries((await t.db.settings.toArray()).map(({ key, value }) => [key, value]));
    const backup = makeBackup(meta, [...t.workspace.dataset.rows], settings, new Date());
    expect(JSON.stringify(backup)).toContain(`"${layoutKey(meta)}"`);
  });
});
