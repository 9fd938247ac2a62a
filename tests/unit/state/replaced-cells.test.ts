import { describe, expect, it } from 'vitest';
import { PagedRows } from '../../../src/lib/domain/paged-rows';
import { replacedCellsMessage } from '../../../src/lib/state/replaced-cells';

const header = ['No', 'Partner', ''];
const rows = PagedRows.fromRows([
  { id: 1, cells: ['1', 'Leuven', 'x'] },
  { id: 2, cells: ['2', 'Riga', 'y'] },
]);

describe('replacedCellsMessage', () => {
  it('says nothing when every value typed here is still there', () => {
    expect(replacedCellsMessage([{ id: 1, column: 1, value: 'Leuven' }], rows, header)).toBeNull();
  });

  it('names one replaced cell', () => {
    expect(replacedCellsMessage([{ id: 1, column: 1, value: 'KU Leuven' }], rows, header)).toBe(
      'Another tab changed a cell you had edited: Partner is now "Leuven" (you had typed "KU Leuven").',
    );
  });

  it('names the first three, deleted rows and unnamed columns included, and counts the rest', () => {
    const mine = [
      { id: 9, column: 1, value: 'Kyiv' },
      { id: 2, column: 2, value: 'z' },
      { id: 1, column: 0, value: '10' },
      { id: 2, column: 0, value: '20' },
    ];
    expect(replacedCellsMessage(mine, rows, header)).toBe(
      'Another tab changed 4 cells you had edited: a row where you had typed "Kyiv" in Partner was deleted; ' +
        'column 3 is now "y" (you had typed "z"); No is now "1" (you had typed "10"), and 1 more.',
    );
  });
});
