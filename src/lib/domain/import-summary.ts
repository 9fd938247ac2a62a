import { t } from '../text/messages';
import type { SkippedLine, TableSummary } from './import-result';

// Words about an import, from the text catalogue. They describe a domain value but are
// presentation: they can move to state/ once importer.svelte.ts builds its notices with t().

export function agreements(count: number): string {
  return t('agreements', { count });
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
