import { db, reopen } from '../db/db';
import { readDataset, readMeta } from '../db/dataset-repo';
import { dataWorker } from '../workers/data-client';
import type { StoragePort } from './storage-port';

export const webStorage: StoragePort = {
  request: (body, transfer) => dataWorker.request(body, transfer),
  get running() {
    return dataWorker.running;
  },
  readDataset: () => readDataset(db),
  readMeta: () => readMeta(db),
  reopen: () => reopen(db),
  close: () => db.close(),
};
