import { describe, expect, it } from 'vitest';
import { applyChange, invert, isEditOnly, type Change } from '../../../src/lib/domain/changes';
import type { DatasetMeta } from '../../../src/lib/domain/dataset';
import { encodeDataset } from '../../../src/lib/domain/file-encode';
import { appendColumns, applyColumns } from '../../../src/lib/domain/header-change';
import { PagedRows } from '../../../src/lib/domain/paged-rows';
import type { Row } from '../../../src/lib/domain/row';

const meta = (header: string[]): DatasetMeta => ({
  name: 'x',
  header,
  dialect: { encoding: 'utf-8', bom: false, delimiter: '\t', lineEnding: '\n', finalNewline: true, quoting: 'raw' },
  nextRowId: 4,
  importedAt: '2026-11-28T00:00:00.000Z',
});

/** Three rows: a full one, a short one (a spreadsheet left out its empty last cell), one nobody touches. */
const start = (): Row[] => [
  { id: 1, cells: ['a', 'b'] },
  { id: 2, cells: ['c'] },
  { id: 3, cells: ['e', 'f'], form: { flip: [0] } },
];

/** Adds "Email" after A, B with values for rows 1 and 2, as a merge does. */
const addEmail: Change = {
  removed: [],
  added: [],
  edits: [
    { id: 1, column: 2, before: '', after: 'one@x' },
    { id: 2, column: 2, before: '', after: 'two@x' },
  ],
  columns: { removed: [], added: [{ at: 2, name: 'Email' }], rows: [{ id: 1, length: 2 }, { id: 2, length: 1 }], widest: 2 },
};

describe('a column added to the header', () => {
  it('appends the name to the header and writes its values into the rows', () => {
    const paged = PagedRows.fromRows(start());
    applyChange(paged, addEmail);
    expect(applyColumns(meta(['A', 'B']), addEmail.columns).header).toEqual(['A', 'B', 'Email']);
    expect(paged.all().map((r) => r.cells)).toEqual([['a', 'b', 'one@x'], ['c', '', 'two@x'], ['e', 'f']]);
  });

  it('is not an edit only: a conflicting write elsewhere cannot be rebased onto it', () => {
    expect(isEditOnly(addEmail)).toBe(false);
  });

  it('is undone to the very rows and header there were, a short row short again', () => {
    const paged = PagedRows.fromRows(start());
    applyChange(paged, addEmail);
    const undo = invert(addEmail);
    applyChange(paged, undo);
    expect(applyColumns(applyColumns(meta(['A', 'B']), addEmail.columns), undo.columns).header).toEqual(['A', 'B']);
    expect(paged.all()).toEqual(start());
  });

  it('is redone after its undo', () => {
    const paged = PagedRows.fromRows(start());
    applyChange(paged, addEmail);
    applyChange(paged, invert(addEmail));
    applyChange(paged, invert(invert(addEmail)));
    expect(paged.all().map((r) => r.cells)).toEqual([['a', 'b', 'one@x'], ['c', '', 'two@x'], ['e', 'f']]);
  });

  it('keeps text typed into the column meanwhile when it is undone (nothing dropped silently)', () => {
    const paged = PagedRows.fromRows(start());
    applyChange(paged, addEmail);
    paged.update({ id: 2, cells: ['c', '', 'two@x', 'typed elsewhere'] });
    applyChange(paged, invert(addEmail));
    expect(paged.get(2)?.cells).toEqual(['c', '', '', 'typed elsewhere']);
  });

  it('leaves no empty column behind when a cell typed into it and undone padded another row', () => {
    const paged = PagedRows.fromRows(start());
    applyChange(paged, addEmail);
    const typed: Change = { removed: [], added: [], edits: [{ id: 3, column: 2, before: '', after: 'typed' }] };
    applyChange(paged, typed);
    applyChange(paged, invert(typed));
    expect(paged.get(3)?.cells).toEqual(['e', 'f', '']);
    applyChange(paged, invert(addEmail));
    expect(paged.all().map((r) => r.cells)).toEqual(start().map((r) => r.cells));
  });

  it('exports untouched rows byte for byte, and the new column in the header', () => {
    const before = new TextDecoder().decode(encodeDataset(meta(['A', 'B']), [start()]).bytes);
    const paged = PagedRows.fromRows(start());
    applyChange(paged, addEmail);
    const after = new TextDecoder().decode(encodeDataset(applyColumns(meta(['A', 'B']), addEmail.columns), paged.allPages()).bytes);
    expect(after).toBe('A\tB\tEmail\na\tb\tone@x\nc\t\ttwo@x\n"e"\tf\n');
    expect(after.split('\n')[3]).toBe(before.split('\n')[3]);
  });

  it('leaves cells a ragged row carries past the header as unnamed columns before the new one', () => {
    expect(appendColumns(2, 4, ['Email'])).toEqual([
      { at: 2, name: '' },
      { at: 3, name: '' },
      { at: 4, name: 'Email' },
    ]);
    expect(appendColumns(2, 1, ['Email', 'Phone'])).toEqual([
      { at: 2, name: 'Email' },
      { at: 3, name: 'Phone' },
    ]);
  });

  it('takes out only the column it names when the header changed meanwhile', () => {
    expect(applyColumns(meta(['A', 'B', 'Other']), { removed: [{ at: 2, name: 'Email' }], added: [], rows: [], widest: 2 }).header).toEqual(['A', 'B', 'Other']);
  });
});
