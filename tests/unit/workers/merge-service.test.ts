import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { KEPT_BASES } from '../../../src/lib/db/bases-repo';
import { CURRENT, readDataset, readMeta } from '../../../src/lib/db/dataset-repo';
import { PactsheetDB } from '../../../src/lib/db/schema';
import type { Change } from '../../../src/lib/domain/changes';
import { logEntryFor } from '../../../src/lib/domain/change-log';
import { countPlan } from '../../../src/lib/domain/merge/plan';
import type { DataRequest, DataResponse } from '../../../src/lib/workers/data-protocol';
import { DataService } from '../../../src/lib/workers/data-service';
import { fixture } from '../support/sample';

let db: PactsheetDB;
let service: DataService;

async function ask(request: DataRequest): Promise<DataResponse> {
  return (await service.handle(request)).response;
}

async function start(): Promise<void> {
  db = new PactsheetDB(`merge-${Math.random()}`);
  service = new DataService(db);
  const bytes = fixture('partner-agreements.tsv');
  await ask({ type: 'parse', file: new Blob([new Uint8Array(bytes)]) });
  await ask({ type: 'prepare', fileName: 'partner-agreements.tsv', now: Date.UTC(2026, 10, 1), stamp: 's1' });
  await ask({ type: 'store' });
}

async function exportAs(id: string, now = Date.UTC(2026, 10, 28)): Promise<string> {
  const response = await ask({ type: 'export', base: { id, now, fileName: `partner-agreements-2026-11-28-${id}.tsv` } });
  if (response.type !== 'exported') throw new Error(response.type);
  return new TextDecoder().decode(response.bytes);
}

async function mergeFile(text: string | Uint8Array, fileName: string) {
  const bytes = typeof text === 'string' ? new TextEncoder().encode(text) : text;
  const parsed = await ask({ type: 'parse', file: new Blob([new Uint8Array(bytes)]) });
  expect(parsed.type).toBe('parsed');
  const response = await ask({ type: 'merge', fileName });
  if (response.type !== 'merge-plan') throw new Error(JSON.stringify(response));
  return response;
}

/** UTF-16 LE with a BOM and CRLF line ends, as Excel's "Unicode Text" saves. */
function utf16crlf(text: string): Uint8Array {
  const body = text.replace(/\n/g, '\r\n');
  const out = new Uint8Array(2 + body.length * 2);
  out[0] = 0xff;
  out[1] = 0xfe;
  for (let i = 0; i < body.length; i++) {
    out[2 + i * 2] = body.charCodeAt(i) & 0xff;
    out[3 + i * 2] = body.charCodeAt(i) >> 8;
  }
  return out;
}

const dotted = (text: string) =>
  text.replace(/(^|\t)(\d{1,2})\/(\d{1,2})\/(\d{4})(?=\t|\n|$)/gm, (_, lead: string, m: string, d: string, y: string) => `${lead}${d.padStart(2, '0')}.${m.padStart(2, '0')}.${y}`);

afterEach(async () => {
  await db.delete();
});

