import { cancelledMessage, importDetails, importHeadline, type Replacement } from './import-words';
import { dataWorker } from '../workers/data-client';
import type { DataResponse } from '../workers/data-protocol';
import { readBackupFile, restoreBackup } from './backups';
import { notices } from './notices.svelte';
import { say, t } from '../text/messages';
import { checks, merging, workspace } from './app';

/** Pages per message from the worker: about 8,000 rows, decoded here in ~15 ms. */
const PAGES_PER_MESSAGE = 8;

/** Import outcomes replace one another: only the latest file's is shown. */
const IMPORT = 'import';

type PendingImport = Extract<Replacement, { kind: 'import' }>;

/**
 * An import, or a backup's restore, in three steps: read and validate the file (in the worker),
 * ask before replacing existing data, then store it in one transaction (in the worker too).
 * Nothing stored changes until the last step, so a refused or cancelled file leaves the workspace
 * exactly as it was. One file at a time: the worker keeps the one waiting for an answer.
 */
class Importer {
  /** What is happening now, for the progress bar; null when idle. */
  busy = $state<string | null>(null);
  pending = $state.raw<Replacement | null>(null);

  async importFile(file: File): Promise<void> {
    if (this.refuseWhileBusy(file, 'imported')) return;
    this.busy = t('import.reading', { file: file.name });
    try {
      // The handle, not the bytes: reading 50 MB into this thread would freeze the page for a moment.
      const response = await dataWorker.request({ type: 'parse', file });
      if (response.type === 'refused') {
        // Worded where it is shown, so a switch of language re-words it.
        const { reason, line } = response.error;
        notices.error(() => t('import.notImported', { file: file.name, line, reason: say(reason) }), undefined, IMPORT);
      } else if (response.type === 'parsed') {
        // Into rows already here, the file may be a colleague's returned copy: plan its merge first.
        if (workspace.dataset.rows.length > 0) {
          this.busy = t('merge.planning', { file: file.name });
          await merging.plan(file.name);
        }
        await this.askUnlessEmpty({ kind: 'import', summary: response.summary, fileName: file.name });
      } else if (response.type === 'failed') {
        const { reason } = response;
        notices.error(() => t('import.notImported', { file: file.name, reason: say(reason) }), undefined, IMPORT);
      }
    } finally {
      this.busy = null;
    }
  }

  /**
   * Has the data worker read the stored rows ahead of the export or merge that needs them all:
   * once the page's start-up work is done, and whenever a file is on its way (dragged over the
   * window, or the file chooser opened: into rows already here it may be merged), so that the
   * read happens while the user is still choosing rather than after the drop. The worker keeps
   * them, up to date with its own writes; while it holds them this costs nothing.
   */
  readAhead(): void {
    if (workspace.dataset.rows.length > 0 && !this.busy) void dataWorker.request({ type: 'hold' });
  }

  /** Reads ahead once, when the start-up work is done (the Checks' first run is its last part); returns the stop. */
  readAheadOnceStarted(): () => void {
    let done = false;
    return $effect.root(() => {
      $effect(() => {
        if (done || !checks.ready || workspace.dataset.rows.length === 0) return;
        done = true;
        this.readAhead();
      });
    });
  }

  async importSample(): Promise<void> {
    // The sample ships with the app (public/), so this works offline and never leaves the origin.
    const response = await fetch(new URL('partner-agreements.tsv', document.baseURI));
    await this.importFile(new File([await response.blob()], 'partner-agreements.tsv'));
  }

  /** "Restore" in About / Privacy: a backup replaces everything, settings included. */
  async restoreFile(file: File): Promise<void> {
    if (this.refuseWhileBusy(file, 'restored')) return;
    this.busy = t('import.reading', { file: file.name });
    try {
      const summary = await readBackupFile(file);
      if (summary) await this.askUnlessEmpty({ kind: 'restore', summary, fileName: file.name });
    } finally {
      this.busy = null;
    }
  }

  /** The user chose Merge: the review takes over; the parsed file stays in the worker until it ends. */
  merge(): void {
    this.pending = null;
    merging.begin();
  }

  async confirmReplace(): Promise<void> {
    const pending = this.pending;
    this.pending = null;
    merging.forget();
    if (!pending) return;
    try {
      await this.replace(pending);
    } finally {
      this.busy = null;
    }
  }

  cancel(): void {
    merging.forget();
    if (this.pending) notices.info(cancelledMessage(this.pending));
    this.pending = null;
    void dataWorker.request({ type: 'discard' });
  }

  private refuseWhileBusy(file: File, verb: 'imported' | 'restored'): boolean {
    if (!this.busy && !this.pending && !merging.review) return false;
    notices.error(t(verb === 'restored' ? 'backup.busy' : 'import.busy', { file: file.name }));
    return true;
  }

  /** Into an empty workspace there is nothing to lose: no question. */
  private async askUnlessEmpty(replacement: Replacement): Promise<void> {
    if (workspace.dataset.rows.length === 0) await this.replace(replacement);
    else this.pending = replacement;
  }

  private async replace(replacement: Replacement): Promise<void> {
    if (replacement.kind === 'import') return this.store(replacement);
    this.busy = t('backup.restoring', { count: replacement.summary.rowCount });
    await restoreBackup(replacement.fileName);
  }

  /**
   * Shows the new rows as soon as the worker hands them over, while it stores them (the grid is
   * read-only meanwhile: see `busy`). If storing fails, the stored data, untouched, comes back.
   */
  private async store({ summary, fileName }: PendingImport): Promise<void> {
    this.busy = t('import.saving', { count: summary.rowCount });
    // Edits made before the import reach storage first, so they cannot land on the new data.
    await workspace.flush();
    const prepared = await dataWorker.request({ type: 'prepare', fileName, now: Date.now(), stamp: workspace.ownStamp() });
    if (prepared.type !== 'prepared') return this.failed(prepared);
    // Several messages, not one: each is decoded on this thread in a short task of its own, and the
    // first rows show while the rest are on their way. The worker answers in order: pages, then store.
    const chunks = Array.from({ length: Math.ceil(prepared.pageCount / PAGES_PER_MESSAGE) }, (_, i) =>
      dataWorker.request({ type: 'pages', from: i * PAGES_PER_MESSAGE, count: PAGES_PER_MESSAGE }),
    );
    const stored = dataWorker.request({ type: 'store' });
    const hadData = workspace.meta !== null;
    const arrival = workspace.beginImport(prepared.meta);
    let response: DataResponse | undefined;
    for (const chunk of chunks) {
      const pages = await chunk;
      if (pages.type !== 'pages') {
        response = pages;
        break;
      }
      arrival.add(pages.pages);
    }
    arrival.arrived();
    if (response === undefined) response = await stored;
    if (response.type !== 'stored') {
      this.failed(response);
      await stored;
      await arrival.failed();
      // Nothing stored any more: the browser discarded its database (see workspace.lost).
      if (hadData && workspace.meta === null) notices.error(t('import.lostInImport'));
      return;
    }
    arrival.stored();
    // Said only now that every row is durably stored.
    notices.info(() => importHeadline(summary), () => importDetails(summary), IMPORT);
  }

  private failed(response: DataResponse): void {
    notices.error(() => (response.type === 'failed' ? say(response.reason) : t('import.notStored')));
  }
}


export const importer = new Importer();
