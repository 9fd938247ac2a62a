import type { PactsheetDB } from './schema';

export async function readSetting<T>(db: PactsheetDB, key: string, fallback: T, isValid: (v: unknown) => v is T): Promise<T> {
  const found = await db.settings.get(key);
  return found && isValid(found.value) ? found.value : fallback;
}

export async function writeSetting(db: PactsheetDB, key: string, value: unknown): Promise<void> {
  await db.settings.put({ key, value });
}
