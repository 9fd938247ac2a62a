import type Dexie from 'dexie';
import { PactsheetDB } from './schema';

export const db = new PactsheetDB();

/**
 * Opens the database if it is not open. Dexie opens it by itself for the first query, but not
 * again once an open has failed: after the browser deleted the database under the page, say, or
 * while the disk was too full to open it.
 */
export async function reopen(database: Dexie = db): Promise<void> {
  if (!database.isOpen()) await database.open();
}
