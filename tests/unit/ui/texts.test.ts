import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import { NEW_DIALECT } from '../../../src/lib/domain/dialect';
import EmptyState from '../../../src/lib/ui/EmptyState.svelte';
import ReplaceDialog from '../../../src/lib/ui/ReplaceDialog.svelte';
import StatusLegend from '../../../src/lib/ui/StatusLegend.svelte';
import Toolbar from '../../../src/lib/ui/Toolbar.svelte';

// The components' words come from the text catalogue; rendered on the server (no browser), they
// must read exactly as before, since people and the browser tests find things by these words.

const noop = () => {};

/** The text a person reads in server-rendered HTML, with the accessible names and hints that carry words too. */
function words(html: string): string {
  return html
    .replace(/<!--.*?-->/g, '')
    .replace(/<[^>]*?(?:aria-label|title|placeholder)="([^"]*)"[^>]*>/g, ' [$1] ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

describe('the English interface', () => {
  it('words the toolbar as before', () => {
    const props = {
      hasData: true, busy: false, selectedCount: 1200, canUndo: true, canRedo: false, saving: false, unstored: false,
      search: '', shown: 13, total: 100_000, onImport: noop, onExport: noop, onAddRow: noop, onDeleteSelected: noop,
      onUndo: noop, onRedo: noop,
    };
    expect(words(render(Toolbar, { props }).body)).toBe(
      'More Import Export TSV Export CSV Add row Delete selected (1,200) [Undo (Ctrl+Z)] Undo [Redo (Ctrl+Y)] Redo [Find and replace (Ctrl+H)] Find and replace All changes saved Search [Any column…] 13 of 100,000 agreements',
    );
    expect(words(render(Toolbar, { props: { ...props, selectedCount: 0, saving: true, shown: null } }).body)).toContain('Delete selected [Undo');
    expect(words(render(Toolbar, { props: { ...props, saving: true, shown: null } }).body)).toContain('Saving… Search [Any column…] Loading 100,000 agreements…');
    expect(words(render(Toolbar, { props: { ...props, unstored: true } }).body)).toContain('Not saved yet');
  });

  it('words the status legend as before, counts written with separators', () => {
    const counts = { active: 1234, 'renewal-due': 13, expired: 22, permanent: 4, unknown: 0 };
    const props = { counts, selected: null, renewalMonths: 6, onSelect: noop, onRenewalMonthsChange: noop };
    expect(words(render(StatusLegend, { props }).body)).toBe(
      '[Filter by status] Active 1,234 Renewal due 13 Expired 22 Permanent 4 Unknown 0 Renewal due within months',
    );
  });

  it('puts the number field inside the renewal window sentence', () => {
    const counts = { active: 0, 'renewal-due': 0, expired: 0, permanent: 0, unknown: 0 };
    const html = render(StatusLegend, { props: { counts, selected: null, renewalMonths: 6, onSelect: noop, onRenewalMonthsChange: noop } }).body;
    expect(html.replace(/<!--.*?-->/g, '')).toMatch(/<label[^>]*>Renewal due within <input type="number"[^>]*value="6"[^>]*\/> months<\/label>/);
  });

  it('words the first visit as before', () => {
    expect(words(render(EmptyState, { props: { onImport: noop, onSample: noop } }).body)).toBe(
      'Drop your agreements file here A tab-separated file (.tsv or .txt) saved from Excel or Google Sheets. It stays in this browser: nothing is uploaded. Import a file… Try the sample',
    );
  });

  it('words the replace dialog as before, the file name in bold', () => {
    const skipped = [{ line: 1, text: 'Title', reason: 'text' as const }];
    const summary = { dialect: NEW_DIALECT, header: ['a', 'b'], headerLine: 2, skipped, ragged: [], rowCount: 1 };
    const props = { replacement: { kind: 'import' as const, fileName: 'next.tsv', summary }, currentCount: 74, onReplace: noop, onCancel: noop };
    const html = render(ReplaceDialog, { props }).body.replace(/<!--.*?-->/g, '');
    expect(html).toContain('<strong>next.tsv</strong> holds 1 agreement in 2 columns.');
    expect(words(render(ReplaceDialog, { props }).body)).toBe(
      'Replace your agreements? next.tsv holds 1 agreement in 2 columns. Replacing discards the 74 agreements you have now, including your edits. Export first if you want to keep them. 1 line is not an agreement and will be kept where it stands. Cancel Replace',
    );
  });
});
