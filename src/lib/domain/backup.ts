import type { DatasetMeta } from './dataset';
import type { Dialect } from './dialect';
import type { Row } from './row';

/**
 * A backup is everything Pactsheet knows about a dataset in one JSON file: rows with their ids,
 * header, dialect (so exports after a restore are byte-identical), history stamps and settings.
 */
export const BACKUP_FORMAT = 'pactsheet-backup';
export const BACKUP_VERSION = 1;

export interface Backup {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  savedAt: string;
  meta: DatasetMeta;
  rows: Row[];
  settings: Record<string, unknown>;
}

export function makeBackup(meta: DatasetMeta, rows: Row[], settings: Record<string, unknown>, now: Date): Backup {
  return { format: BACKUP_FORMAT, version: BACKUP_VERSION, savedAt: now.toISOString(), meta, rows, settings };
}

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const isStringArray = (x: unknown): x is string[] => Array.isArray(x) && x.every((s) => typeof s === 'string');

function isDialect(x: unknown): x is Dialect {
  return (
    isObject(x) &&
    ['utf-8', 'utf-16le', 'utf-16be', 'windows-1252', 'windows-1254'].includes(x.encoding as string) &&
    typeof x.bom === 'boolean' &&
    ['\n', '\r\n', '\r'].includes(x.lineEnding as string) &&
    (x.quoting === 'raw' || x.quoting === 'excel') &&
    typeof x.finalNewline === 'boolean'
  );
}

function isMeta(x: unknown): x is DatasetMeta {
  return (
    isObject(x) &&
    typeof x.name === 'string' &&
    isStringArray(x.header) &&
    isDialect(x.dialect) &&
    Number.isSafeInteger(x.nextRowId) &&
    typeof x.importedAt === 'string'
  );
}

function isRow(x: unknown): x is Row {
  return isObject(x) && Number.isSafeInteger(x.id) && isStringArray(x.cells);
}

/** A backup file, checked field by field: it comes from outside and may be anything. */
export function readBackup(text: string): { ok: true; backup: Backup } | { ok: false; message: string } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, message: 'This is not a Pactsheet backup: it is not JSON.' };
  }
  if (!isObject(data) || data.format !== BACKUP_FORMAT) {
    return { ok: false, message: 'This is not a Pactsheet backup (use "Import" for TSV files).' };
  }
  if (data.version !== BACKUP_VERSION) {
    return { ok: false, message: `This backup was made by a newer Pactsheet (format ${String(data.version)}); update the app first.` };
  }
  if (!isMeta(data.meta) || !Array.isArray(data.rows) || !isObject(data.settings)) {
    return { ok: false, message: 'This Pactsheet backup is damaged: its dataset description is missing or malformed.' };
  }
  const bad = data.rows.findIndex((row) => !isRow(row));
  if (bad !== -1) return { ok: false, message: `This Pactsheet backup is damaged: row ${bad + 1} is malformed.` };
  const ids = new Set((data.rows as Row[]).map((row) => row.id));
  if (ids.size !== data.rows.length) return { ok: false, message: 'This Pactsheet backup is damaged: two rows share an id.' };
  return { ok: true, backup: data as unknown as Backup };
}

/** What the app's main thread needs to know about a backup before restoring it: everything but its rows. */
export interface BackupSummary {
  /** The dataset's name, as its title bar showed it. */
  name: string;
  rowCount: number;
  columnCount: number;
  /** When the backup was made (ISO time). */
  savedAt: string;
}

export function summariseBackup({ meta, rows, savedAt }: Backup): BackupSummary {
  return { name: meta.name, rowCount: rows.length, columnCount: meta.header.length, savedAt };
}
