/**
 * Turns a storage failure into words. Dexie wraps IndexedDB's QuotaExceededError in an
 * AbortError whose `inner` holds the real cause, so we look through the chain.
 */
export function isQuotaError(error: unknown): boolean {
  for (let e = error as { name?: string; inner?: unknown } | undefined, depth = 0; e && depth < 5; depth++) {
    if (e.name === 'QuotaExceededError') return true;
    e = e.inner as typeof e;
  }
  return false;
}

export function storageErrorMessage(error: unknown, doing: string): string {
  if (isQuotaError(error)) {
    return `Could not ${doing}: this browser's storage is full. Nothing was half-written; free some space (or export and clear old data) and try again.`;
  }
  const detail = error instanceof Error ? error.message : String(error);
  return `Could not ${doing}: the browser's storage refused it (${detail}).`;
}
