import type { GridApi } from 'ag-grid-community';
import type { Row } from '../../domain/row';

/**
 * Shows edited rows in place. An edit touches a row or two: their nodes get the new data, which
 * (unlike a transaction) doesn't filter and sort 100,000 rows again, and, as in a spreadsheet, an
 * edited row stays where it is until the next sort or search. A row with a cell open in an editor
 * (Tab moves editing along the row) waits until the editor closes: a full update would close it.
 */
export class EditedRows {
  private waiting = new Map<number, Row>();

  constructor(private readonly api: GridApi<Row>) {}

  show(row: Row): void {
    const node = this.api.getRowNode(String(row.id));
    if (!node) return; // not in the grid yet: it goes in as it is now
    if (this.api.getEditingCells().some((cell) => cell.rowIndex === node.rowIndex)) {
      // The row's other cells show the new values now (ag-grid leaves the cell being edited alone);
      // the full update follows when the editor closes.
      node.data = row;
      this.api.refreshCells({ rowNodes: [node], force: true });
      this.waiting.set(row.id, row);
    } else {
      this.waiting.delete(row.id);
      // Data changed: cells refresh and rowClassRules are evaluated again, so the row's colour
      // follows its new status.
      node.updateData(row);
    }
  }

  /** An editor closed: rows that waited for it get their full update. */
  showWaiting(): void {
    const rows = [...this.waiting.values()];
    this.waiting.clear();
    // A row changed again since (an undo, say) already shows its newer data: leave it be.
    for (const row of rows) if (this.api.getRowNode(String(row.id))?.data === row) this.show(row);
  }
}
