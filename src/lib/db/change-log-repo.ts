import type { LogEntry } from '../domain/change-log';
import { isWholeDataset } from '../domain/change-list';
import { CURRENT } from './dataset-repo';
import type { PactsheetDB } from './schema';

/**
 * Reads of the change log (the `changes` table) for the Changes view and the grid's marks. Only
 * the data worker writes it; these are reads. Entries are keyed by an increasing `seq`, so
 * "older than this one" is a key range, and a page of a 10,000-entry log costs one page's read.
 */
export interface LogPage {
  entries: LogEntry[];
  /** Where the next (older) page starts; undefined when this was the oldest. */
  before: number | undefined;
}

/** Up to `limit` entries older than `before` (from the newest without it), newest first. */
export async function readLogPage(db: PactsheetDB, before: number | undefined, limit: number): Promise<LogPage> {
  const range = before === undefined ? db.changes.toCollection() : db.changes.where('seq').below(before);
  const stored = await range
    .reverse()
    .filter((entry) => entry.dataset === CURRENT)
    .limit(limit + 1)
    .toArray();
  const page = stored.slice(0, limit);
  return {
    entries: page.map(({ seq: _seq, dataset: _dataset, ...entry }) => entry),
    before: stored.length > limit ? page.at(-1)?.seq : undefined,
  };
}

/**
 * The entries newer than `exportedAt`, newest first, stopping at the current dataset's start (its
 * import, restore or new register, included): earlier entries are about rows no longer here.
 */
export async function readLogSince(db: PactsheetDB, exportedAt: string | undefined): Promise<LogEntry[]> {
  const since: LogEntry[] = [];
  let done = false;
  // The log is read newest first and left as soon as the export or the dataset's start is reached.
  await db.changes
    .toCollection()
    .reverse()
    .until((entry) => done || (!!exportedAt && entry.at <= exportedAt))
    .each(({ seq: _seq, dataset, ...entry }) => {
      if (dataset !== CURRENT) return;
      since.push(entry);
      done = isWholeDataset(entry);
    });
  return since;
}
