import type { DatasetMeta } from './dataset';
import type { Dialect } from './dialect';
import type { Row } from './row';
import type { Said } from '../text/messages';

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
export function readBackup(text: string): { ok: true; backup: Backup } | { ok: false; reason: Said } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, reason: { key: 'refusal.backupNotJson' } };
  }
  if (!isObject(data) || data.format !== BACKUP_FORMAT) {
    return { ok: false, reason: { key: 'refusal.notBackup' } };
  }
  if (data.version !== BACKUP_VERSION) {
    return { ok: false, reason: { key: 'refusal.backupNewer', params: { version: String(data.version) } } };
  }
  if (!isMeta(data.meta) || !Array.isArray(data.rows) || !isObject(data.settings)) {
    return { ok: false, reason: { key: 'refusal.backupNoMeta' } };
  }
  const bad = data.rows.findIndex((row) => !isRow(row));
  if (bad !== -1) return { ok: false, reason: { key: 'refusal.backupBadRow', params: { row: bad + 1 } } };
  const ids = new Set((data.rows as Row[]).map((row) => row.id));
  if (ids.size !== data.rows.length) return { ok: false, reason: { key: 'refusal.backupSameId' } };
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
