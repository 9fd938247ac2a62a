import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppPage } from './support/app-page';

describe('refusing what is not a table, and losing nothing', () => {
  let app: AppPage;
  let before: Buffer;
  beforeAll(async () => {
    app = await AppPage.withFile('partner-agreements.tsv');
    before = (await app.exportTsv()).bytes;
  });
  afterAll(() => app.close());

  it.each([
    ['image.png', /image.png was not imported: This is a PNG image/],
    ['workbook.xlsx', /This is an Excel workbook \(\.xlsx\).*Save As → Text \(Tab delimited\)/],
    ['old-workbook.xls', /\.xls/],
    ['empty.tsv', /empty/],
    ['header-only.tsv', /header \(line 1\) but no agreements/],
    ['data.json', /JSON/],
  ])('refuses %s with a message in an alert and keeps the stored data', async (name, message) => {
    await app.drop(name);
    await expect.poll(() => app.alert.textContent()).toMatch(message);
    await expect.poll(() => app.counter()).toBe('74 of 74 agreements');
    await app.reload();
    expect((await app.exportTsv()).bytes.equals(before)).toBe(true);
  });

  it('changes nothing when a replacing import is cancelled', async () => {
    await app.drop('sample-ragged.tsv');
    const dialog = app.page.getByRole('dialog');
    await expect.poll(() => dialog.textContent()).toMatch(/sample-ragged\.tsv.*holds/);
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await app.waitForInfo(/Import cancelled/);
    await app.reload();
    expect((await app.exportTsv()).bytes.equals(before)).toBe(true);
  });

  it('lists the skipped and ragged lines of an import with their line numbers', async () => {
    await app.drop('sample-ragged.tsv');
    await app.page.getByRole('dialog').getByRole('button', { name: 'Replace' }).click();
    await expect.poll(() => app.info.textContent()).toMatch(/Line \d+ has \d+ fields where the header has 10; kept as it is\./);
  });
});
