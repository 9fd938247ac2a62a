import { db } from '../db/db';
import { readMeta, SNAPSHOT } from '../db/dataset-repo';
import type { DatasetMeta } from '../domain/dataset';
import { t } from '../text/messages';

/** What the About panel tells about storage: persisted or not, space used and available. */
class StorageInfo {
  persisted = $state<boolean | null>(null);
  usage = $state<number | null>(null);
  quota = $state<number | null>(null);
  snapshot = $state.raw<DatasetMeta | null>(null);

  async refresh(): Promise<void> {
    const storage = navigator.storage;
    this.persisted = (await storage?.persisted?.()) ?? null;
    const estimate = await storage?.estimate?.();
    this.usage = estimate?.usage ?? null;
    this.quota = estimate?.quota ?? null;
    this.snapshot = await readMeta(db, SNAPSHOT);
  }

  /** Asks the browser not to evict our data under storage pressure; it may say no. */
  async requestPersistence(): Promise<void> {
    this.persisted = (await navigator.storage?.persist?.().catch(() => false)) ?? null;
  }
}

export const storageInfo = new StorageInfo();

/** Kept for AboutPanel until it uses t('about.usage', …), which formats the bytes itself. */
export function megabytes(bytes: number): string {
  return t('storage.megabytes', { bytes });
}
