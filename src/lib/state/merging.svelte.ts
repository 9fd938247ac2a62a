import { mergeChange, type Decision } from '../domain/merge/apply';
import type { MergePlan } from '../domain/merge/plan';
import { t } from '../text/messages';
import type { MergeBase } from '../workers/data-protocol';
import type { Messages } from './storage-guard.svelte';
import type { StoragePort } from './storage-port';
import type { Workspace } from './workspace.svelte';

/** A returned file's merge, planned by the data worker, waiting for the user's review. */
export interface MergeReview {
  fileName: string;
  plan: MergePlan;
  base: MergeBase | null;
}

/**
 * Merging a returned file: the worker plans it against the base of its export (nothing is
 * written), the review shows it, and Apply makes it ONE change through the workspace's pipeline,
 * so one Undo takes all of it back. Cancel changes nothing.
 */
export class Merging {
  /** The plan of the file read last, ready before the user chooses Merge or Replace. */
  offer = $state.raw<MergeReview | null>(null);
  review = $state.raw<MergeReview | null>(null);

  constructor(
    private readonly workspace: Workspace,
    private readonly storage: StoragePort,
    private readonly messages: Messages,
  ) {}

  /** Plans merging the file the worker parsed last into the stored rows (edits made so far first). */
  async plan(fileName: string): Promise<MergeReview | null> {
    await this.workspace.flush();
    const response = await this.storage.request({ type: 'merge', fileName });
    if (response.type !== 'merge-plan') {
      this.offer = null;
      return null;
    }
    this.offer = { fileName, plan: response.plan, base: response.base };
    return this.offer;
  }

  /** The user chose Merge: the review opens. */
  begin(): void {
    this.review = this.offer;
    this.offer = null;
  }

  /** The user chose Replace or Cancel in the import dialog. */
  forget(): void {
    this.offer = null;
  }

  /** `columns`: which of the columns the file added to take (indexes into the plan's `addedColumns`). */
  async apply(decisions: readonly (Decision | undefined)[], columns: readonly number[] = []): Promise<void> {
    const review = this.review;
    const meta = this.workspace.meta;
    this.review = null;
    if (!review || !meta) return;
    const taken = { width: meta.header.length, chosen: columns };
    const { change, nextRowId, count } = mergeChange(review.plan, decisions, this.workspace.dataset.paged, meta.nextRowId, taken);
    if (nextRowId !== meta.nextRowId) this.workspace.dataset.setMeta({ ...meta, nextRowId });
    await this.workspace.commit(change, 'merged', { file: review.fileName });
    void this.storage.request({ type: 'discard' });
    this.messages.info(t('merge.done', { count, file: review.fileName }));
  }

  cancel(): void {
    const review = this.review;
    this.review = null;
    void this.storage.request({ type: 'discard' });
    if (review) this.messages.info(t('merge.cancelled', { file: review.fileName }));
  }
}
