import type { BackupSummary } from '../domain/backup';
import type { SkippedLine, TableSummary } from '../domain/import-result';
import { messageParts, t, type Part } from '../text/messages';

/**
 * An import's and a restore's words, from the text catalogue: what a file held, the question asked
 * before it replaces the agreements, and the answer to Cancel. Worded when shown, so the dialog
 * follows a language switch.
 */

/**
 * A file read and checked that would replace the agreements, waiting for the user's answer: an
 * import (a TSV) or a restore (a backup). Both ask the same question, in the same dialog.
 */
export type Replacement =
  | { kind: 'import'; fileName: string; summary: TableSummary }
  | { kind: 'restore'; fileName: string; summary: BackupSummary };

export interface ReplaceQuestion {
  /** What the file holds, with its name where the `file` slot is (shown in bold). */
  holds: Part<'file'>[];
  /** What replacing would discard. */
  discards: string;
  /** Anything about the file worth knowing before choosing. */
  note?: string;
}

export function replaceQuestion(replacement: Replacement, currentCount: number): ReplaceQuestion {
  if (replacement.kind === 'restore') {
    const { name, rowCount, columnCount, savedAt } = replacement.summary;
    // Month spelled out (f.date's medium style): "11/28/2026" reads as another day to half the partners.
    const said = { name, savedAt: Date.parse(savedAt), count: rowCount, columns: columnCount };
    return {
      holds: messageParts('replace.backupOf', said, ['file']),
      discards: t('replace.discardsSettings', { count: currentCount }),
    };
  }
  const { rowCount, header, skipped, ragged } = replacement.summary;
  return {
    holds: messageParts('replace.fileHolds', { count: rowCount, columns: header.length }, ['file']),
    discards: t('replace.discards', { count: currentCount }),
    note: skipped.length + ragged.length > 0 ? t('replace.oddLines', { skipped: skipped.length, ragged: ragged.length }) : undefined,
  };
}

/** Said when the user chooses Cancel: nothing stored changed. */
export function cancelledMessage({ kind, fileName }: Replacement): string {
  return t(kind === 'restore' ? 'backup.cancelled' : 'import.cancelled', { file: fileName });
}

function clip(text: string, max = 60): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

function describeSkipped(line: SkippedLine): string {
  const at = { line: line.line, text: clip(line.text) };
  if (line.reason === 'blank' || (line.reason === 'before-header' && line.text.trim() === '')) return t('fidelity.keptBlank', at);
  if (line.reason === 'comment') return t('fidelity.keptComment', at);
  if (line.reason === 'before-header') return t('fidelity.keptPreamble', at);
  return t('fidelity.keptText', at);
}

/** What the file held besides its records, in words, one item a line. */
export function importDetails(table: TableSummary): string[] {
  const details: string[] = [];
  if (table.skipped.length > 0) {
    details.push(t('fidelity.kept', { count: table.skipped.length, lines: table.skipped.slice(0, 20).map(describeSkipped) }));
  }
  if (table.shortRecords) details.push(t('fidelity.shortRecords', { count: table.shortRecords }));
  const delimiter = table.dialect.delimiter;
  if (delimiter && delimiter !== '\t') details.push(t('fidelity.csvRead', { delimiter }));
  for (const row of table.ragged.slice(0, 20)) {
    details.push(t('import.ragged', { line: row.line, fields: row.fields, expected: row.expected }));
  }
  if (table.ragged.length > 20) details.push(t('import.raggedMore', { count: table.ragged.length - 20 }));
  return details;
}

export function importHeadline(table: TableSummary): string {
  return t('import.headline', { count: table.rowCount });
}
