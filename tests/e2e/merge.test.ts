import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppPage, sampleExportBytes } from './support/app-page';

/** UTF-16 LE with a BOM and CRLF line ends, as Excel's "Unicode Text" saves. */
function utf16crlf(text: string): Buffer {
  return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text.replace(/\n/g, '\r\n'), 'utf16le')]);
}

/** Every M/D/YYYY date re-written as DD.MM.YYYY, as Excel on a German machine saves them. */
const dotted = (text: string) =>
  text.replace(/(^|\t)(\d{1,2})\/(\d{1,2})\/(\d{4})(?=\t|\n|$)/gm, (_, lead: string, m: string, d: string, y: string) => `${lead}${d.padStart(2, '0')}.${m.padStart(2, '0')}.${y}`);

describe('merging a returned file', () => {
  let app: AppPage;
  beforeAll(async () => {
    app = await AppPage.withFile();
  });
  afterAll(() => app.close());

  const dialog = () => app.page.getByRole('dialog');

  it('finds nothing to merge in a file Excel re-saved, and the export stays byte-identical', async () => {
    const { name, bytes } = await app.exportTsv();
    await app.drop(name, utf16crlf(dotted(bytes.toString('utf8'))));
    await dialog().getByText('It came from your export of 28 Nov 2026').waitFor();
    // Merge comes first when the file came from an export.
    const buttons = await dialog().getByRole('button').allTextContents();
    expect(buttons).toEqual(['Merge', 'Replace', 'Cancel']);
    await dialog().getByRole('button', { name: 'Merge' }).click();
    await dialog().getByText('The file holds no changes to merge.').waitFor();
    await dialog().getByText('compared with your export of 28 Nov 2026').waitFor();
    await dialog().getByRole('button', { name: 'Apply merge' }).click();
    await app.waitForInfo(`Merged 0 changes from ${name}`);
    expect((await app.exportTsv()).bytes.equals(sampleExportBytes())).toBe(true);
  });

  it('takes the file’s edits, asks about a conflict, and exports the merged register', async () => {
    const { name, bytes } = await app.exportTsv();
    await app.search('KU Leuven');
    await app.editCell('KU Leuven', 'c3', 'Leuven (mine)');
    await app.saved();
    await app.search('');
    const theirs = bytes
      .toString('utf8')
      .replace('\tDortmund\t', '\tDortmund-Nord\t')
      .replace('\tLeuven\tBelgium', '\tLeuven (theirs)\tBelgium');
    await app.drop(name.replace('.tsv', ' (1).tsv'), utf16crlf(dotted(theirs)));
    await dialog().getByRole('button', { name: 'Merge' }).click();
    await dialog().getByText('1 change from the file: 1 edited, 0 added, 0 deleted').waitFor();
    await dialog().getByText('1 conflict').waitFor();
    expect(await dialog().locator('.changes li').first().textContent()).toMatch(/^Dortmund University of Applied Sciences and Arts · [^ ]+ — City: Dortmund → Dortmund-Nord$/);
    const apply = dialog().getByRole('button', { name: 'Apply merge' });
    expect(await apply.isDisabled()).toBe(true);
    await dialog().getByRole('button', { name: 'Take theirs' }).click();
    await apply.click();
    await app.waitForInfo(/^Merged 2 changes from /);
    await app.saved();
    const expected = sampleExportBytes().toString('utf8').replace('\tDortmund\t', '\tDortmund-Nord\t').replace('\tLeuven\tBelgium', '\tLeuven (theirs)\tBelgium');
    expect((await app.exportTsv()).bytes.toString('utf8')).toBe(expected);
    // One Undo takes the whole merge back.
    await app.page.keyboard.press('Control+z');
    await app.saved();
    const mine = sampleExportBytes().toString('utf8').replace('\tLeuven\tBelgium', '\tLeuven (mine)\tBelgium');
    expect((await app.exportTsv()).bytes.toString('utf8')).toBe(mine);
  });

  it('changes nothing when the review is cancelled', async () => {
    const before = (await app.exportTsv()).bytes;
    await app.drop('from a colleague.tsv', Buffer.from(before.toString('utf8').replace('\tDortmund\t', '\tElsewhere\t')));
    await dialog().getByText('It came from your export of 28 Nov 2026').waitFor();
    await dialog().getByRole('button', { name: 'Merge' }).click();
    await dialog().getByRole('button', { name: 'Cancel' }).click();
    await app.waitForInfo(/^Merge cancelled/);
    expect((await app.exportTsv()).bytes.equals(before)).toBe(true);
  });
  it('offers a column the colleague added, takes it with its values in one step, and Undo takes it out', async () => {
    const { name, bytes } = await app.exportTsv();
    const theirs = bytes
      .toString('utf8')
      .replace('\tRegistration number\n', '\tRegistration number\tContact email\n')
      .replace(/(\tDortmund\t[^\n]*)\n/, '$1\tintl@fh-dortmund.example\n')
      .replace(/(\tWeihai\t[^\n]*)\n/, '$1\tio@weihai.example\n');
    await app.drop(name.replace('.tsv', ' (2).tsv'), Buffer.from(theirs));
    await dialog().getByRole('button', { name: 'Merge' }).click();
    const offer = dialog().getByRole('checkbox', { name: 'Add column “Contact email” with its values' });
    expect(await offer.isChecked()).toBe(true);
    await dialog().getByRole('button', { name: 'Apply merge' }).click();
    await app.waitForInfo(/^Merged 1 change from /);
    await app.saved();
    const header = app.page.locator('.ag-header-cell[col-id="c10"]');
    // The grid draws only the columns in view: the new one is at the far right.
    const scrollRight = () => app.page.locator('.ag-body-horizontal-scroll-viewport').evaluate((el) => (el.scrollLeft = el.scrollWidth));
    // Scrolled again until it shows: a grid still settling its columns (widths brought back after a
    // load) may put the scroll back.
    const showNewColumn = () =>
      expect.poll(async () => (await scrollRight(), header.getByText('Contact email').isVisible()), { timeout: 15_000 }).toBe(true);
    await showNewColumn();
    expect(await app.cell('Dortmund', 'c10').textContent()).toBe('intl@fh-dortmund.example');
    expect(await app.cell('Weihai', 'c10').textContent()).toBe('io@weihai.example');
    expect((await app.exportTsv()).bytes.toString('utf8')).toBe(theirs);

    await app.page.keyboard.press('Control+z');
    await app.saved();
    await header.waitFor({ state: 'detached' });
    expect((await app.exportTsv()).bytes.equals(bytes)).toBe(true);

    // Redo brings it back, and it is stored: a reload shows it.
    await app.page.keyboard.press('Control+y');
    await showNewColumn();
    await app.saved();
    await app.reload();
    await app.row('Weihai').waitFor();
    await showNewColumn();
    expect(await app.cell('Weihai', 'c10').textContent()).toBe('io@weihai.example');
  });

  it('merges into what another tab wrote while the file was being dragged over the window', async () => {
    const { name, bytes } = await app.exportTsv();
    // The drag begins: the data worker reads the stored rows ahead of the drop.
    const dragged = await app.page.evaluateHandle((fileName) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File(['x'], fileName));
      return transfer;
    }, name);
    await app.page.dispatchEvent('body', 'dragenter', { dataTransfer: dragged });
    const other = await app.openTab();
    await other.search('Weihai');
    await other.editCell('Weihai', 'c3', 'Weihai (other tab)');
    await other.saved();
    await other.page.close();
    await app.search('Weihai');
    await expect.poll(() => app.cell('Weihai', 'c3').textContent()).toBe('Weihai (other tab)');
    await app.search('');

    await app.drop(name, Buffer.from(bytes.toString('utf8').replace('\tDortmund\t', '\tDortmund-Nord\t')));
    await dialog().getByRole('button', { name: 'Merge' }).click();
    await dialog().getByText('1 change from the file: 1 edited, 0 added, 0 deleted').waitFor();
    await dialog().getByRole('button', { name: 'Apply merge' }).click();
    await app.waitForInfo(/^Merged 1 change from /);
    await app.saved();
    const merged = bytes.toString('utf8').replace('\tDortmund\t', '\tDortmund-Nord\t').replace('\tWeihai\t', '\tWeihai (other tab)\t');
    expect((await app.exportTsv()).bytes.toString('utf8')).toBe(merged);
  });
});
