import { db } from '../db/db';
import { readSetting } from '../db/settings-repo';
import { IGNORED_SETTING, type ChecksPort, type IgnoredSetting } from './checks.svelte';
import { webStorage } from './storage-port.web';

const isIgnored = (v: unknown): v is IgnoredSetting =>
  typeof v === 'object' && v !== null && typeof (v as IgnoredSetting).dataset === 'string' &&
  Array.isArray((v as IgnoredSetting).keys) && (v as IgnoredSetting).keys.every((k) => typeof k === 'string');

/** How long after a change the findings list waits before it is made again. */
const SAVE_SETTLES_MS = 150;

function idle(): Promise<IdleDeadline | void> {
  return new Promise((resolve) => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(resolve, { timeout: 2000 });
    else setTimeout(resolve, 200);
  });
}

export const webChecksPort: Omit<ChecksPort, 'stored'> = {
  loadEngine: async () => (await import('./check-engine')).engine,
  readIgnored: () => readSetting<IgnoredSetting | null>(db, IGNORED_SETTING, null, (v): v is IgnoredSetting | null => isIgnored(v)),
  // Written by the data worker, the one writer; read straight from IndexedDB.
  writeIgnored: async (value) => void (await webStorage.request({ type: 'setting', key: IGNORED_SETTING, value })),
  idle,
  // An edit's save is answered in ~20–60 ms at 100,000 rows (`npm run bench`, edit).
  quiet: () => new Promise((resolve) => setTimeout(resolve, SAVE_SETTLES_MS)).then(idle).then(() => undefined),
};
