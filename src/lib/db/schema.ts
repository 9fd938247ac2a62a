import Dexie, { type EntityTable, type Table } from 'dexie';
import type { DatasetMeta } from '../domain/dataset';
import type { Row } from '../domain/row';
import type { LogEntry } from '../domain/change-log';
import type { PageSearch } from '../domain/search';

/**
 * What is stored where (this browser's IndexedDB, database "pactsheet"; nothing leaves the device):
 * - datasets: one object per dataset: header, dialect, name. The open dataset has id "current".
 * - pages:    its rows, in pages of ~1,000 (see domain/paged-rows.ts for why), keyed by
 *             [dataset, index]; document order is page index, then position in the page.
 * - settings: small user preferences by key (e.g. the renewal window).
 * - searches: each page's folded search text (domain/search.ts) and sort keys
 *             (domain/column-keys.ts), derived from its rows, so that a reload searches and sorts
 *             at once. Made after an import, dropped when its page is rewritten or deleted; a
 *             missing one is made again (see domain/search.ts joinSearch).
 * - changes:  the change log (domain/change-log.ts), one entry per change, appended in the same
 *             transaction as the change's write; an import is one entry.
 * - bases:    what each export wrote (header, row ids, cells gzipped), keyed by the export id its
 *             file name carries: the base a returned file is merged against. The last 20 are kept.
 */
export interface StoredDataset extends DatasetMeta {
  id: string;
}

export interface StoredPage {
  dataset: string;
  index: number;
  rows: Row[];
}

export interface StoredSearch {
  dataset: string;
  index: number;
  search: PageSearch;
}

export interface Setting {
  key: string;
  value: unknown;
}

export interface StoredLogEntry extends LogEntry {
  seq?: number;
  dataset: string;
}

export interface StoredBase {
  /** The short export id in the exported file's name. */
  id: string;
  dataset: string;
  /** ISO time of the export. */
  exportedAt: string;
  /** The dataset's `importedAt` then: a base of a dataset since replaced is not this one's. */
  importedAt: string;
  /** The dataset's stamp then: while it is still the stamp, the stored rows are this base. */
  stamp?: string;
  fileName: string;
  header: string[];
  ids: number[];
  /** The rows' cells as JSON, gzipped: a 100,000-row base is ~2 MB instead of ~15. */
  cells: ArrayBuffer;
}

export class PactsheetDB extends Dexie {
  datasets!: EntityTable<StoredDataset, 'id'>;
  pages!: Table<StoredPage, [string, number]>;
  settings!: EntityTable<Setting, 'key'>;
  searches!: Table<StoredSearch, [string, number]>;
  changes!: Table<StoredLogEntry, number>;
  bases!: EntityTable<StoredBase, 'id'>;

  constructor(name = 'pactsheet') {
    // Strict durability: an edit the UI reports as saved must survive the browser being killed.
    super(name, { chromeTransactionDurability: 'strict' });
    // Released versions are never edited: a schema change is a new version with an upgrade.
    this.version(1).stores({
      datasets: '&id',
      pages: '&[dataset+index]',
      settings: '&key',
    });
    // Version 2 adds the pages' search texts; nothing to convert, a missing one is made again.
    this.version(2).stores({ searches: '&[dataset+index]' });
    // Version 3 adds the change log; data from before it simply has no history yet.
    this.version(3).stores({ changes: '++seq, dataset' });
    // Version 4 adds the bases of exports; data from before it has none, and merges two-way.
    this.version(4).stores({ bases: '&id, exportedAt' });
  }
}
