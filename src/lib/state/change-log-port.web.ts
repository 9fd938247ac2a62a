import { readLogPage, readLogSince } from '../db/change-log-repo';
import { db } from '../db/db';
import type { ChangeLogPort } from './change-log-port';

export const webChangeLog: ChangeLogPort = {
  readPage: (before, limit) => readLogPage(db, before, limit),
  readSince: (exportedAt) => readLogSince(db, exportedAt),
};
