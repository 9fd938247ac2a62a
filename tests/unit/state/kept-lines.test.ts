import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { readDataset, readLog } from '../../../src/lib/db/dataset-repo';
import { deleteKeptLine, keptLineToRow } from '../../../src/lib/state/kept-lines';
import type { DataResponse } from '../../../src/lib/workers/data-protocol';
import { fixture } from '../support/sample';
import { FakeTab } from './fake-tab';

let n = 0;
const tabs: FakeTab[] = [];
function tab(): FakeTab {
  const made = new FakeTab(`kept-lines-${++n}`);
  tabs.push(made);
  return made;
}
afterEach(async () => {
  for (const t of tabs.splice(0)) await t.db.delete();
});

async function exported(a: FakeTab): Promise<string> {
  const response = (await a.port.request({ type: 'export' })) as Extract<DataResponse, { type: 'exported' }>;
  return new TextDecoder().decode(response.bytes);
}

const TITLE = 'AITU agreements with the International Partners';

describe('lines that are not agreements', () => {
  it('are exported where they stood: the untouched sample comes back byte for byte through the worker', async () => {
    const a = tab();
    await a.importFixture('partner-agreements.tsv');
    expect(await exported(a)).toBe(new TextDecoder().decode(fixture('partner-agreements.tsv')));
  });

  it('can be deleted, in memory and in storage, and undo brings the line back', async () => {
    const a = tab();
    await a.importFixture('partner-agreements.tsv');
    const title = a.workspace.meta!.kept!.lines.find((l) => l.text === TITLE)!;
    await deleteKeptLine(a.workspace, title);
    expect(a.workspace.meta!.kept!.lines.map((l) => l.text)).not.toContain(TITLE);
    expect((await readDataset(a.db))!.meta.kept!.lines).toHaveLength(5);
    expect(await exported(a)).not.toContain(TITLE);
    expect((await readLog(a.db))[0]).toMatchObject({ source: 'edited', lines: { removed: [title], added: [] } });

    await a.editor.undo();
    expect((await readDataset(a.db))!.meta.kept!.lines.map((l) => l.line)).toEqual([28, 29, 30, 60, 80, 81]);
    expect(await exported(a)).toBe(new TextDecoder().decode(fixture('partner-agreements.tsv')));
  });

  it('can be turned into an agreement standing where the line stood, as one undo step', async () => {
    const a = tab();
    await a.importFixture('partner-agreements.tsv');
    const title = a.workspace.meta!.kept!.lines.find((l) => l.text === TITLE)!;
    const id = await keptLineToRow(a.workspace, title);
    const rows = a.workspace.dataset.rows;
    expect(rows.findIndex((r) => r.id === id)).toBe(26);
    expect(rows[26].cells).toEqual([TITLE]);
    expect(a.workspace.meta!.kept!.lines).toHaveLength(5);
    expect(await exported(a)).toContain(`\t06-22\n${TITLE}\n\n\n24\t`);

    await a.editor.undo();
    expect(a.workspace.dataset.paged.get(id!)).toBeUndefined();
    expect(await exported(a)).toBe(new TextDecoder().decode(fixture('partner-agreements.tsv')));
  });
});
