import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppPage, fixtureBytes, sampleExportBytes } from './support/app-page';

describe('exporting', () => {
  let app: AppPage;
  beforeAll(async () => {
    app = await AppPage.open();
  });
  afterAll(() => app.close());

  it('exports the imported sample byte for byte, named after the dataset, today and the export id', async () => {
    await app.drop('partner-agreements.tsv');
    await app.waitForInfo('Imported 74 agreements');
    const { name, bytes } = await app.exportTsv();
    expect(name).toMatch(/^partner-agreements-2026-11-28-[a-z0-9]{6}\.tsv$/);
    expect(bytes.equals(sampleExportBytes())).toBe(true);
    await app.waitForInfo(`Exported 74 agreements to ${name}`);
  });

  it('changes only the edited cell, and neutralises a formula typed into it', async () => {
    await app.search('KU Leuven');
    await app.editCell('KU Leuven', 'c3', '=HYPERLINK("http://x")');
    await app.saved();
    const { bytes } = await app.exportTsv();
    const expected = sampleExportBytes()
      .toString('utf8')
      .replace('\tLeuven\tBelgium', `\t'=HYPERLINK("http://x")\tBelgium`);
    expect(bytes.toString('utf8')).toBe(expected);
    await app.waitForInfo(/a ' was put in front/);
    await app.page.keyboard.press('Control+z');
    await app.saved();
    expect((await app.exportTsv()).bytes.equals(sampleExportBytes())).toBe(true);
  });

  // Each file is exactly what Excel (or the test's generator) wrote: it must come back unchanged.
  it.each([
    ['sample-excel-bom-crlf.tsv'],
    ['sample-utf16le.tsv'],
    ['sample-utf16be.tsv'],
    ['sample-reordered-extra.tsv'],
    ['sample-ragged.tsv'],
    ['sample-cr.tsv'],
    ['windows-1254.tsv'],
  ])('round-trips %s byte for byte through Replace', async (name) => {
    await app.importWithButton(name);
    await app.page.getByRole('dialog').getByRole('button', { name: 'Replace' }).click();
    await app.waitForInfo(/^Imported \d+ agreements?$/);
    await app.saved();
    const { bytes } = await app.exportTsv();
    expect(bytes.equals(fixtureBytes(name))).toBe(true);
  });
});
