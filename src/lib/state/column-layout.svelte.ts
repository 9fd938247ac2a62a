import type { DatasetMeta } from '../domain/dataset';
import { STATUSES, type Status } from '../domain/status';

/**
 * How one dataset is looked at, remembered across reloads: its columns (order, widths, hidden,
 * pinned, sort), the search and the status chip. Kept as one `view:<dataset>` value in the
 * settings table, so a backup carries it too; written by the data worker (the one writer).
 */

/** One column as the grid reports it; the array's order is the columns' order. */
export interface ColumnLayout {
  colId: string;
  width?: number;
  hide?: boolean;
  pinned?: 'left' | null;
  sort?: 'asc' | 'desc' | null;
  sortIndex?: number | null;
}

export interface ViewLayout {
  columns: ColumnLayout[];
  search: string;
  statusFilter: Status | null;
}

/** What the layout needs from storage: one setting read and one written (through the worker). */
export interface LayoutStore {
  read(key: string): Promise<unknown>;
  write(key: string, value: ViewLayout): Promise<void>;
}

/** The dataset's name, or when it has none the time it came in: what its view is remembered by. */
export function layoutKey(meta: Pick<DatasetMeta, 'name' | 'importedAt'>): string {
  return `view:${meta.name || meta.importedAt}`;
}

const isColumn = (c: unknown): c is ColumnLayout => {
  if (typeof c !== 'object' || c === null) return false;
  const { colId, width, hide, pinned, sort } = c as Record<string, unknown>;
  return (
    typeof colId === 'string' &&
    (width === undefined || (typeof width === 'number' && width > 0)) &&
    (hide === undefined || typeof hide === 'boolean') &&
    (pinned === undefined || pinned === null || pinned === 'left') &&
    (sort === undefined || sort === null || sort === 'asc' || sort === 'desc')
  );
};

/** A stored value is read from outside (an older version, a restored backup): checked, not trusted. */
export function isViewLayout(v: unknown): v is ViewLayout {
  if (typeof v !== 'object' || v === null) return false;
  const { columns, search, statusFilter } = v as Record<string, unknown>;
  return (
    Array.isArray(columns) &&
    columns.every(isColumn) &&
    typeof search === 'string' &&
    (statusFilter === null || STATUSES.includes(statusFilter as Status))
  );
}

/** Only what a column differs in is kept: a layout stays small, and tolerant of new columns. */
function trimmed(c: ColumnLayout): ColumnLayout {
  const out: ColumnLayout = { colId: c.colId };
  if (c.width) out.width = Math.round(c.width);
  if (c.hide) out.hide = true;
  if (c.pinned === 'left') out.pinned = 'left';
  if (c.sort) {
    out.sort = c.sort;
    out.sortIndex = c.sortIndex ?? 0;
  }
  return out;
}

export class ColumnLayouts {
  /** The open dataset's remembered view; null until loaded, or when nothing is remembered. */
  current = $state.raw<ViewLayout | null>(null);
  private key: string | null = null;
  private loaded = false;
  /** The value waiting to be written, under the key of the dataset it belongs to. */
  private pending: { key: string; value: ViewLayout } | null = null;
  private loading: Promise<ViewLayout | null> = Promise.resolve(null);
  private timer: ReturnType<typeof setTimeout> | undefined;
  private writing: Promise<void> = Promise.resolve();

  constructor(
    private readonly store: LayoutStore,
    /** Writes wait this long for more changes: dragging a column's edge reports every pixel. */
    private readonly debounceMs = 400,
  ) {}

  /**
   * Reads the view remembered for a dataset; what was pending for the last one is written first.
   * Asked again for the same dataset (the grid and the filters both ask), it answers the same read.
   */
  load(meta: Pick<DatasetMeta, 'name' | 'importedAt'>): Promise<ViewLayout | null> {
    const key = layoutKey(meta);
    if (key === this.key) return this.loading;
    this.key = key;
    this.loaded = false;
    this.current = null;
    this.loading = this.read(key);
    return this.loading;
  }

  private async read(key: string): Promise<ViewLayout | null> {
    await this.flush();
    const stored = await this.store.read(key).catch(() => undefined);
    // Another dataset may have been opened while this one was read.
    if (this.key !== key) return null;
    this.current = isViewLayout(stored) ? stored : null;
    this.loaded = true;
    return this.current;
  }

  /** The grid's columns changed (resized, moved, hidden, pinned, sorted). */
  setColumns(columns: readonly ColumnLayout[]): void {
    this.update({ columns: columns.map(trimmed) });
  }

  /** The search or the status chip changed. */
  setFilters(search: string, statusFilter: Status | null): void {
    const now = this.current;
    if (now && now.search === search && now.statusFilter === statusFilter) return;
    this.update({ search, statusFilter });
  }

  /** Writes what is pending now, e.g. before the page goes away or another dataset opens. */
  async flush(): Promise<void> {
    if (this.timer === undefined) return this.writing;
    clearTimeout(this.timer);
    this.timer = undefined;
    const pending = this.pending;
    this.pending = null;
    if (pending) this.writing = this.writing.then(() => this.store.write(pending.key, pending.value)).catch(() => undefined);
    return this.writing;
  }

  private update(part: Partial<ViewLayout>): void {
    // Until the remembered view is read, a change would overwrite it with the defaults.
    if (!this.key || !this.loaded) return;
    this.current = { columns: [], search: '', statusFilter: null, ...this.current, ...part };
    this.pending = { key: this.key, value: this.current };
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), this.debounceMs);
  }
}
