import type { DatasetMeta } from '../domain/dataset';
import type { DatasetState } from './dataset.svelte';
import type { SaveQueue } from './save-queue.svelte';
import type { StoragePort } from './storage-port';
import { t } from '../text/messages';

/**
 * - ok:       the stored copy holds what this tab shows (or will, once queued writes land).
 * - checking: a write failed or the database was closed under us: is the stored copy still there?
 * - lost:     the browser discarded it; this tab holds the only copy and stores it again.
 * - closed:   another tab is upgrading the database; everything is saved, this tab must reload.
 */
export type StorageStatus = 'ok' | 'checking' | 'lost' | 'closed';

/** How often storage is asked again after a failure: is the stored copy there, does it fit now? */
const RETRY_MS = 3000;

export interface GuardHost {
  /** A stamp for a write this tab is about to make. */
  ownStamp(): string;
  /** The whole dataset was stored again under this metadata. */
  storedAgain(meta: DatasetMeta): void;
  /** An import is being stored: its failure is the importer's to handle, not a loss. */
  readonly importing: boolean;
}

export interface Messages {
  error(text: string): number;
  info(text: string): number;
  dismiss(id: number): void;
}

/** Watches over the stored copy: notices when the browser discards it, and stores it again. */
export class StorageGuard {
  status = $state<StorageStatus>('ok');
  /** Why the last write failed, while that is looked into: said again if the copy is gone. */
  writeFailure: string | null = null;
  /** Changes made while the copy was lost: storing again repeats if any came meanwhile. */
  private changesWhileLost = 0;
  private checking: Promise<void> | null = null;
  private lostNotice: number | null = null;

  constructor(
    private readonly storage: StoragePort,
    private readonly dataset: DatasetState,
    private readonly saves: SaveQueue,
    private readonly host: GuardHost,
    private readonly messages: Messages,
    private readonly retryMs = RETRY_MS,
  ) {}

  get lost(): boolean {
    return this.status === 'lost';
  }

  get closed(): boolean {
    return this.status === 'closed';
  }

  close(): void {
    this.status = 'closed';
  }

  /** A change made while the copy is lost: it is stored with the rest. */
  changedWhileLost(): void {
    this.changesWhileLost++;
  }

  /** A new dataset (an import, a restore) replaces rows whose copy was lost: it is stored by whatever brought it. */
  newDataset(): void {
    if (this.status === 'lost') this.status = 'ok';
    this.changesWhileLost = 0;
    if (this.lostNotice !== null) this.messages.dismiss(this.lostNotice);
    this.lostNotice = null;
  }

  /**
   * Whether the stored copy still exists. Until storage answers, the toolbar says "Saving…", and
   * it is asked again every few seconds: on a completely full disk even opening the database fails.
   */
  check(): Promise<void> {
    // One check at a time: each failed open closes the database again, which asks for another.
    this.checking ??= this.saves.track(this.askUntilAnswered()).finally(() => (this.checking = null));
    return this.checking;
  }

  private async askUntilAnswered(): Promise<void> {
    if (this.status === 'ok') this.status = 'checking';
    try {
      while (this.status === 'checking' && this.dataset.meta) {
        const stored = await this.storage
          .reopen()
          .then(() => this.storage.readMeta())
          .catch(() => undefined);
        if (stored === null) this.discarded();
        if (stored !== undefined) return;
        await new Promise((resolve) => setTimeout(resolve, this.retryMs));
      }
    } finally {
      if (this.status === 'checking') this.status = 'ok';
    }
  }

  /**
   * The stored dataset is gone while this tab shows it: the browser discarded its database.
   * Chromium deletes a database it finds damaged, which a completely full disk can cause
   * (electron/electron#41877). This tab keeps every row, says so, and stores them again.
   */
  discarded(): void {
    if (this.status === 'lost' || this.status === 'closed' || !this.dataset.meta || this.host.importing) return;
    this.status = 'lost';
    this.lostNotice = this.messages.error(t('storage.lost', { failure: this.writeFailure, count: this.dataset.paged.size }));
    void this.storeAgain();
  }

  /** Tries to store the whole dataset every few seconds until it fits, with any change made meanwhile. */
  private async storeAgain(): Promise<void> {
    // Another dataset shown meanwhile (an import, a restore) is stored by whatever brought it.
    const generation = this.dataset.generation;
    const current = () => this.status === 'lost' && this.dataset.meta !== null && this.dataset.generation === generation;
    while (current()) {
      const changes = this.changesWhileLost;
      const meta: DatasetMeta = { ...this.dataset.meta!, stamp: this.host.ownStamp() };
      await this.storage.reopen().catch(() => undefined);
      const response = await this.storage
        .request({ type: 'store-all', meta, pages: this.dataset.paged.allPages(), keepSnapshot: false })
        .catch(() => null);
      if (response?.type !== 'written') {
        await new Promise((resolve) => setTimeout(resolve, this.retryMs));
        continue;
      }
      if (!current() || changes !== this.changesWhileLost) continue;
      this.status = 'ok';
      this.host.storedAgain(meta);
      if (this.lostNotice !== null) this.messages.dismiss(this.lostNotice);
      this.lostNotice = null;
      this.messages.info(t('storage.storedAgain', { count: this.dataset.paged.size }));
    }
  }
}
