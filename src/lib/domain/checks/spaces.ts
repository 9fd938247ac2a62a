import { finding, type RowCheck } from './types';

/**
 * Spaces before or after a value, or two in a row: invisible in a cell, but they split a country
 * or partner into two in every filter and count. Any column; the fix trims and collapses them.
 * Tabs and line breaks are content here (a cell may hold them on purpose), so only spaces count.
 */
export const extraSpaces: RowCheck = (row) => {
  const found = [];
  for (let column = 0; column < row.cells.length; column++) {
    const text = row.cells[column];
    if (text.trim() === '' || !(text.startsWith(' ') || text.endsWith(' ') || text.includes('  '))) continue;
    found.push(finding(row, column, 'extra-spaces', 'constraint-error', 'info', {}, text.replace(/ {2,}/g, ' ').replace(/^ +| +$/g, '')));
  }
  return found;
};
