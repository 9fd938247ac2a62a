import type { LogEntry } from '../domain/change-log';
import type { BackupSummary } from '../domain/backup';
import type { Change } from '../domain/changes';
import type { DatasetMeta } from '../domain/dataset';
import type { Delimiter } from '../domain/dialect';
import type { EncodeResult } from '../domain/tsv-encode';
import type { ImportError, TableSummary } from '../domain/import-result';
import type { Row } from '../domain/row';
import type { SearchText } from '../domain/search';
import type { MergePlan } from '../domain/merge/plan';
import type { Said } from '../text/messages';

/**
 * Messages between the app and the data worker, which does the heavy, all-rows work off the main
 * thread: parsing a file, storing it, writing each change, and reading the stored rows back out
 * as a TSV. A file that replaces the data (an import, a backup) is read first and kept in the
 * worker until the user answers: nothing is written before they choose Replace.
 */
export type DataRequest =
  /** The file itself, a handle: the worker reads its bytes, so a 50 MB read never blocks the page. */
  | { type: 'parse'; file: Blob }
  /** Makes the last successful parse a dataset (ids, pages, metadata), ready to show and store. */
  | { type: 'prepare'; fileName: string; now: number; stamp: string }
  /** Pages of the prepared dataset, for the app to show while it is being stored. */
  | { type: 'pages'; from: number; count: number }
  /** Stores the prepared dataset as the current one, keeping the previous one as the snapshot. */
  | { type: 'store' }
  /** Forgets the file read last (parsed or backup): the user chose Cancel. */
  | { type: 'discard' }
  /** The search text of the dataset with this stamp: the last import's, or read from storage. */
  | { type: 'index'; stamp: string }
  /** `data`: the app's own rows, when it holds the only copy; otherwise the stored dataset. */
  /** `base`: keep what is exported as the base of later merges, under this export id. */
  | { type: 'export'; data?: HeldData; base?: { id: string; now: number; fileName: string }; as?: Delimiter }
  | { type: 'backup'; now: number; data?: HeldData }
  /** Swaps the current dataset and the one the last replacing import or restore displaced. */
  | { type: 'restore-snapshot'; stamp: string; now: number }
  /** Stores a whole dataset the app holds (stored again after a loss, or a register started here). */
  | { type: 'store-all'; meta: DatasetMeta; pages: readonly (readonly Row[])[]; keepSnapshot: boolean; log?: LogEntry }
  | { type: 'setting'; key: string; value: unknown }
  /** Records an export's time without a new stamp: other tabs need not reload their rows. */
  | { type: 'mark-exported'; exportedAt: string }
  /** Reads and checks a backup file, and keeps it until it is restored or discarded. */
  | { type: 'readBackup'; file: Blob }
  /** Restores the backup read last as the current dataset, keeping the previous one as the snapshot. */
  | { type: 'restore'; stamp: string; now: number; fileName: string }
  /** Opens the database ahead of the first write, which would otherwise wait for it. */
  | { type: 'open' }
  /** Closes it, once the app has flushed its writes, so that another tab can upgrade it. */
  | { type: 'close' }
  /** Applies a change the app made in memory to the stored pages it touched (see writeChange). */
  | { type: 'write'; meta: DatasetMeta; change: Change; pages: number[]; expectedStamp: string | undefined; log: LogEntry }
  /** Reads the stored dataset into the worker ahead of a file being brought in, which may be merged into it. */
  | { type: 'hold' }
  /** Plans merging the file parsed last into the stored dataset, against the base of its export. */
  | { type: 'merge'; fileName: string };

export type DataResponse =
  | { type: 'parsed'; summary: TableSummary }
  | { type: 'refused'; error: ImportError }
  | { type: 'prepared'; meta: DatasetMeta; pageCount: number }
  | { type: 'pages'; pages: Row[][] }
  | { type: 'stored'; rows: number }
  | { type: 'index'; stamp: string; search: SearchText }
  | { type: 'backup'; bytes: ArrayBuffer }
  | { type: 'backupRead'; summary: BackupSummary }
  | { type: 'exported'; bytes: ArrayBuffer; rows: number } & Omit<EncodeResult, 'bytes'>
  | { type: 'open' }
  | { type: 'closed' }
  /** The worker holds the stored dataset (or there is none). */
  | { type: 'held' }
  /** The change (or setting, or export time) is durably stored. */
  | { type: 'written' }
  /** Another tab wrote since `expectedStamp`: nothing was written. */
  | { type: 'conflict' }
  /** `reason` is data (a catalogue key and parameters): the page words it in its language. */
  | { type: 'failed'; reason: Said }
  /** What merging would do; nothing is written until the app commits the change it makes of it. */
  | { type: 'merge-plan'; plan: MergePlan; base: MergeBase | null };

/** The export a returned file was compared with, as the review names it. */
export interface MergeBase {
  id: string;
  exportedAt: string;
  fileName: string;
}

/** A dataset as the app holds it in memory. */
export interface HeldData {
  meta: DatasetMeta;
  pages: readonly (readonly Row[])[];
}

export interface Envelope<T> {
  id: number;
  body: T;
}
