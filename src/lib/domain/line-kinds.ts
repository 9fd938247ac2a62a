/**
 * What each line of a file is: its delimiter (decided once per file), its header, its records and
 * the lines that are not records. A wrong guess here can never lose data: lines that are not
 * records are kept and exported where they stood, and the import notice says what was decided.
 */
import type { Delimiter } from './dialect';
import type { SourceLine } from './delimited-read';
import type { SkippedLine } from './import-result';

export type LineKind = 'record' | 'header' | SkippedLine['reason'];

const HEAD_LINES = 64;

/** How many times `ch` occurs in `line`. */
function occurrences(line: string, ch: string): number {
  let count = 0;
  for (let i = line.indexOf(ch); i !== -1; i = line.indexOf(ch, i + 1)) count++;
  return count;
}

/**
 * How well `ch` splits `lines` into a table: the number of lines holding it as many times as most
 * such lines do, then that number of times (more columns wins a tie).
 */
function consistency(lines: readonly string[], ch: string): [number, number] {
  const tally = new Map<number, number>();
  for (const line of lines) {
    const count = occurrences(line, ch);
    if (count > 0) tally.set(count, (tally.get(count) ?? 0) + 1);
  }
  let best: [number, number] = [0, 0];
  for (const [count, lineCount] of tally) if (lineCount > best[0] || (lineCount === best[0] && count > best[1])) best = [lineCount, count];
  return best;
}

/**
 * A tab anywhere in the first lines makes the file tab-separated (TSV is what Pactsheet was made
 * for, and a tab is never prose). Otherwise the comma or semicolon that splits most lines into the
 * same number of columns; `;` files often hold decimal commas, which vary from line to line.
 */
export function detectDelimiter(text: string): Delimiter {
  const head = text.slice(0, 65_536).split(/\r\n|\r|\n/, HEAD_LINES);
  if (head.some((line) => line.includes('\t'))) return '\t';
  const commas = consistency(head, ',');
  const semicolons = consistency(head, ';');
  if (commas[0] === 0 && semicolons[0] === 0) return '\t';
  const semicolonWins = semicolons[0] > commas[0] || (semicolons[0] === commas[0] && semicolons[1] > commas[1]);
  return semicolonWins ? ';' : ',';
}

function allEmpty(cells: readonly string[]): boolean {
  for (const cell of cells) if (cell !== '') return false;
  return true;
}

/** Only the first cell holds text: a title, a legend, a comment, or a record Sheets trimmed. */
function firstOnly(cells: readonly string[]): boolean {
  return cells[0] !== '' && allEmpty(cells.slice(1));
}

/** Words, as a title or legend is written: not a number, code or date. */
const PROSE = /\p{L}{2,}.*\s.*\p{L}/u;

/**
 * Before the header, every line is preamble (a `#` comment, a title). The header is the first line
 * naming at least two columns. After it, a line is a record if it holds data, however few its
 * fields (Google Sheets trims a row's trailing empty cells); it is not when it is blank, a `#`
 * comment, or words alone on a line between blank lines or the end of the file (the sample's title
 * and legend), which a record trimmed to one cell never is.
 */
export function classify(lines: readonly SourceLine[]): { kinds: LineKind[]; header: number } {
  const kinds: LineKind[] = new Array<LineKind>(lines.length);
  let header = -1;
  for (let i = 0; i < lines.length; i++) {
    const cells = lines[i].cells;
    if (header === -1) {
      const comment = cells[0].startsWith('#') && firstOnly(cells);
      if (cells.length >= 2 && !allEmpty(cells) && !comment) {
        header = i;
        kinds[i] = 'header';
      } else kinds[i] = 'before-header';
    } else if (allEmpty(cells)) kinds[i] = 'blank';
    else if (firstOnly(cells) && cells[0].startsWith('#')) kinds[i] = 'comment';
    else if (firstOnly(cells) && kinds[i - 1] === 'blank' && (i + 1 === lines.length || allEmpty(lines[i + 1].cells)) && PROSE.test(cells[0])) {
      kinds[i] = 'text';
    } else kinds[i] = 'record';
  }
  return { kinds, header };
}
