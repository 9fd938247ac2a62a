import type { EncodeResult } from '../domain/tsv-encode';
import type { ImportError, TableSummary } from '../domain/import-result';

/**
 * Messages between the app and the data worker, which does the heavy, all-rows work off the main
 * thread: parsing a file, storing it, and reading the stored rows back out as a TSV.
 */
export type DataRequest =
  | { type: 'parse'; bytes: ArrayBuffer }
  /** Stores the table from the last successful parse as the current dataset. */
  | { type: 'store'; fileName: string; now: number; stamp: string }
  | { type: 'discard' }
  | { type: 'export' }
  | { type: 'backup'; now: number }
  | { type: 'restore'; bytes: ArrayBuffer; stamp: string };

export type DataResponse =
  | { type: 'parsed'; summary: TableSummary }
  | { type: 'refused'; error: ImportError }
  | { type: 'stored'; rows: number }
  | { type: 'backup'; bytes: ArrayBuffer }
  | { type: 'exported'; bytes: ArrayBuffer; rows: number } & Omit<EncodeResult, 'bytes'>
  | { type: 'failed'; message: string };

export interface Envelope<T> {
  id: number;
  body: T;
}
