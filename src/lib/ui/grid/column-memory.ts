import type { ColumnState, GridApi } from 'ag-grid-community';
import type { Row } from '../../domain/row';
import type { ColumnLayout } from '../../state/column-layout.svelte';

/** Where the grid's column layout is remembered (state/column-layout.svelte.ts). */
export interface ColumnStore {
  /** The remembered columns, once read; null when nothing is remembered. */
  saved(): Promise<readonly ColumnLayout[] | null>;
  save(columns: ColumnLayout[]): void;
}

// What a person does to columns; 'sortChanged' too. Resizing reports every pixel: only the end counts.
const EVENTS = ['columnResized', 'columnMoved', 'columnPinned', 'columnVisible', 'sortChanged'] as const;

/** Grids narrower than this are a phone's: the partner's name must show without a sideways scroll. */
const NARROW = 600;

export function layoutOf(columns: readonly ColumnState[]): ColumnLayout[] {
  return columns.map(({ colId, width, hide, pinned, sort, sortIndex }) => ({
    colId,
    width: width ?? undefined,
    hide: hide ?? false,
    pinned: pinned === 'left' || pinned === true ? 'left' : null,
    sort: sort ?? null,
    sortIndex: sortIndex ?? null,
  }));
}

/**
 * Applies the remembered layout once the rows are in, and remembers each change after that: a
 * change reported before the layout is applied would overwrite it with the defaults.
 */
export class ColumnMemory {
  private restored = false;
  private destroyed = false;
  /**
   * The width and pin the columns fitted to a phone had before: what is remembered for them, so
   * that a later change (a sort) saving the whole layout does not make the phone's fit the desk's.
   */
  private readonly beforeFit = new Map<string, Pick<ColumnLayout, 'width' | 'pinned'>>();
  private readonly record = (event: { finished?: boolean; source?: string }) => {
    if (!this.restored || event.finished === false || event.source === 'gridOptionsChanged') return;
    this.store.save(layoutOf(this.api.getColumnState()).map((column) => ({ ...column, ...this.beforeFit.get(column.colId) })));
  };

  constructor(
    private readonly api: GridApi<Row>,
    private readonly store: ColumnStore,
    private readonly partnerColId: () => string | undefined,
  ) {
    for (const type of EVENTS) api.addEventListener(type, this.record);
  }

  /** Called when every row is in; only the first call does anything. */
  async restore(width: number): Promise<void> {
    if (this.restored) return;
    this.restored = true;
    const saved = await this.store.saved().catch(() => null);
    if (this.destroyed) return;
    const known = new Set(this.api.getColumnState().map((c) => c.colId));
    const state = saved?.filter((c) => known.has(c.colId));
    this.restored = false; // what restoring changes is not a person's change
    if (state?.length) this.api.applyColumnState({ state, applyOrder: true });
    if (width < NARROW) this.fitPhone(width);
    this.restored = true;
  }

  /**
   * On a phone, Status and Partner are pinned and narrowed so the partner shows beside its
   * status; the rest scrolls. Not remembered: the same dataset opened on a desk keeps its layout.
   */
  private fitPhone(width: number): void {
    const partner = this.partnerColId();
    const status = 100;
    const checkbox = 40;
    const state: ColumnState[] = [{ colId: 'status', pinned: 'left', width: status }];
    if (partner) state.push({ colId: partner, pinned: 'left', width: Math.max(140, width - status - checkbox - 40) });
    const fitted = new Set(state.map((c) => c.colId));
    for (const { colId, width, pinned } of layoutOf(this.api.getColumnState())) if (fitted.has(colId)) this.beforeFit.set(colId, { width, pinned });
    this.api.applyColumnState({ state });
  }

  destroy(): void {
    this.destroyed = true;
    if (!this.api.isDestroyed()) for (const type of EVENTS) this.api.removeEventListener(type, this.record);
  }
}
