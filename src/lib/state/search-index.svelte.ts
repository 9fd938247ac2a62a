import { shareTexts } from '../domain/column-keys';
import type { Row } from '../domain/row';
import { SearchIndex, type SearchText } from '../domain/search';
import type { StoragePort } from './storage-port';

/**
 * The search over the loaded rows. Folding 100,000 rows for search takes ~300 ms: the worker does
 * it (from the import it still holds, or from storage when pages have no stored search text)
 * while this thread shows the rows, and stores the result for the next start. Until it answers,
 * a search waits for it.
 */
export class SearchIndexLoader {
  index = $state.raw(new SearchIndex());

  constructor(private readonly storage: StoragePort) {}

  /** Starts over for these rows, with their search text when it is at hand. */
  reset(rows: readonly Row[], stamp: string | undefined, search: SearchText | null): void {
    this.index = new SearchIndex();
    if (search) this.attach(this.index, search, rows);
    else void this.load(this.index, stamp, rows);
  }

  /** An index that will be ready when `load` is called (an import being stored). */
  pending(): void {
    this.index = new SearchIndex();
  }

  async load(index: SearchIndex, stamp: string | undefined, rows: readonly Row[]): Promise<void> {
    if (!stamp || rows.length === 0) return index.giveUp();
    const response = await this.storage.request({ type: 'index', stamp }).catch(() => null);
    if (response?.type === 'index') this.attach(index, response.search, rows);
    else index.giveUp();
  }

  /** Uses the search text made for these rows; its sort keys also let equal cells share a string. */
  private attach(index: SearchIndex, search: SearchText, rows: readonly Row[]): void {
    if (index.attach(search, rows)) shareTexts(rows, search.pages);
  }
}
