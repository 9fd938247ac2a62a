import type { Block } from '../../domain/clipboard-block';

/**
 * The first table of clipboard HTML (what Google Sheets puts there beside its text) as a block.
 * DOMParser makes an inert document: no script runs and nothing is fetched. A merged cell
 * (colspan) takes its first position and leaves the others empty, as Sheets pastes it.
 */
export function tableBlock(html: string): Block | null {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const table = doc.querySelector('table');
  if (!table) return null;
  const block: Block = [];
  for (const tr of table.querySelectorAll('tr')) {
    const row: string[] = [];
    for (const cell of tr.querySelectorAll('td, th')) {
      for (const br of cell.querySelectorAll('br')) br.replaceWith('\n');
      row.push(cell.textContent ?? '');
      const span = Number(cell.getAttribute('colspan') ?? 1);
      for (let i = 1; i < span && i < 1000; i++) row.push('');
    }
    block.push(row);
  }
  return block.length > 0 ? block : null;
}
