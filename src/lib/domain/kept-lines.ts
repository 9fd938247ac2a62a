/**
 * The file's lines that are not agreements, kept in DatasetMeta.kept: taking one out (it is not
 * exported any more) or making it an agreement. Both are part of a Change (`lines`), so they are
 * undone and redone like any edit and written with it.
 */
import type { DatasetMeta } from './dataset';
import { delimiterOf } from './dialect';
import { readLines } from './delimited-read';
import type { SkippedLine } from './import-result';
import type { PagedRows, Placement } from './paged-rows';
import type { Row } from './row';

export interface LinesChange {
  removed: SkippedLine[];
  added: SkippedLine[];
}

const sameLine = (a: SkippedLine, b: SkippedLine) => a.line === b.line && a.text === b.text;

/** The meta with the change's lines taken out and put back; they stay in file order. */
export function applyLines(meta: DatasetMeta, change: LinesChange | undefined): DatasetMeta {
  if (!change || !meta.kept) return meta;
  const lines = meta.kept.lines.filter((line) => !change.removed.some((r) => sameLine(r, line)));
  for (const line of change.added) if (!lines.some((l) => sameLine(l, line))) lines.push(line);
  lines.sort((a, b) => a.line - b.line);
  return { ...meta, kept: { ...meta.kept, lines } };
}

/** The line's cells, read by the dataset's own rules (a quoted field stays one cell). */
export function cellsOfLine(meta: DatasetMeta, line: SkippedLine): string[] {
  const read = readLines(line.text, delimiterOf(meta.dialect).charCodeAt(0), meta.dialect.quoting === 'excel');
  return read[0]?.cells ?? [''];
}

/**
 * Where a row made from the line stands: right below the record the line followed, or first when
 * it stood above every record; at the end when that record is gone.
 */
export function placementOfLine(rows: PagedRows, line: SkippedLine, row: Row): Placement {
  const after = line.after ?? 0;
  if (after <= 0) return { row, page: 0, position: 0 };
  return rows.placementsAfter([row], rows.get(after) ? after : undefined)[0];
}
