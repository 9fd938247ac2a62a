import type { Said, StorageDoing } from '../text/messages';

/**
 * Turns a storage failure into a message (worded by the page, in its language). Dexie wraps IndexedDB's QuotaExceededError in an
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

/** `doing`: what storage was asked to do, as a code each language words. */
export function storageError(error: unknown, doing: StorageDoing): Said {
  if (isStorageFull(error)) return { key: 'storage.full', params: { doing } };
  // The browser's own words, kept for a bug report: they come in the browser's language, not ours.
  const detail = error instanceof Error ? error.message : String(error);
  return { key: 'storage.refused', params: { doing, detail } };
}
