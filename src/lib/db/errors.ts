/**
 * Turns a storage failure into words. Dexie wraps IndexedDB's QuotaExceededError in an
 * AbortError whose `inner` holds the real cause, so we look through the chain. When the disk
 * itself is full, Chromium often fails first while writing a large value to its blob files and
 * reports a DataError or UnknownError mentioning an IOError: for the user that is a full disk too.
 */
interface ErrorLike {
  name?: string;
  message?: string;
  inner?: unknown;
}

export function isStorageFull(error: unknown): boolean {
  for (let e = error as ErrorLike | undefined, depth = 0; e && depth < 5; depth++) {
    if (e.name === 'QuotaExceededError') return true;
    if ((e.name === 'DataError' || e.name === 'UnknownError') && /IOError|Failed to write/i.test(e.message ?? '')) return true;
    e = e.inner as ErrorLike | undefined;
  }
  return false;
}

export function storageErrorMessage(error: unknown, doing: string): string {
  if (isStorageFull(error)) {
    return `Could not ${doing}: this browser's storage is full. Nothing was half-written; free some space on the disk (or export and clear old data) and try again.`;
  }
  const detail = error instanceof Error ? error.message : String(error);
  return `Could not ${doing}: the browser's storage refused it (${detail}).`;
}