describe('merging a returned file in the data worker', () => {
  it('keeps each export as a base and finds it by the id in the file name', async () => {
    await start();
    const sent = await exportAs('abc123');
    const { plan, base } = await mergeFile(sent, 'partner-agreements-2026-11-28-abc123 (1).tsv');
    expect(base).toMatchObject({ id: 'abc123', exportedAt: '2026-11-28T00:00:00.000Z' });
    expect(countPlan(plan).total).toBe(0);
  });

  it('finds no change in a file Excel re-saved as UTF-16 with CRLF and its dates re-written, and exports the same bytes', async () => {
    await start();
    const sent = await exportAs('abc123');
    const { plan, base } = await mergeFile(utf16crlf(dotted(sent)), 'partner-agreements-2026-11-28-abc123.txt');
    expect(base?.id).toBe('abc123');
    expect(plan.twoWay).toBe(false);
    expect(countPlan(plan).total).toBe(0);
    expect(plan.reformatted.map((r) => r.what)).toEqual(['dates', 'dates']);
    expect(await exportAs('def456')).toBe(sent);
  });

  it('finds the base by its rows when the file was renamed', async () => {
    await start();
    const sent = await exportAs('abc123');
    const edited = sent.replace('Dortmund\t', 'Dortmund-Nord\t');
    const { plan, base } = await mergeFile(edited, 'register from Aigerim.tsv');
    expect(base?.id).toBe('abc123');
    expect(plan.changes).toMatchObject([{ kind: 'edit', id: 1, after: 'Dortmund-Nord' }]);
  });

  it('finds the base by its rows when the export id is unknown', async () => {
    await start();
    const sent = await exportAs('abc123');
    const { base } = await mergeFile(sent, 'partner-agreements-2026-11-28-zzzzzz.tsv');
    expect(base?.id).toBe('abc123');
  });

  it('compares two-way, every difference a choice, when nothing was exported', async () => {
    await start();
    const text = new TextDecoder().decode(fixture('partner-agreements.tsv')).replace('Dortmund\t', 'Dortmund-Nord\t');
    const { plan, base } = await mergeFile(text, 'partner-agreements.tsv');
    expect(base).toBeNull();
    expect(plan.twoWay).toBe(true);
    expect(plan.changes).toEqual([]);
    expect(plan.conflicts).toMatchObject([{ kind: 'cell', id: 1, mine: 'Dortmund', theirs: 'Dortmund-Nord' }]);
  });

  it('applies a planned merge to the rows it was planned on, or to storage\'s when another tab wrote in between', async () => {
    await start();
    const sent = await exportAs('abc123');
    const CITY = 3;
    const cityEdit = (id: number, before: string, after: string): Change => ({ removed: [], added: [], edits: [{ id, column: CITY, before, after }] });
    const write = async (into: DataService, change: Change, stamp: string) => {
      const meta = (await readMeta(db))!;
      const log = logEntryFor(change, 'edited', new Date());
      const { response } = await into.handle({ type: 'write', meta: { ...meta, stamp }, change, pages: [0], expectedStamp: meta.stamp, log });
      expect(response.type).toBe('written');
    };
    const cities = async () => (await readDataset(db, CURRENT, { searches: false }))!.pages.flat().map((row) => row.cells[CITY]);
    const before = await cities();

    // Planned, then applied at once: the rows read for the plan are the ones written back.
    const { plan } = await mergeFile(sent.replace('Dortmund\t', 'Dortmund-Nord\t'), 'partner-agreements-2026-11-28-abc123.tsv');
    expect(plan.changes).toMatchObject([{ kind: 'edit', id: 1, column: CITY, after: 'Dortmund-Nord' }]);
    await write(service, cityEdit(1, 'Dortmund', 'Dortmund-Nord'), 'merged-1');
    expect(await cities()).toEqual(['Dortmund-Nord', ...before.slice(1)]);

    // Planned, then another tab edits row 2 before the merge is applied here (after a reload).
    await mergeFile(sent.replace(`${before[2]}\t`, 'Elsewhere\t'), 'partner-agreements-2026-11-28-abc123.tsv');
    const otherTab = new DataService(new PactsheetDB(db.name));
    await write(otherTab, cityEdit(2, before[1], 'Other tab'), 'other-tab');
    await write(service, cityEdit(3, before[2], 'Elsewhere'), 'merged-2');
    expect(await cities()).toEqual(['Dortmund-Nord', 'Other tab', 'Elsewhere', ...before.slice(3)]);
  });

  it('takes the stored rows as the base only while nothing was written here since the export', async () => {
    await start();
    const sent = await exportAs('abc123');
    await service.basesKept();
    expect((await db.bases.get('abc123'))?.stamp).toBe((await readMeta(db))?.stamp);
    const name = 'partner-agreements-2026-11-28-abc123.tsv';
    expect(countPlan((await mergeFile(sent, name)).plan).total).toBe(0);
    // Edited here after the export: the file, untouched there, must not take the edit back.
    const meta = (await readMeta(db))!;
    const change: Change = { removed: [], added: [], edits: [{ id: 1, column: 3, before: 'Dortmund', after: 'Dortmund-Nord' }] };
    const log = logEntryFor(change, 'edited', new Date());
    await service.handle({ type: 'write', meta: { ...meta, stamp: 'edited' }, change, pages: [0], expectedStamp: meta.stamp, log });
    const { plan } = await mergeFile(sent, name);
    expect(countPlan(plan).total).toBe(0);
    expect(plan.conflicts).toEqual([]);
  });

  it('plans on the rows as stored when it plans, even if an edit was written after the file was read', async () => {
    await start();
    const sent = await exportAs('abc123');
    const theirs = sent.replace('Dortmund\t', 'Dortmund (theirs)\t');
    await ask({ type: 'parse', file: new Blob([theirs]) });
    const meta = (await readMeta(db))!;
    const change: Change = { removed: [], added: [], edits: [{ id: 1, column: 3, before: 'Dortmund', after: 'Dortmund (mine)' }] };
    await ask({ type: 'write', meta: { ...meta, stamp: 'edited' }, change, pages: [0], expectedStamp: meta.stamp, log: logEntryFor(change, 'edited', new Date()) });
    const response = await ask({ type: 'merge', fileName: 'partner-agreements-2026-11-28-abc123.tsv' });
    if (response.type !== 'merge-plan') throw new Error(response.type);
    expect(response.plan.changes).toEqual([]);
    expect(response.plan.conflicts).toMatchObject([{ kind: 'cell', id: 1, mine: 'Dortmund (mine)', theirs: 'Dortmund (theirs)' }]);
  });

  it(`keeps the last ${KEPT_BASES} bases`, async () => {
    await start();
    for (let i = 0; i < KEPT_BASES + 2; i++) await exportAs(`id${String(i).padStart(4, '0')}`, Date.UTC(2026, 10, 1 + i));
    await service.basesKept();
    const ids = (await db.bases.toArray()).map((b) => b.id).sort();
    expect(ids).toHaveLength(KEPT_BASES);
    expect(ids[0]).toBe('id0002');
  });
});
