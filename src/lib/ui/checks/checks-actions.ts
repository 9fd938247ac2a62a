import type { Finding } from '../../domain/checks/types';
import { cellOf } from '../../domain/row';
import { checks, editor, workspace } from '../../state/app';
import { view } from '../../state/view.svelte';
import { t } from '../../text/messages';
import { findingMessage } from './finding-text';

interface CellFocus {
  focusCell(id: number, column: number): void;
}

/**
 * What the Checks panel and the grid's markers do, wired to the app's state: kept out of
 * App.svelte, which only places the panel.
 */
export function checksActions(grid: () => CellFocus | undefined) {
  const dataset = workspace.dataset;
  return {
    panel: {
      /** An agreement by its partner, else its "No", else its registration number. */
      agreementOf: (rowId: number) => {
        const row = dataset.paged.get(rowId);
        const map = dataset.columnMap;
        const name = row && [map.partner, map.no, map.registration].map((c) => cellOf(row, c).trim()).find(Boolean);
        return name ?? t('checks.blank');
      },
      columnName: (column: number) => dataset.header[column]?.trim() || t('grid.unnamedColumn', { number: column + 1 }),
      onGo: (finding: Finding) => {
        // A finding in a row the search or a status chip hides is shown, as "Add row" does.
        view.clearFilters();
        grid()?.focusCell(finding.rowId, finding.column);
      },
      onFix: (finding: Finding) => {
        if (finding.fix === undefined) return;
        void editor.editCells([{ id: finding.rowId, column: finding.column, value: finding.fix }], 'fixed');
      },
      onIgnore: (finding: Finding) => void checks.ignore(finding),
      onUnignore: (finding: Finding) => void checks.unignore(finding),
    },
    findingsOf: (id: number, column: number) => checks.forCell(id, column).map(findingMessage),
  };
}
