import type { GridApi, IRowNode } from 'ag-grid-community';
import type { Row } from '../../domain/row';
import { sortInPlace, type SortSpec } from '../../domain/sort';
import { sortingFor, type ColumnContext } from '../grid-columns';

/**
 * Orders the grid's rows by its sorted columns, in their sort order, with domain/sort.ts: the
 * grid's own pairwise comparators are left nothing to do (~300 ms at 100,000 rows).
 */
export function sortNodes(nodes: IRowNode<Row>[], api: GridApi<Row>, context: ColumnContext): void {
  const specs = api
    .getColumnState()
    .filter((column) => column.sort)
    .sort((a, b) => (a.sortIndex ?? 0) - (b.sortIndex ?? 0))
    .flatMap((column): SortSpec<IRowNode<Row>>[] => {
      const sorting = sortingFor(column.colId, context);
      if (!sorting) return [];
      const text = (node: IRowNode<Row>) => (node.data ? sorting.text(node.data) : '');
      const known = sorting.dictionary;
      const dictionary = known && { texts: known.texts, codeOf: (node: IRowNode<Row>) => (node.data ? known.codeOf(node.data) : -1) };
      return [{ text, compare: sorting.compare, descending: column.sort === 'desc', dictionary }];
    });
  sortInPlace(nodes, specs);
}
