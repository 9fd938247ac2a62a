import type { BackupSummary } from './backup';
import type { TableSummary } from './import-result';
import { agreements } from './import-summary';
import { formatCount } from './numbers';

/**
 * A file read and checked that would replace the agreements, waiting for the user's answer: an
 * import (a TSV) or a restore (a backup). Both ask the same question, in the same dialog.
 */
export type Replacement =
  | { kind: 'import'; fileName: string; summary: TableSummary }
  | { kind: 'restore'; fileName: string; summary: BackupSummary };

export interface ReplaceQuestion {
  /** What the file holds, said after its name. */
  holds: string;
  /** What replacing would discard. */
  discards: string;
  /** Anything about the file worth knowing before choosing. */
  note?: string;
}

// Month spelled out: "11/28/2026" would read as a different day to half the office's partners.
const SAVED_ON = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium' });

function columns(count: number): string {
  return `${formatCount(count)} ${count === 1 ? 'column' : 'columns'}`;
}

export function replaceQuestion(replacement: Replacement, currentCount: number): ReplaceQuestion {
  const current = `Replacing discards the ${agreements(currentCount)} you have now, including your edits`;
  const exportFirst = 'Export first if you want to keep them.';
  if (replacement.kind === 'restore') {
    const { name, rowCount, columnCount, savedAt } = replacement.summary;
    return {
      holds: `is a backup of ${name} saved on ${SAVED_ON.format(new Date(savedAt))}: ${agreements(rowCount)} in ${columns(columnCount)}, with its settings.`,
      discards: `${current}, and your settings. ${exportFirst}`,
    };
  }
  const { rowCount, header, skipped, ragged } = replacement.summary;
  return {
    holds: `holds ${agreements(rowCount)} in ${columns(header.length)}.`,
    discards: `${current}. ${exportFirst}`,
    note:
      skipped.length + ragged.length > 0
        ? `${skipped.length} lines are not agreements and will be kept where they stand; ${ragged.length} rows have a different number of fields and will be kept as they are.`
        : undefined,
  };
}

/** Said when the user chooses Cancel: nothing stored changed. */
export function cancelledMessage({ kind, fileName }: Replacement): string {
  return kind === 'restore'
    ? `Restore cancelled: ${fileName} was not restored; nothing changed.`
    : `Import cancelled: ${fileName} was not imported; nothing changed.`;
}
