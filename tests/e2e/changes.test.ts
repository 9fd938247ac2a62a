import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppPage, PINNED_NOW } from './support/app-page';

describe('the Changes view', () => {
  let app: AppPage;
  beforeAll(async () => {
    // A running clock: the change log and the last export are ordered by time.
    app = await AppPage.open({ startAt: PINNED_NOW });
    await app.drop('partner-agreements.tsv');
    await app.waitForInfo('Imported 74 agreements');
  });
  afterAll(() => app.close());

  const dialog = () => app.page.getByRole('dialog', { name: 'Changes' });
  const lines = () => dialog().locator('tbody tr');
  async function openChanges() {
    await app.page.getByRole('button', { name: 'Changes', exact: true }).click();
    await dialog().waitFor();
  }
  async function closeChanges() {
    await dialog().getByRole('button', { name: 'Close' }).click();
    await dialog().waitFor({ state: 'detached' });
  }

  it('lists two edits newest first, with old → new and where they came from, above the import', async () => {
    await app.editCell('KU Leuven', 'c3', 'Löwen');
    await app.saved();
    await app.editCell('University of Latvia', 'c3', 'Rīga');
    await app.saved();
    await openChanges();
    await expect.poll(() => lines().count()).toBe(3);
    const texts = await lines().allInnerTexts();
    expect(texts[0]).toMatch(/University of Latvia \(01-20\)\s+City\s+Riga → Rīga\s+edited here$/);
    expect(texts[1]).toMatch(/KU Leuven \(06-20\)\s+City\s+Leuven → Löwen\s+edited here$/);
    expect(texts[2]).toMatch(/Imported 74 agreements from partner-agreements\.tsv\s+imported$/);
    await closeChanges();
  });

  it('marks the edited cells in the grid, and no other', async () => {
    await expect.poll(() => app.cell('KU Leuven', 'c3').getAttribute('class')).toMatch(/\bcell-changed\b/);
    expect(await app.cell('KU Leuven', 'c2').getAttribute('class')).not.toMatch(/\bcell-changed\b/);
    // A mark, drawn in the corner, not a colour.
    const mark = await app.cell('KU Leuven', 'c3').evaluate((el) => getComputedStyle(el).backgroundImage);
    expect(mark).toMatch(/^linear-gradient/);
  });

  it('shows nothing since the last export after Export TSV, and the marks are gone', async () => {
    await app.exportTsv();
    await expect.poll(() => app.cell('KU Leuven', 'c3').getAttribute('class')).not.toMatch(/\bcell-changed\b/);
    await openChanges();
    await dialog().getByLabel('Since the last export').check();
    await dialog().getByText('No changes to show.').waitFor();
    expect(await lines().count()).toBe(0);
    await closeChanges();
  });

  it('then lists one new edit, marks it, and exports it as "what I changed"', async () => {
    // A fixed time from here, so that the TSV's "When" is known to the second.
    await app.page.clock.setFixedTime(new Date('2026-11-28T11:30:00'));
    await app.editCell('KU Leuven', 'c4', '=Belgium');
    await app.saved();
    await expect.poll(() => app.cell('KU Leuven', 'c4').getAttribute('class')).toMatch(/\bcell-changed\b/);
    await openChanges();
    expect(await dialog().getByLabel('Since the last export').isChecked()).toBe(true);
    await expect.poll(() => lines().count()).toBe(1);
    expect(await lines().first().innerText()).toMatch(/KU Leuven \(06-20\)\s+Country\s+Belgium → =Belgium\s+edited here$/);

    const download = app.page.waitForEvent('download');
    await dialog().getByRole('button', { name: 'Export these changes (TSV)' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('partner-agreements-changes-2026-11-28.tsv');
    const bytes = readFileSync(await file.path());
    expect(bytes.toString('utf8')).toBe(
      'When\tPartner\tRegistration number\tColumn\tOld value\tNew value\tWhere from\n' +
        "2026-11-28 11:30:00\tKU Leuven\t06-20\tCountry\tBelgium\t'=Belgium\tedited here\n",
    );
    await app.waitForInfo('Exported 1 change to partner-agreements-changes-2026-11-28.tsv');
    await closeChanges();
  });

  it('follows undo: the mark goes, and since the export nothing adds up to a change; the full list keeps both', async () => {
    await app.page.keyboard.press('Control+z');
    await app.saved();
    await expect.poll(() => app.cell('KU Leuven', 'c4').getAttribute('class')).not.toMatch(/\bcell-changed\b/);
    await openChanges();
    await dialog().getByText('No changes to show.').waitFor();
    await dialog().getByLabel('All changes').check();
    await expect.poll(() => lines().count()).toBe(5);
    expect(await lines().first().innerText()).toMatch(/=Belgium → Belgium\s+undone$/);
    await closeChanges();
  });
});
