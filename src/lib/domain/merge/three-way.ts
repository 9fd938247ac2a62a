import { mapColumns } from '../columns';
import { cellOf, type Row } from '../row';
import { alignColumns, project } from './columns';
import { detectTransform, NO_TRANSFORM, restore, sameUnder, type ColumnTransform } from './excel';
import { matchRows, type KeyColumns } from './match';
import type { AddedValues, Conflict, MergeChange, MergePlan, Outcome, RowOutcome } from './plan';

export interface Base {
  header: readonly string[];
  /** Rows as exported, with the ids they had then: our row with that id is the same agreement. */
  rows: readonly Row[];
}

export interface MergeInput {
  header: readonly string[];
  mine: readonly Row[];
  base: Base | null;
  theirs: { header: readonly string[]; rows: readonly (readonly string[])[] };
}

/** The triple of one agreement being merged; `base` is empty cells for a row both sides added. */
interface Triple {
  base?: readonly string[];
  baseIndex?: number;
  mine?: Row;
  theirs?: readonly string[];
  theirsIndex?: number;
}

/**
 * The three-way merge of a returned file: cells changed only there are taken, changed only here
 * are kept, changed alike are no conflict, changed differently are a conflict; a row removed on
 * one side and edited on the other is a conflict either way. Pure: the review decides the rest.
 */
export function planMerge({ header, mine, base, theirs }: MergeInput, { outcomes = true }: { outcomes?: boolean } = {}): MergePlan {
  const width = header.length;
  const map = mapColumns(header);
  const keys: KeyColumns = map;
  const theirCols = alignColumns(header, theirs.header);
  const theirCells = theirs.rows.map((cells) => project(cells, theirCols));
  const mineCells = (row: Row) => Array.from({ length: width }, (_, c) => cellOf(row, c));
  const baseCols = base ? alignColumns(header, base.header) : null;
  const reference = base && baseCols ? base.rows.map((row) => project(row.cells, baseCols)) : mine.map(mineCells);
  const pairs = matchRows(reference, theirCells, keys);
  const no = map.no;
  const renumbered =
    no !== undefined && isRenumbering(theirs.rows, theirCols.ours[no]) && pairs.some(([i, j]) => reference[i][no] !== theirCells[j][no]);
  // A column they dropped, or "No" they renumbered after re-sorting, is left as it is here.
  const dropped = theirCols.ours.map((c, i) => c === undefined || (renumbered && i === no));
  const { differing, rowDiffers } = differingCells(pairs, reference, theirCells, width);
  const transforms: ColumnTransform[] = Array.from({ length: width }, (_, c) =>
    dropped[c]
      ? NO_TRANSFORM
      : detectTransform({ length: pairs.length, base: (k) => reference[pairs[k][0]][c], theirs: (k) => theirCells[pairs[k][1]][c], differing: differing[c] }),
  );
  // By position rather than in maps: both sides have up to 100,000 rows.
  const theirsOf = new Int32Array(reference.length).fill(-1);
  const matchedTheirs = new Uint8Array(theirCells.length);
  for (const [i, j] of pairs) {
    theirsOf[i] = j;
    matchedTheirs[j] = 1;
  }
  const triples: Triple[] = [];
  if (base) {
    // Row ids are small integers: arrays indexed by id are several times faster than maps here
    // (and a stray large id only makes them sparse, never wrong).
    const mineById: (Row | undefined)[] = [];
    for (const row of mine) mineById[row.id] = row;
    const baseIds: (true | undefined)[] = [];
    reference.forEach((cells, i) => {
      const id = base.rows[i].id;
      baseIds[id] = true;
      const j = theirsOf[i];
      triples.push({ base: cells, baseIndex: i, mine: mineById[id], theirs: j < 0 ? undefined : theirCells[j], theirsIndex: j < 0 ? undefined : j });
    });
    // Rows added on both sides since the export: the same agreement is one row.
    const mineAdded = mine.filter((row) => !baseIds[row.id]);
    const theirsAdded: number[] = [];
    for (let j = 0; j < theirCells.length; j++) if (!matchedTheirs[j]) theirsAdded.push(j);
    const both = matchRows(mineAdded.map(mineCells), theirsAdded.map((j) => theirCells[j]), keys);
    const pairedMine = new Set(both.map(([i]) => i));
    const pairedTheirs = new Set(both.map(([, k]) => k));
    const empty = Array<string>(width).fill('');
    for (const [i, k] of both) triples.push({ base: empty, mine: mineAdded[i], theirs: theirCells[theirsAdded[k]], theirsIndex: theirsAdded[k] });
    mineAdded.forEach((row, i) => pairedMine.has(i) || triples.push({ mine: row }));
    theirsAdded.forEach((j, k) => pairedTheirs.has(k) || triples.push({ theirs: theirCells[j], theirsIndex: j }));
  } else {
    mine.forEach((row, i) => {
      const j = theirsOf[i];
      triples.push({ mine: row, theirs: j < 0 ? undefined : theirCells[j], theirsIndex: j < 0 ? undefined : j });
    });
    theirCells.forEach((cells, j) => matchedTheirs[j] || triples.push({ theirs: cells, theirsIndex: j }));
  }

  // Where a row only their file has goes: below our row for the nearest row above it in the file.
  const mineOfTheirs = new Float64Array(theirCells.length).fill(-1);
  for (const t of triples) if (t.theirsIndex !== undefined && t.mine) mineOfTheirs[t.theirsIndex] = t.mine.id;
  const anchors: (number | undefined)[] = [];
  let last: number | undefined;
  for (let j = 0; j < theirCells.length; j++) {
    anchors.push(last);
    if (mineOfTheirs[j] >= 0) last = mineOfTheirs[j];
  }

  const changes: MergeChange[] = [];
  const conflicts: Conflict[] = [];
  const rows: RowOutcome[] = [];
  const restored = (cells: readonly string[], fill?: readonly string[]) =>
    cells.map((cell, c) => (dropped[c] ? (fill?.[c] ?? '') : restore(cell, transforms[c])));
  for (const t of triples) {
    const outcome = mergeTriple(t);
    if (outcomes) rows.push({ base: t.baseIndex, mine: t.mine?.id, theirs: t.theirsIndex, outcome });
  }

  function mergeTriple({ base: b, baseIndex, mine: m, theirs: th, theirsIndex }: Triple): Outcome {
    const after = theirsIndex === undefined ? undefined : anchors[theirsIndex];
    if (!b) {
      if (m && th) return mergeCells(m, mineCells(m), th, false);
      if (th && theirsIndex !== undefined) {
        const cells = restored(th);
        if (base) changes.push({ kind: 'add', cells, after, theirs: theirsIndex });
        else conflicts.push({ kind: 'row', theirs: cells, after, theirsIndex });
        return base ? 'added' : 'conflict';
      }
      if (m && !base) {
        conflicts.push({ kind: 'row', id: m.id, mine: mineCells(m) });
        return 'conflict';
      }
      return 'unchanged';
    }
    // Their row as exported, cell for cell (the usual row): whatever changed here is kept.
    if (m && th) return baseIndex !== undefined && !rowDiffers[baseIndex] ? 'unchanged' : mergeCells(m, b, th, true);
    if (m) {
      const mineChanged = b.some((cell, c) => cellOf(m, c) !== cell);
      if (mineChanged) conflicts.push({ kind: 'row', id: m.id, base: [...b], mine: mineCells(m) });
      else changes.push({ kind: 'delete', id: m.id, cells: mineCells(m) });
      return mineChanged ? 'conflict' : 'deleted';
    }
    if (th && b.some((cell, c) => !dropped[c] && !sameUnder(cell, th[c], transforms[c]))) {
      conflicts.push({ kind: 'row', base: [...b], theirs: restored(th, b), after, theirsIndex });
      return 'conflict';
    }
    return 'deleted';
  }

  function mergeCells(m: Row, b: readonly string[], th: readonly string[], threeWay: boolean): Outcome {
    let outcome: Outcome = 'unchanged';
    for (let c = 0; c < width; c++) {
      const B = b[c];
      const T = dropped[c] ? B : th[c];
      const tr = transforms[c];
      if (sameUnder(B, T, tr)) continue;
      const M = cellOf(m, c);
      const after = restore(T, tr);
      if (M === after || sameUnder(M, T, tr)) continue;
      if (threeWay && M === B) {
        changes.push({ kind: 'edit', id: m.id, column: c, before: M, after });
        if (outcome === 'unchanged') outcome = 'edited';
      } else {
        conflicts.push({ kind: 'cell', id: m.id, column: c, ...(threeWay ? { base: B } : {}), mine: M, theirs: after });
        outcome = 'conflict';
      }
    }
    return outcome;
  }

  // A column they added: its texts for rows both have, and for rows only they have (if added).
  const addedValues = theirCols.extra.map((c): AddedValues => {
    const values: AddedValues = { mine: [], theirs: [] };
    for (const { mine: m, theirsIndex: j } of triples) {
      const text = j === undefined ? '' : (theirs.rows[j][c] ?? '');
      if (text === '') continue;
      if (m) values.mine.push([m.id, text]);
      else values.theirs.push([j!, text]);
    }
    return values;
  });

  return {
    changes,
    conflicts,
    addedColumns: theirCols.extra.map((c) => theirs.header[c]),
    addedValues,
    droppedColumns: header.filter((_, c) => theirCols.ours[c] === undefined),
    reformatted: transforms.flatMap((tr, column) => [
      ...(renumbered && column === no ? [{ column, what: 'numbering' as const }] : []),
      ...(tr.dates ? [{ column, what: 'dates' as const }] : []),
      ...(tr.zeros ? [{ column, what: 'zeros' as const }] : []),
    ]),
    rows,
    twoWay: base === null,
  };
}

