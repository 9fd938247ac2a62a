import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { readLogPage, readLogSince } from '../../../src/lib/db/change-log-repo';
import { eventText, sourceText } from '../../../src/lib/domain/change-list';
import { ChangeList } from '../../../src/lib/state/change-list.svelte';
import type { ChangeLogPort } from '../../../src/lib/state/change-log-port';
import { ChangeMarks } from '../../../src/lib/state/change-marks.svelte';
import { FakeTab } from './fake-tab';

let n = 0;
const tabs: FakeTab[] = [];
function tab(name = `changes-${++n}`) {
  const made = new FakeTab(name);
  const log: ChangeLogPort = { readPage: (before, limit) => readLogPage(made.db, before, limit), readSince: (exportedAt) => readLogSince(made.db, exportedAt) };
  tabs.push(made);
  return { tab: made, marks: new ChangeMarks(made.workspace, log), list: new ChangeList(made.workspace, log) };
}
afterEach(async () => {
  for (const t of tabs.splice(0)) await t.db.delete();
});

const PARTNER = 2;
const REGISTRATION = 9;
const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

describe('the grid marks of cells changed since the last export', () => {
  it('follow edits and undo at once, and start over after an export', async () => {
    const { tab: a, marks } = tab();
    await a.importFixture('partner-agreements.tsv');
    await marks.refresh();
    const [r1, r2] = a.workspace.dataset.rows;
    expect(marks.size).toBe(0);

    const editing = a.editor.edit(r1.id, PARTNER, 'Dortmund');
    expect(marks.has(r1.id, PARTNER)).toBe(true); // before the write has landed
    await editing;
    await a.editor.edit(r2.id, PARTNER, 'Second');
    await marks.refresh();
    expect([marks.has(r1.id, PARTNER), marks.has(r2.id, PARTNER), marks.size]).toEqual([true, true, 2]);
    expect(marks.was(r1.id, PARTNER)).toBe('Dortmund University of Applied Sciences and Arts');
    expect(new Set(marks.touched)).toEqual(new Set([r1.id, r2.id]));

    await a.editor.undo();
    expect(marks.has(r2.id, PARTNER)).toBe(false);
    await a.workspace.markExported(new Date(Date.now() + 1));
    await marks.refresh();
    expect(marks.size).toBe(0);
    await new Promise((resolve) => setTimeout(resolve, 3));
    await a.editor.edit(r2.id, PARTNER, 'After export');
    await marks.refresh();
    expect([marks.has(r1.id, PARTNER), marks.has(r2.id, PARTNER)]).toEqual([false, true]);
  });

  it("follow another tab's edits once it has read them", async () => {
    const { tab: a } = tab('changes-shared');
    const { tab: b, marks } = tab('changes-shared');
    await a.importFixture('partner-agreements.tsv');
    await b.workspace.load();
    const row = a.workspace.dataset.rows[3];
    await a.editor.edit(row.id, PARTNER, 'From tab A');
    await b.sync.stored(await b.port.readMeta());
    await tick();
    await marks.refresh();
    expect(marks.was(row.id, PARTNER)).not.toBeUndefined();
  });
});

describe('the Changes list', () => {
  it('lists every change newest first, an import as one line, and follows new edits while open', async () => {
    const { tab: a, list } = tab();
    await a.importFixture('partner-agreements.tsv');
    const [r1, r2] = a.workspace.dataset.rows;
    await a.editor.edit(r1.id, PARTNER, 'One');
    await a.editor.edit(r2.id, REGISTRATION, 'R-2');
    const close = list.open();
    await list.reload();
    expect(list.visible.map((l) => (l.kind === 'cell' ? `${l.before} → ${l.after} (${sourceText(l)})` : eventText(l)))).toEqual([
      '02-19 → R-2 (edited here)',
      'Dortmund University of Applied Sciences and Arts → One (edited here)',
      'Imported 74 agreements from partner-agreements.tsv',
    ]);
    await a.editor.undo();
    await list.reload();
    expect(list.visible.map((l) => l.source)).toEqual(['undone', 'edited', 'edited', 'imported']);
    close();
  });

  it('shows only what changed since the last export, and writes it as a TSV', async () => {
    const { tab: a, list } = tab();
    await a.importFixture('partner-agreements.tsv');
    const [r1] = a.workspace.dataset.rows;
    await a.editor.edit(r1.id, PARTNER, 'Before export');
    await a.workspace.markExported(new Date(Date.now() + 1));
    await list.setSinceExport(true);
    expect(list.visible).toEqual([]);
    await new Promise((resolve) => setTimeout(resolve, 3));
    await a.editor.edit(r1.id, PARTNER, '=1+1');
    await list.reload();
    expect(list.visible).toHaveLength(1);
    const tsv = await list.sinceExportTsv(new Date(2026, 10, 30));
    expect(tsv?.fileName).toBe('partner-agreements-changes-2026-11-30.tsv');
    expect(tsv?.neutralised).toBe(2);
    const text = new TextDecoder().decode(tsv!.bytes).split('\n');
    expect(text).toHaveLength(2 + (text.at(-1) === '' ? 1 : 0));
    expect(text[1]).toMatch(/\t'=1\+1\t01-19\tPartner University \/ Organisation\tBefore export\t'=1\+1\tedited here$/);
  });

  it('reads a long log a page at a time, as far as it is shown', async () => {
    const { tab: a, list } = tab();
    await a.importFixture('partner-agreements.tsv');
    const row = a.workspace.dataset.rows[0];
    // 450 entries as the worker would have logged them (450 edits through it take ~25 s under Node).
    const at = new Date().toISOString();
    await a.db.changes.bulkAdd(
      Array.from({ length: 450 }, (_, i) => ({ dataset: 'current', at, source: 'edited' as const, edits: [{ id: row.id, column: PARTNER, before: `v${i}`, after: `v${i + 1}` }], added: [], removed: [] })),
    );
    await list.reload();
    expect(list.visible).toHaveLength(200);
    expect(list.lines.length).toBeLessThan(451);
    expect(list.hasMore).toBe(true);
    await list.showMore();
    expect(list.visible).toHaveLength(400);
    await list.showMore();
    expect(list.visible.at(-1)?.source).toBe('imported');
    expect(list.hasMore).toBe(false);
  });
});
