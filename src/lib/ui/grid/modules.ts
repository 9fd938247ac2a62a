import {
  CellStyleModule,
  ColumnAutoSizeModule,
  EventApiModule,
  ClientSideRowModelApiModule,
  ClientSideRowModelModule,
  ColumnApiModule,
  ExternalFilterModule,
  LocaleModule,
  RenderApiModule,
  RowApiModule,
  RowSelectionModule,
  RowStyleModule,
  ScrollApiModule,
  TextEditorModule,
  TextFilterModule,
  TooltipModule,
  ValidationModule,
  type Module,
} from 'ag-grid-community';

/** ag-grid's modules this app uses: an API whose module is missing silently returns undefined. */
export const GRID_MODULES: Module[] = [
  ClientSideRowModelModule,
  ClientSideRowModelApiModule,
  ColumnApiModule,
  // The Columns menu's "Fit" (column moving and pinning are in ag-grid's core).
  ColumnAutoSizeModule,
  // api.addEventListener: the columns' layout is remembered as the user changes it.
  EventApiModule,
  TextEditorModule,
  TextFilterModule,
  ExternalFilterModule,
  RowSelectionModule,
  RowStyleModule,
  CellStyleModule,
  TooltipModule,
  RowApiModule,
  ScrollApiModule,
  RenderApiModule,
  // Without it the grid ignores `localeText` and says "No Rows To Show" in every language.
  LocaleModule,
  // In development, explains why an API call did nothing instead of silently returning undefined.
  ...(import.meta.env.DEV ? [ValidationModule] : []),
];
