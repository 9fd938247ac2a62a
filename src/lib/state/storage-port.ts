import type { StoredData } from '../db/dataset-repo';
import type { DatasetMeta } from '../domain/dataset';
import type { DataRequest, DataResponse } from '../workers/data-protocol';

/**
 * What the app's state needs from storage. Every write is a request to the data worker, the one
 * writer; reads go straight to IndexedDB, since handing 100,000 rows over from the worker would
 * cost more than reading them here. The web port is storage-port.web.ts; unit tests give the
 * state a port over DataService on fake-indexeddb, and wrap it to fail or to act as another tab.
 */
export interface StoragePort {
  request(body: DataRequest, transfer?: Transferable[]): Promise<DataResponse>;
  /** Whether the worker is running (closing a database no one opened is not worth starting it for). */
  readonly running: boolean;
  readDataset(): Promise<StoredData | null>;
  readMeta(): Promise<DatasetMeta | null>;
  /** Opens the database again if it is closed (Dexie does not, after a failed open). */
  reopen(): Promise<void>;
  close(): void;
}
