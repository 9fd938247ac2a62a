import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppPage, fixtureBytes } from './support/app-page';

describe('whole file in, whole file out', () => {
  let app: AppPage;
  beforeAll(async () => {
    app = await AppPage.withFile();
  });
  afterAll(() => app.close());

  // A handful of the real-world corpus (tests/fixtures/real-world), exported in their own format.
  it.each([
    ['google-sheets-trimmed-last-row.tsv', 'Export TSV', 5],
    ['excel-unicode-text-cjk.txt', 'Export TSV', 3],
    ['libreoffice-quote-all-text.csv', 'Export CSV', 5],
    ['excel-semicolon-csv-1252.csv', 'Export CSV', 2],
    ['hash-comments.tsv', 'Export TSV', 4],
  ])('round-trips %s byte for byte with %s', async (name, button, count) => {
    await app.drop(`real-world/${name}`);
    await app.page.getByRole('dialog').getByRole('button', { name: 'Replace' }).click();
    await app.waitForInfo(count === 1 ? 'Imported 1 agreement' : `Imported ${count} agreements`);
    await app.saved();
    const { name: file, bytes } = await app.exportTsv(button);
    expect(file.endsWith(button === 'Export CSV' ? '.csv' : '.tsv')).toBe(true);
    expect(bytes.equals(fixtureBytes(`real-world/${name}`))).toBe(true);
  });

  it('lists the lines that are not agreements; deleting one leaves it out of the export, undo brings it back', async () => {
    await app.drop('partner-agreements.tsv');
    await app.page.getByRole('dialog').getByRole('button', { name: 'Replace' }).click();
    await app.waitForInfo('Imported 74 agreements');
    await expect.poll(() => app.info.textContent()).toMatch(/Kept 6 lines that are not agreements.*line 29 "AITU agreements with the International Partners" \(title or legend\)/);
    await app.page.getByRole('button', { name: 'Lines that are not agreements (6)' }).click();
    const dialog = app.page.getByRole('dialog', { name: 'Lines that are not agreements' });
    await dialog.getByRole('listitem').filter({ hasText: 'Gray - Expired Agreements' }).getByRole('button', { name: 'Delete' }).click();
    await dialog.getByRole('button', { name: 'Close' }).click();
    await app.saved();
    const sample = fixtureBytes('partner-agreements.tsv');
    expect((await app.exportTsv()).bytes.toString('utf8')).toBe(sample.toString('utf8').replace(/\nGray - Expired Agreements$/, ''));
    await app.page.getByRole('button', { name: 'Undo', exact: true }).click();
    await app.saved();
    expect((await app.exportTsv()).bytes.equals(sample)).toBe(true);
  });
});
