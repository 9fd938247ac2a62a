import { describe, expect, it } from 'vitest';
import { wholeDatasetEntry, type LogEntry } from '../../../src/lib/domain/change-log';
import { ChangedCells } from '../../../src/lib/domain/changed-cells';
import type { Row } from '../../../src/lib/domain/row';

const at = '2026-11-30T10:00:00.000Z';
const edit = (id: number, column: number, before: string, after: string): LogEntry => ({
  at,
  source: 'edited',
  edits: [{ id, column, before, after }],
  added: [],
  removed: [],
});
const rows = (source: 'added' | 'removed', ...list: Row[]): LogEntry => ({ at, source: 'edited', edits: [], added: source === 'added' ? list : [], removed: source === 'removed' ? list : [] });

describe('cells changed since the last export', () => {
  it('marks an edited cell, remembering what the export held', () => {
    const changed = ChangedCells.fromLog([edit(1, 2, 'Dortmund', 'Dortmund U'), edit(1, 2, 'Dortmund U', 'Dortmund Uni')]);
    expect(changed.has(1, 2)).toBe(true);
    expect(changed.was(1, 2)).toBe('Dortmund');
    expect(changed.has(1, 3)).toBe(false);
    expect(changed.rowIds()).toEqual(new Set([1]));
    expect(changed.size).toBe(1);
  });

  it('leaves no mark for an edit undone or typed back to what it was', () => {
    const changed = ChangedCells.fromLog([edit(1, 2, 'a', 'b'), { ...edit(1, 2, 'b', 'a'), source: 'undone' }, edit(2, 0, 'x', 'y'), edit(2, 0, 'y', 'x')]);
    expect(changed.size).toBe(0);
    expect(changed.rowIds()).toEqual(new Set());
  });

  it('leaves no mark on a row deleted and brought back by undo', () => {
    const row: Row = { id: 7, cells: ['7', 'Ankara'] };
    const changed = ChangedCells.fromLog([rows('removed', row), { ...rows('added', row), source: 'undone' }]);
    expect(changed.size).toBe(0);
  });

  it('marks the filled cells of a row added since, not its empty ones', () => {
    const changed = ChangedCells.fromLog([rows('added', { id: 80, cells: ['70', ''] }), edit(80, 1, '', 'Bremen')]);
    expect([changed.has(80, 0), changed.has(80, 1)]).toEqual([true, true]);
    expect(changed.was(80, 1)).toBe('');
    expect(ChangedCells.fromLog([rows('added', { id: 81, cells: ['', ''] })]).size).toBe(0);
  });

  it('keeps the mark of a row edited, deleted and brought back', () => {
    const changed = ChangedCells.fromLog([edit(3, 1, 'Izmir', 'İzmir'), rows('removed', { id: 3, cells: ['3', 'İzmir'] }), rows('added', { id: 3, cells: ['3', 'İzmir'] })]);
    expect(changed.was(3, 1)).toBe('Izmir');
    expect(changed.has(3, 0)).toBe(false);
  });

  it('treats an import entry as nothing changed', () => {
    expect(ChangedCells.fromLog([wholeDatasetEntry('imported', 74, new Date(at), 'x.tsv')]).size).toBe(0);
  });
});
