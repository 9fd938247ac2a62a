/**
 * What merging a returned file would do, before anything changes: the changes taken from the file
 * without question, the conflicts the user decides, and what became of every row of each side
 * (exactly one outcome each, so that nothing is lost silently).
 */
export type MergeChange =
  | { kind: 'edit'; id: number; column: number; before: string; after: string }
  /** A row only the file has; it goes below `after` (our row id), at the top without one. */
  | { kind: 'add'; cells: string[]; after?: number; theirs: number }
  | { kind: 'delete'; id: number; cells: string[] };

export type Conflict =
  /** A cell changed differently on both sides (or, with no base, differs at all). */
  | { kind: 'cell'; id: number; column: number; base?: string; mine: string; theirs: string }
  /**
   * A row one side removed and the other edited (or, with no base, a row only one side has).
   * Taking theirs removes our row when they have none, or puts theirs back below `after`.
   */
  | { kind: 'row'; id?: number; base?: string[]; mine?: string[]; theirs?: string[]; after?: number; theirsIndex?: number };

/** A column they added, its non-empty cells: [our row id, text] for rows both have, [their row index, text] for rows only they have. */
export interface AddedValues {
  mine: [number, string][];
  theirs: [number, string][];
}

export type Outcome = 'unchanged' | 'edited' | 'added' | 'deleted' | 'conflict';

/** One agreement across the three tables: indexes into base and their file, our row id. */
export interface RowOutcome {
  base?: number;
  mine?: number;
  theirs?: number;
  outcome: Outcome;
}

export interface MergePlan {
  changes: MergeChange[];
  conflicts: Conflict[];
  /** Their columns we have not got: offered, never taken silently. */
  addedColumns: string[];
  /** The values of each of `addedColumns` (same order), for when the user takes it. */
  addedValues: AddedValues[];
  /** Our columns their file lacks: treated as unchanged there, never blanked here. */
  droppedColumns: string[];
  /** How each column was re-formatted in their file (for the review's footnote). */
  reformatted: { column: number; what: 'dates' | 'zeros' | 'numbering' }[];
  rows: RowOutcome[];
  /** No base: every difference is a choice. */
  twoWay: boolean;
}

export interface MergeCounts {
  edited: number;
  added: number;
  deleted: number;
  conflicts: number;
  total: number;
}

export function countPlan(plan: MergePlan): MergeCounts {
  let edited = 0;
  let added = 0;
  let deleted = 0;
  for (const c of plan.changes) {
    if (c.kind === 'edit') edited++;
    else if (c.kind === 'add') added++;
    else deleted++;
  }
  return { edited, added, deleted, conflicts: plan.conflicts.length, total: edited + added + deleted + plan.conflicts.length };
}
