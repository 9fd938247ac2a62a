import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { readLog } from '../../../src/lib/db/dataset-repo';
import { Merging } from '../../../src/lib/state/merging.svelte';
import { FakeTab } from './fake-tab';

let n = 0;
const tabs: FakeTab[] = [];
function tab(): FakeTab {
  const made = new FakeTab(`merging-${++n}`);
  tabs.push(made);
  return made;
}
afterEach(async () => {
  for (const t of tabs.splice(0)) await t.db.delete();
});

const CITY = 3;
const REG = 9;

/** The tab's register exported (keeping its base), and the exported text, as a colleague gets it. */
async function exported(a: FakeTab): Promise<string> {
  const response = await a.port.request({ type: 'export', base: { id: 'k3x9qa', now: Date.UTC(2026, 10, 28), fileName: 'partner-agreements-2026-11-28-k3x9qa.tsv' } });
  if (response.type !== 'exported') throw new Error(response.type);
  return new TextDecoder().decode(response.bytes);
}

async function returned(a: FakeTab, text: string, fileName = 'partner-agreements-2026-11-28-k3x9qa.tsv') {
  const merging = new Merging(a.workspace, a.port, a.messages);
  await a.port.request({ type: 'parse', file: new Blob([text]) });
  const review = await merging.plan(fileName);
  merging.begin();
  return { merging, review: review! };
}

describe('merging a returned file into the workspace', () => {
  it('applies the file’s edits and the decided conflicts as one change, logged as merged, undone in one step', async () => {
    const a = tab();
    await a.importFixture('partner-agreements.tsv');
    const sent = await exported(a);
    const before = a.cells();
    const [r1, r2] = a.workspace.dataset.rows;
    await a.editor.edit(r2.id, CITY, 'Mine');
    const lines = sent.split('\n');
    lines[1] = lines[1].replace('\tDortmund\t', '\tDortmund-Nord\t');
    lines[2] = lines[2].replace('\tWeihai\t', '\tTheirs\t');
    lines.splice(3, 0, ['', '1/2/2026', 'New University', 'Almaty', 'Kazakhstan', '-', '-', '1/2/2031', 'IO', 'NEW-1'].join('\t'));
    const { merging, review } = await returned(a, lines.join('\n'));
    expect(review.base?.id).toBe('k3x9qa');
    expect(review.plan.conflicts).toEqual([{ kind: 'cell', id: r2.id, column: CITY, base: 'Weihai', mine: 'Mine', theirs: 'Theirs' }]);
    await merging.apply([{ take: 'theirs' }]);
    const after = a.cells();
    expect(after[0][CITY]).toBe('Dortmund-Nord');
    expect(after[1][CITY]).toBe('Theirs');
    expect(after[2][REG]).toBe('NEW-1');
    expect(after).toHaveLength(75);
    expect(await a.storedCells()).toEqual(after);
    expect(a.messages.infos.at(-1)).toBe('Merged 3 changes from partner-agreements-2026-11-28-k3x9qa.tsv');
    const log = await readLog(a.db);
    expect(log[0]).toMatchObject({ source: 'merged', file: 'partner-agreements-2026-11-28-k3x9qa.tsv' });
    await a.editor.undo();
    expect(a.cells()).toEqual(before.map((c, i) => (i === 1 ? c.map((x, k) => (k === CITY ? 'Mine' : x)) : c)));
    expect(r1.id).toBe(1);
  });

  it('changes nothing on Cancel', async () => {
    const a = tab();
    await a.importFixture('partner-agreements.tsv');
    const sent = await exported(a);
    const before = a.cells();
    const { merging } = await returned(a, sent.replace('\tDortmund\t', '\tX\t'));
    merging.cancel();
    expect(a.cells()).toEqual(before);
    expect(await a.storedCells()).toEqual(before);
    expect(a.messages.infos.at(-1)).toContain('Merge cancelled');
  });
});

describe('a column the colleague added, taken by the merge', () => {
  /** Their copy with "Contact email" after the last column, filled in for the first two agreements. */
  function withEmails(sent: string): string {
    const lines = sent.split('\n');
    const head = lines.findIndex((line) => line.startsWith('No\t'));
    lines[head] += '\tContact email';
    lines[head + 1] += '\tfirst@uni.example';
    lines[head + 2] += '\tsecond@uni.example';
    return lines.join('\n');
  }

  it('is added to the header with its values in one step, stored, seen by another tab, and undone with its cells', async () => {
    const a = tab();
    await a.importFixture('partner-agreements.tsv');
    const sent = await exported(a);
    const width = a.workspace.dataset.header.length;
    const { merging, review } = await returned(a, withEmails(sent));
    expect(review.plan.addedColumns).toEqual(['Contact email']);
    await merging.apply([], [0]);
    expect(a.workspace.dataset.header.at(-1)).toBe('Contact email');
    expect(a.workspace.dataset.columnCount).toBe(width + 1);
    expect(a.cells()[0][width]).toBe('first@uni.example');
    expect(a.cells()[1][width]).toBe('second@uni.example');
    expect(a.cells()[2]).toHaveLength(width);
    expect(a.messages.infos.at(-1)).toBe('Merged 1 change from partner-agreements-2026-11-28-k3x9qa.tsv');
    expect((await readLog(a.db))[0]).toMatchObject({ source: 'merged', columns: { added: [{ at: width, name: 'Contact email' }] } });

    // Stored: a tab opened now (a reload) shows it, and the export writes it.
    const b = new FakeTab(a.db.name);
    await b.workspace.load();
    expect(b.workspace.dataset.header.at(-1)).toBe('Contact email');
    expect(b.cells()).toEqual(a.cells());
    // Every other line is written as it was sent, byte for byte.
    const head = sent.split('\n').findIndex((line) => line.startsWith('No\t'));
    const others = (text: string) => text.split('\n').filter((_, i) => i < head || i > head + 2);
    expect(others(await exported(a))).toEqual(others(sent));

    await a.editor.undo();
    expect(a.workspace.dataset.header).toHaveLength(width);
    expect(a.workspace.dataset.columnCount).toBe(width);
    expect(await exported(a)).toBe(sent);
    // The other tab hears of the write and reads the header again.
    await b.sync.stored(await b.port.readMeta());
    expect(b.workspace.dataset.header).toHaveLength(width);
    expect(b.workspace.dataset.columnCount).toBe(width);
    b.db.close();

    await a.editor.redo();
    expect(a.workspace.dataset.header.at(-1)).toBe('Contact email');
    expect(a.cells()[1][width]).toBe('second@uni.example');
  });

  it('left out, adds nothing', async () => {
    const a = tab();
    await a.importFixture('partner-agreements.tsv');
    const sent = await exported(a);
    const { merging } = await returned(a, withEmails(sent));
    await merging.apply([], []);
    expect(a.workspace.dataset.header).not.toContain('Contact email');
    expect(await exported(a)).toBe(sent);
  });
});
