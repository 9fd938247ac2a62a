import type { SkippedLine } from '../domain/import-result';
import { cellsOfLine, placementOfLine } from '../domain/kept-lines';
import type { Workspace } from './workspace.svelte';

/**
 * The two things a user does to a line that is not an agreement, each one change through the
 * workspace's pipeline: one undo step, written with a change-log entry like any edit.
 */
export function deleteKeptLine(workspace: Workspace, line: SkippedLine): Promise<void> {
  return workspace.commit({ removed: [], added: [], edits: [], lines: { removed: [line], added: [] } }, 'edited');
}

/** Makes the line an agreement where it stood; returns the new row's id. */
export async function keptLineToRow(workspace: Workspace, line: SkippedLine): Promise<number | null> {
  const { dataset } = workspace;
  const meta = dataset.meta;
  if (!meta || workspace.guard.closed) return null;
  const id = meta.nextRowId;
  dataset.setMeta({ ...meta, nextRowId: id + 1 });
  const row = { id, cells: cellsOfLine(meta, line) };
  const change = { removed: [], added: [placementOfLine(dataset.paged, line, row)], edits: [], lines: { removed: [line], added: [] } };
  await workspace.commit(change, 'edited');
  return dataset.paged.get(id) ? id : null;
}
