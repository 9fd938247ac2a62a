import type { LogPage } from '../db/change-log-repo';
import type { LogEntry } from '../domain/change-log';

/**
 * What the Changes view and the grid's marks need from storage: reads of the change log, straight
 * from IndexedDB (only the data worker writes it). The web port is change-log-port.web.ts; unit
 * tests read a fake tab's database the same way.
 */
export interface ChangeLogPort {
  /** Up to `limit` entries older than `before` (from the newest without it), newest first. */
  readPage(before: number | undefined, limit: number): Promise<LogPage>;
  /** The current dataset's entries newer than `exportedAt`, newest first. */
  readSince(exportedAt: string | undefined): Promise<LogEntry[]>;
}
