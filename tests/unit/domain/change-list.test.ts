import { describe, expect, it } from 'vitest';
import { wholeDatasetEntry, type LogEntry } from '../../../src/lib/domain/change-log';
import { ChangeLines, changesTsv, eventText, sinceExport, sourceText } from '../../../src/lib/domain/change-list';
import { NEW_DIALECT } from '../../../src/lib/domain/dialect';
import type { Row } from '../../../src/lib/domain/row';
import { netChanges } from '../../../src/lib/domain/net-changes';

const HEADER = ['No', 'Partner', 'Registration number'];
const local = (minute: number) => new Date(2026, 10, 30, 9, minute, 0).toISOString();
const edit = (minute: number, id: number, column: number, before: string, after: string, source: LogEntry['source'] = 'edited'): LogEntry => ({
  at: local(minute),
  source,
  edits: [{ id, column, before, after }],
  added: [],
  removed: [],
});
const imported = wholeDatasetEntry('imported', 74, new Date(local(0)), 'partner-agreements.tsv');

describe('the changes since the last export', () => {
  const log = [edit(30, 1, 1, 'b', 'c'), edit(20, 1, 1, 'a', 'b'), edit(10, 2, 1, 'x', 'y'), imported];

  it('are the entries newer than the export, newest first', () => {
    expect(sinceExport(log, local(15))).toEqual(log.slice(0, 2));
  });

  it('reach back to the import, and no further, when nothing was exported since', () => {
    expect(sinceExport([...log, edit(-5, 9, 1, 'old', 'older')], undefined)).toEqual(log);
    expect(sinceExport(log, local(-10))).toEqual(log);
  });
});

describe('change lines', () => {
  const rows = new Map<number, Row>([[1, { id: 1, cells: ['1', 'Dortmund', 'R-1'] }]]);
  const lines = () => new ChangeLines((id) => rows.get(id));

  it('lists each cell, newest first, naming the agreement as it is now', () => {
    const made = lines().add([edit(2, 1, 1, 'Dortmund U', 'Dortmund'), edit(1, 1, 2, '', 'R-1')]);
    expect(made.map((l) => (l.kind === 'cell' ? [l.row?.cells[1], l.column, l.before, l.after, sourceText(l)] : l.kind))).toEqual([
      ['Dortmund', 1, 'Dortmund U', 'Dortmund', 'edited here'],
      ['Dortmund', 2, '', 'R-1', 'edited here'],
    ]);
  });

  it('names a row deleted since from the deletion, across pages', () => {
    const gone: Row = { id: 5, cells: ['5', 'Ankara', 'R-5'] };
    const maker = lines();
    const first = maker.add([{ at: local(9), source: 'edited', edits: [], added: [], removed: [gone] }]);
    const second = maker.add([edit(8, 5, 1, 'Ankra', 'Ankara')]);
    expect(first.map((l) => [l.kind, eventText(l)])).toEqual([['removed', 'Agreement deleted']]);
    expect(second[0].kind === 'cell' && second[0].row).toEqual(gone);
  });

  it('is one line for an import, and past it ids no longer name rows of today', () => {
    const made = lines().add([imported, edit(-1, 1, 1, 'p', 'q')]);
    expect(eventText(made[0])).toBe('Imported 74 agreements from partner-agreements.tsv');
    expect(sourceText(made[0])).toBe('imported');
    expect(made[1].kind === 'cell' && made[1].row).toBeUndefined();
  });

  it('says where a merge came from', () => {
    expect(sourceText({ source: 'merged', file: 'back.tsv' })).toBe('merged from back.tsv');
    expect(sourceText({ source: 'undone' })).toBe('undone');
  });
});

describe('"what I changed" as a TSV', () => {
  it('writes one line per change in the register dialect, with formulas neutralised', () => {
    const rows = new Map<number, Row>([[1, { id: 1, cells: ['1', '=HYPERLINK("x")', 'R-1'] }]]);
    const made = new ChangeLines((id) => rows.get(id)).add([
      edit(5, 1, 1, 'Dortmund', '=HYPERLINK("x")'),
      { at: local(4), source: 'edited', edits: [], added: [{ id: 9, cells: ['9', 'Bremen', ''] }], removed: [] },
      imported,
    ]);
    const { bytes, neutralised } = changesTsv(made, HEADER, NEW_DIALECT);
    expect(new TextDecoder().decode(bytes)).toBe(
      [
        'When\tPartner\tRegistration number\tColumn\tOld value\tNew value\tWhere from',
        `2026-11-30 09:05:00\t"'=HYPERLINK(""x"")"\tR-1\tPartner\tDortmund\t"'=HYPERLINK(""x"")"\tedited here`,
        '2026-11-30 09:04:00\tBremen\t\tAgreement added\t\t\tedited here',
        '2026-11-30 09:00:00\t\t\tImported 74 agreements from partner-agreements.tsv\t\t\timported',
        '',
      ].join('\r\n'),
    );
    expect(neutralised).toBe(2);
  });
});

describe('the changes since the last export, as they add up', () => {
  const rows = new Map<number, Row>([
    [1, { id: 1, cells: ['1', 'Dortmund', 'R-1'] }],
    [7, { id: 7, cells: ['7', 'New partner', 'R-7'] }],
  ]);
  const net = (entries: LogEntry[]) => netChanges(new ChangeLines((id) => rows.get(id)).add(entries));
  const rowEntry = (minute: number, kind: 'added' | 'removed', row: Row, source: LogEntry['source'] = 'edited'): LogEntry => ({
    at: local(minute),
    source,
    edits: [],
    added: kind === 'added' ? [row] : [],
    removed: kind === 'removed' ? [row] : [],
  });
  const shown = (lines: ReturnType<typeof net>) => lines.map((l) => (l.kind === 'cell' ? [l.id, l.column, l.before, l.after, l.source] : [l.kind, l.kind === 'dataset' ? l.rowCount : l.id]));

  it('is one line per cell, from the exported value to today\'s, at its latest change', () => {
    expect(shown(net([edit(30, 1, 1, 'b', 'c', 'fixed'), edit(20, 1, 1, 'a', 'b'), edit(10, 1, 2, 'R', 'R-1')]))).toEqual([
      [1, 1, 'a', 'c', 'fixed'],
      [1, 2, 'R', 'R-1', 'edited'],
    ]);
  });

  it('leaves out a cell back at its exported value, and an undone deletion', () => {
    const row = rows.get(1)!;
    expect(net([edit(30, 1, 1, 'b', 'a', 'undone'), edit(20, 1, 1, 'a', 'b'), rowEntry(12, 'added', row, 'undone'), rowEntry(11, 'removed', row)])).toEqual([]);
  });

  it('leaves out a row added and deleted again, with its edits', () => {
    const added: Row = { id: 9, cells: ['9', 'Gone', ''] };
    expect(net([rowEntry(30, 'removed', added, 'undone'), edit(20, 9, 1, '', 'Gone'), rowEntry(10, 'added', added)])).toEqual([]);
  });

  it('keeps a row added since with its edits, and a row deleted since as its deletion alone', () => {
    const gone: Row = { id: 5, cells: ['5', 'Ankara', 'R-5'] };
    const lines = net([rowEntry(40, 'removed', gone), edit(35, 5, 1, 'Ankra', 'Ankara'), edit(30, 7, 1, '', 'New partner'), rowEntry(20, 'added', rows.get(7)!), imported]);
    expect(shown(lines)).toEqual([['removed', 5], [7, 1, '', 'New partner', 'edited'], ['added', 7], ['dataset', 74]]);
  });
});
