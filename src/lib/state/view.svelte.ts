import type { Status } from '../domain/status';

/** What the user is looking at: the search, the status chip, the selection and how many rows show. */
export class ViewState {
  search = $state('');
  statusFilter = $state<Status | null>(null);
  /** Selected rows among those shown: a filter hides rows from Delete too. */
  selected = $state.raw<readonly number[]>([]);
  /** Rows the filters let through; null while rows are still going into the grid. */
  shown = $state<number | null>(0);
  /** Only these rows (a bar clicked in the Overview), with words saying which; null for all. */
  rowSet = $state.raw<{ label: string; ids: ReadonlySet<number> } | null>(null);

  /** Shows every row again, e.g. so that a new row is seen where it was added. */
  clearFilters(): void {
    this.search = '';
    this.statusFilter = null;
    this.rowSet = null;
  }
}

export const view = new ViewState();
