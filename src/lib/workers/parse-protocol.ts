import type { ImportResult } from '../domain/import-result';

/** Messages between the app and the parse worker. */
export interface ParseRequest {
  id: number;
  bytes: ArrayBuffer;
}

export interface ParseResponse {
  id: number;
  result: ImportResult;
}
