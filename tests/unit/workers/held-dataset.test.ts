import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { CURRENT, readMeta } from '../../../src/lib/db/dataset-repo';
import { PactsheetDB } from '../../../src/lib/db/schema';
import type { Change } from '../../../src/lib/domain/changes';
import { logEntryFor } from '../../../src/lib/domain/change-log';
import type { DataRequest, DataResponse } from '../../../src/lib/workers/data-protocol';
import { DataService } from '../../../src/lib/workers/data-service';
import { fixture } from '../support/sample';

// The data worker keeps the whole dataset once it has had it, so that an export or a merge need
// not read every row again; these tests hold it to never serving rows storage no longer has.

let db: PactsheetDB;
let service: DataService;

const ask = async (request: DataRequest, into = service): Promise<DataResponse> => (await into.handle(request)).response;

async function start(): Promise<void> {
  db = new PactsheetDB(`held-${Math.random()}`);
  service = new DataService(db);
  await ask({ type: 'parse', file: new Blob([new Uint8Array(fixture('partner-agreements.tsv'))]) });
  await ask({ type: 'prepare', fileName: 'partner-agreements.tsv', now: Date.UTC(2026, 10, 1), stamp: 's1' });
  expect((await ask({ type: 'store' })).type).toBe('stored');
}

async function exported(into = service): Promise<string> {
  const response = await ask({ type: 'export' }, into);
  if (response.type !== 'exported') throw new Error(response.type);
  return new TextDecoder().decode(response.bytes);
}

/** An edit of row 1's City, written as the app writes one, by this tab or another. */
async function editCity(into: DataService, after: string, stamp: string): Promise<void> {
  const meta = (await readMeta(db))!;
  const page = (await db.pages.get([CURRENT, 0]))!;
  const change: Change = { removed: [], added: [], edits: [{ id: 1, column: 3, before: page.rows[0].cells[3], after }] };
  const log = logEntryFor(change, 'edited', new Date());
  expect(await ask({ type: 'write', meta: { ...meta, stamp }, change, pages: [0], expectedStamp: meta.stamp, log }, into)).toEqual({ type: 'written' });
}

/** Storage changed behind the worker's back, stamp and all left as they were: only a read sees it. */
async function alterStorageUnseen(): Promise<void> {
  const page = (await db.pages.get([CURRENT, 0]))!;
  page.rows[0] = { ...page.rows[0], cells: page.rows[0].cells.map((cell, c) => (c === 3 ? 'Read from storage' : cell)) };
  await db.pages.put(page);
}

afterEach(async () => {
  await db.delete();
});

describe('the whole dataset held by the data worker', () => {
  it.each([
    ['the import it stored', async () => {}],
    ['an export', async () => void (await exported())],
    ['the read ahead of a file being brought in', async () => expect(await ask({ type: 'hold' })).toEqual({ type: 'held' })],
  ])('is held after %s: a later export reads no rows', async (_, hold) => {
    await start();
    await hold();
    await alterStorageUnseen();
    expect(await exported()).not.toContain('Read from storage');
    expect(await exported(new DataService(db))).toContain('Read from storage');
  });

  it("is kept up to date by this worker's own writes", async () => {
    await start();
    await exported();
    await editCity(service, 'Written here', 's2');
    await alterStorageUnseen();
    const text = await exported();
    expect(text).toContain('Written here');
    expect(text).not.toContain('Read from storage');
  });

  it('is read again once another tab has written, and what that tab wrote is exported', async () => {
    await start();
    await exported();
    await editCity(new DataService(new PactsheetDB(db.name)), 'Other tab', 'other-tab');
    expect(await exported()).toContain('Other tab');
    // Then held again, and this worker's next write is on top of the other tab's.
    await editCity(service, 'Here, after the other tab', 's3');
    expect(await exported(new DataService(db))).toContain('Here, after the other tab');
  });

  it('makes an export byte for byte the same as one read from storage', async () => {
    await start();
    await editCity(service, 'Düsseldorf "Nord"', 's2');
    expect(await exported()).toBe(await exported(new DataService(db)));
  });
});
