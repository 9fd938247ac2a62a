import type { ChangeLine } from './change-list';

/**
 * The changes since the last export as they add up, for "what I changed": a cell typed over three
 * times is one line from the exported value to today's (at the latest change, with its source); a
 * cell back at its exported value, a row added and deleted again, or a deletion undone is no line.
 * A row added since keeps its "added" line and the edits made to it; a row deleted since is its
 * "deleted" line alone. Lines come and go newest first; whole-dataset lines stay as they are.
 */
export function netChanges(newestFirst: readonly ChangeLine[]): ChangeLine[] {
  // Per row, its "added" and "removed" lines, oldest first: whether it was there at the export
  // (its first such line is a deletion) and is there now (its last is an addition).
  const rowEvents = new Map<number, ChangeLine[]>();
  for (let i = newestFirst.length - 1; i >= 0; i--) {
    const line = newestFirst[i];
    if (line.kind === 'added' || line.kind === 'removed') {
      const events = rowEvents.get(line.id) ?? [];
      events.push(line);
      rowEvents.set(line.id, events);
    }
  }
  const presence = (id: number) => {
    const events = rowEvents.get(id);
    if (!events) return { before: true, now: true };
    return { before: events[0].kind === 'removed', now: events[events.length - 1].kind === 'added' };
  };
  // Per cell, the value at the export: the `before` of its oldest line.
  const exported = new Map<string, string>();
  for (let i = newestFirst.length - 1; i >= 0; i--) {
    const line = newestFirst[i];
    if (line.kind === 'cell' && !exported.has(key(line.id, line.column))) exported.set(key(line.id, line.column), line.before);
  }
  const lines: ChangeLine[] = [];
  const told = new Set<string>();
  for (const line of newestFirst) {
    if (line.kind === 'dataset') {
      lines.push(line);
      continue;
    }
    const { before, now } = presence(line.id);
    if (line.kind === 'cell') {
      // A row deleted since says so by its deletion; one that came and went is no change at all.
      if (!now) continue;
      const cell = key(line.id, line.column);
      if (told.has(cell)) continue;
      told.add(cell);
      const from = exported.get(cell)!;
      if (from !== line.after) lines.push({ ...line, before: from });
      continue;
    }
    if (before === now || told.has(`row:${line.id}`)) continue;
    told.add(`row:${line.id}`);
    lines.push(line);
  }
  return lines;
}

const key = (id: number, column: number) => `${id}:${column}`;
