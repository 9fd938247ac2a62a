/**
 * A block of cells on the clipboard, as the text Excel and Google Sheets read and write: rows
 * separated by line breaks, cells by tabs, and a cell holding a tab, line break or `"` wrapped in
 * quotes Excel-style. Written with the export codec (tsv-encode.ts), so what goes onto the
 * clipboard is formula-safe exactly as an exported file is.
 */
import { NEW_DIALECT, type Dialect } from './dialect';
import { encodeTable } from './tsv-encode';

export type Block = string[][];

/** Excel's own clipboard text: CRLF, Excel quoting. */
const CLIPBOARD: Dialect = { ...NEW_DIALECT, encoding: 'utf-8', bom: false, quoting: 'excel', lineEnding: '\r\n' };

export interface EncodedBlock {
  text: string;
  /** Cells given a leading `'` so a spreadsheet does not run them as formulas. */
  neutralised: number;
}

/**
 * A block → clipboard text. Like Excel, each row ends with a line break, so a pasting spreadsheet
 * sees where the last row ends; one cell alone goes without one, so it pastes into a text field as
 * just its text.
 */
export function encodeBlock(block: Block): EncodedBlock {
  if (block.length === 0) return { text: '', neutralised: 0 };
  const single = block.length === 1 && block[0].length === 1;
  const [first, ...rest] = block;
  const { bytes, neutralised } = encodeTable(first, rest, { ...CLIPBOARD, finalNewline: !single });
  return { text: new TextDecoder().decode(bytes), neutralised };
}

const LINE_END = /\r\n|\n|\r/;

/**
 * Clipboard text → block. Quotes are read Excel-style only when the whole text is shaped as Excel
 * writes it; otherwise every `"` is literal (a Google Sheets cell like `"EDUCA" LLP` copied raw),
 * the same rule the importer follows for a whole file. One final line break ends the last row
 * rather than starting an empty one.
 */
export function parseBlock(text: string): Block {
  if (text === '') return [];
  const body = text.replace(/(\r\n|\n|\r)$/, '');
  return (body.includes('"') ? parseQuoted(body) : null) ?? body.split(LINE_END).map((line) => line.split('\t'));
}

/** Excel-quoted text → block, or null when a quote is not where Excel would put one. */
function parseQuoted(text: string): Block | null {
  const rows: Block = [];
  let row: string[] = [];
  let i = 0;
  const n = text.length;
  for (;;) {
    let cell: string;
    if (text[i] === '"') {
      let j = i + 1;
      cell = '';
      for (;;) {
        const q = text.indexOf('"', j);
        if (q === -1) return null; // unterminated: the quotes were literal after all
        cell += text.slice(j, q);
        if (text[q + 1] === '"') {
          cell += '"';
          j = q + 2;
        } else {
          i = q + 1;
          break;
        }
      }
      if (i < n && text[i] !== '\t' && text[i] !== '\n' && text[i] !== '\r') return null;
    } else {
      let j = i;
      while (j < n && text[j] !== '\t' && text[j] !== '\n' && text[j] !== '\r') j++;
      cell = text.slice(i, j);
      if (cell.includes('"')) return null; // Excel would have quoted it
      i = j;
    }
    row.push(cell);
    if (i >= n) break;
    if (text[i] === '\t') i++;
    else {
      i += text[i] === '\r' && text[i + 1] === '\n' ? 2 : 1;
      rows.push(row);
      row = [];
    }
  }
  rows.push(row);
  return rows;
}

/** How many cells a block holds. */
export const blockSize = (block: Block): number => block.reduce((sum, row) => sum + row.length, 0);
