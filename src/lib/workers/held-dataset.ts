import { CURRENT, readDataset, readMeta, writeChange, type HeldPages, type StoredData } from '../db/dataset-repo';
import type { PactsheetDB } from '../db/schema';
import type { LogEntry } from '../domain/change-log';
import type { Change } from '../domain/changes';
import type { DatasetMeta } from '../domain/dataset';
import type { Row } from '../domain/row';

/**
 * The stored rows the data worker holds in memory, valid while their stamp is the stored one
 * (another tab's write changes it). Once it has had every page (an import it stored, an export, a
 * merge, a read ahead) it holds them all, and its own writes keep them up to date, so a later
 * export or merge need not read 100,000 rows again; before that, the pages the last edit wrote
 * (the next edit is most often on the same page).
 */
export class HeldDataset {
  private held: HeldPages | undefined;
  /** A read of the whole dataset under way: a merge asking meanwhile waits for it, not for a second. */
  private reading: Promise<StoredData | null> | null = null;

  constructor(private readonly db: PactsheetDB) {}

  /** The whole dataset as just stored with this stamp. */
  keep(stamp: string | undefined, pages: readonly (readonly Row[])[]): void {
    this.held = stamp === undefined ? undefined : { stamp, pages, whole: true };
  }

  /** The stored dataset is being replaced: nothing held may be used. */
  forget(): void {
    this.held = undefined;
  }

  /** The stored dataset (without search texts): the pages held, while still the stored ones, or else read and held. */
  async stored(): Promise<StoredData | null> {
    const held = this.held;
    if (held?.whole) {
      const meta = await readMeta(this.db);
      if (meta && meta.stamp === held.stamp) return { meta, pages: held.pages as Row[][], searches: [] };
    }
    this.reading ??= readDataset(this.db, CURRENT, { searches: false }).finally(() => (this.reading = null));
    const stored = await this.reading;
    if (stored) this.keep(stored.meta.stamp, stored.pages);
    return stored;
  }

  /** Writes a change (see writeChange) on the pages held, and holds what it wrote. */
  async write(meta: DatasetMeta, change: Change, pages: number[], expectedStamp: string | undefined, log: LogEntry): Promise<void> {
    const held = this.held;
    // The write changes the stamp (and a failed one may have changed the pages held).
    this.held = undefined;
    this.held = await writeChange(this.db, meta, change, pages, expectedStamp, log, held);
  }
}
