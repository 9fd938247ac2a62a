/**
 * Text → logical lines of cells, remembering for each line where it stood in the text, which of
 * its cells were quoted and which line ending closed it: what export needs to write an untouched
 * file back byte for byte. Our own loop rather than papaparse because papaparse tells none of that.
 */
import type { LineEnding } from './dialect';

const LF = 10;
const CR = 13;
const QUOTE = 34;

export interface SourceLine {
  cells: string[];
  /** Indices of the cells that were written in quotes; undefined when none were. */
  quoted: number[] | undefined;
  /** Offsets of the line's text in the source, without its line ending. */
  start: number;
  end: number;
  /** The ending that closed the line; '' for a last line without one. */
  ending: LineEnding | '';
  /** 1-based number of the physical line it starts on (a quoted cell may span lines). */
  line: number;
}

/** Physical line breaks in text[from, to): CRLF counts once. */
function breaks(text: string, from: number, to: number): number {
  let count = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === LF || (c === CR && text.charCodeAt(i + 1) !== LF)) count++;
  }
  return count;
}

/**
 * With `quotes`, a field starting with `"` runs to the next `"` not doubled (the caller has checked
 * that every such quote closes before a delimiter, line end or the end of text); everywhere else
 * a `"` is literal text. Without, no character but the delimiter and line breaks is special.
 */
export function readLines(text: string, delimiter: number, quotes: boolean): SourceLine[] {
  const lines: SourceLine[] = [];
  const n = text.length;
  let pos = 0;
  let line = 1;
  while (pos < n) {
    const start = pos;
    const at = line;
    const cells: string[] = [];
    let quoted: number[] | undefined;
    let c: number;
    for (;;) {
      if (quotes && text.charCodeAt(pos) === QUOTE) {
        let close = text.indexOf('"', pos + 1);
        while (close !== -1 && text.charCodeAt(close + 1) === QUOTE) close = text.indexOf('"', close + 2);
        if (close === -1) close = n; // not reached after the caller's check; keeps the loop finite
        const inner = text.slice(pos + 1, close);
        if (inner.indexOf('\n') !== -1 || inner.indexOf('\r') !== -1) line += breaks(inner, 0, inner.length);
        (quoted ??= []).push(cells.length);
        cells.push(inner.indexOf('"') === -1 ? inner : inner.replaceAll('""', '"'));
        pos = close + 1;
      } else {
        let j = pos;
        for (; j < n; j++) {
          const d = text.charCodeAt(j);
          if (d === delimiter || d === LF || d === CR) break;
        }
        cells.push(text.slice(pos, j));
        pos = j;
      }
      c = text.charCodeAt(pos);
      if (c !== delimiter) break;
      pos++;
    }
    const end = pos;
    let ending: LineEnding | '' = '';
    if (c === CR) {
      ending = text.charCodeAt(pos + 1) === LF ? '\r\n' : '\r';
      pos += ending.length;
    } else if (c === LF) {
      ending = '\n';
      pos++;
    }
    lines.push({ cells, quoted, start, end, ending, line: at });
    line++;
  }
  return lines;
}
