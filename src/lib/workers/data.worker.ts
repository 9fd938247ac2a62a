/// <reference lib="webworker" />
import { db, reopen } from '../db/db';
import type { DataRequest, DataResponse, Envelope } from './data-protocol';
import { DataService, type Reply } from './data-service';

// A thin shell over DataService (tested under Node): it moves all-rows work off the main thread,
// so a 100,000-row file never freezes the page, and is the one writer to IndexedDB.
const scope = self as unknown as DedicatedWorkerGlobalScope;
const service = new DataService(db);

// When another tab upgrades the database, the app closes it here once the writes it has sent are
// stored (workspace.closeForUpgrade); Dexie's own handler would close it under them.
db.on('versionchange', () => false);

scope.onmessage = async (event: MessageEvent<Envelope<DataRequest>>) => {
  const { id, body } = event.data;
  let reply: Reply;
  try {
    // After the browser deleted the database under the page, Dexie does not open it by itself;
    // once the app has closed it for another tab's upgrade, it stays closed.
    if (!service.closed && body.type !== 'close' && body.type !== 'parse') await reopen().catch(() => undefined);
    reply = await service.handle(body);
  } catch (error) {
    // Errors users can meet come back as values; reaching here is a bug, reported, never hung on.
    const detail = error instanceof Error ? error.message : String(error);
    reply = { response: { type: 'failed', reason: { key: 'failure.unexpected', params: { detail } } } };
  }
  scope.postMessage({ id, body: reply.response } satisfies Envelope<DataResponse>, reply.transfer ?? []);
};
