import type { CellEdit, Change } from './changes';
import type { ColumnsChange } from './header-change';
import type { LinesChange } from './kept-lines';
import type { Row } from './row';

/**
 * The persisted history of what changed, written in the same transaction as the change itself:
 * the coming "Changes" view and merging a colleague's returned file read it. An import or a restore
 * is one entry (how many rows came), never one per row.
 */
export type ChangeSource = 'edited' | 'undone' | 'redone' | 'imported' | 'restored' | 'merged' | 'started' | 'fixed' | 'pasted' | 'filled' | 'cleared' | 'replaced';

export interface LogEntry {
  /** ISO time. */
  at: string;
  source: ChangeSource;
  /** The file an import, restore or merge came from. */
  file?: string;
  edits: CellEdit[];
  /** Rows added and removed, with their cells as they were. */
  added: Row[];
  removed: Row[];
  /** For an import or restore: how many rows it brought. */
  rowCount?: number;
  /** Lines that are not agreements deleted (removed) or brought back (added). */
  lines?: LinesChange;
  /** Columns added to or taken out of the header (a merge's new column, its undo). */
  columns?: ColumnsChange;
}

export function logEntryFor(change: Change, source: ChangeSource, now: Date, file?: string): LogEntry {
  return {
    at: now.toISOString(),
    source,
    ...(file ? { file } : {}),
    edits: change.edits,
    added: change.added.map((p) => p.row),
    removed: change.removed.map((p) => p.row),
    ...(change.lines ? { lines: change.lines } : {}),
    ...(change.columns ? { columns: change.columns } : {}),
  };
}

export function wholeDatasetEntry(source: 'imported' | 'restored' | 'started', rowCount: number, now: Date, file?: string): LogEntry {
  return { at: now.toISOString(), source, ...(file ? { file } : {}), edits: [], added: [], removed: [], rowCount };
}