/**
 * For each column, the matched pairs (by index into `pairs`) whose cells differ, and for each row
 * of `reference` whether its pair differs in any cell: one pass over the rows.
 */
function differingCells(
  pairs: readonly (readonly [number, number])[],
  reference: readonly (readonly string[])[],
  theirCells: readonly (readonly string[])[],
  width: number,
): { differing: number[][]; rowDiffers: Uint8Array } {
  const differing = Array.from({ length: width }, (): number[] => []);
  const rowDiffers = new Uint8Array(reference.length);
  for (let k = 0; k < pairs.length; k++) {
    const [i, j] = pairs[k];
    const ours = reference[i];
    const theirs = theirCells[j];
    if (ours === theirs) continue;
    for (let c = 0; c < width; c++)
      if (ours[c] !== theirs[c]) {
        differing[c].push(k);
        rowDiffers[i] = 1;
      }
  }
  return { differing, rowDiffers };
}

/**
 * Whether their "No" column counts 1, 2, 3… down the file: re-sorted and renumbered, so its
 * numbers say where rows stand in their copy, not an edit to take (our order stays ours).
 */
function isRenumbering(rows: readonly (readonly string[])[], column: number | undefined): boolean {
  if (column === undefined || rows.length < 2) return false;
  let expected = 1;
  for (const cells of rows) {
    const text = (cells[column] ?? '').trim();
    if (text === '') continue;
    if (Number(text) !== expected) return false;
    expected++;
  }
  return expected > 2;
}
