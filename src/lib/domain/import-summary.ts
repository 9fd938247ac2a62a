import { formatCount } from './numbers';
import type { SkippedLine, TableSummary } from './import-result';

export function agreements(count: number): string {
  return `${formatCount(count)} ${count === 1 ? 'agreement' : 'agreements'}`;
}

function clip(text: string, max = 60): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

function describeSkipped(line: SkippedLine): string {
  if (line.reason === 'blank') return `line ${line.line} (blank)`;
  return `line ${line.line} "${clip(line.text)}"`;
}

/** What the file held besides its records, in words, one item a line. */
export function importDetails(table: TableSummary): string[] {
  const details: string[] = [];
  if (table.skipped.length > 0) {
    details.push(
      `Skipped ${table.skipped.length} ${table.skipped.length === 1 ? 'line' : 'lines'} that ${table.skipped.length === 1 ? 'is' : 'are'} not agreements: ${table.skipped.map(describeSkipped).join(', ')}.`,
    );
  }
  for (const row of table.ragged.slice(0, 20)) {
    details.push(
      `Line ${row.line} has ${row.fields} fields where the header has ${row.expected}; kept as it is.`,
    );
  }
  if (table.ragged.length > 20) details.push(`…and ${table.ragged.length - 20} more rows of a different length.`);
  return details;
}

export function importHeadline(table: TableSummary): string {
  return `Imported ${agreements(table.rowCount)}`;
}
