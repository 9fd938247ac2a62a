import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { AppPage } from './support/app-page';

// Column ids in the grid: c<index in the file's header>. The sample's City is c3, Valid until c7.
const CITY = 'c3';
const COUNTRY = 'c4';
const VALID_UNTIL = 'c7';

describe('editing the sample', () => {
  let app: AppPage;
  beforeAll(async () => {
    app = await AppPage.withFile('partner-agreements.tsv');
  });
  afterAll(() => app.close());
  beforeEach(() => app.search(''));

  it('edits a cell in place and keeps it across a reload', async () => {
    await app.search('KU Leuven');
    await app.editCell('KU Leuven', CITY, 'Louvain');
    await expect.poll(() => app.cell('KU Leuven', CITY).textContent()).toBe('Louvain');
    await app.saved();
    await app.reload();
    await app.search('KU Leuven');
    expect(await app.cell('KU Leuven', CITY).textContent()).toBe('Louvain');
  });

  it('keeps and flags a date that does not parse, and calls the status Unknown', async () => {
    await app.search('Gazi University');
    await app.editCell('Gazi University', VALID_UNTIL, 'someday');
    await expect.poll(() => app.statusOf('Gazi University')).toBe('Unknown');
    const cell = app.cell('Gazi University', VALID_UNTIL);
    expect(await cell.textContent()).toBe('someday');
    expect(await cell.getAttribute('class')).toContain('cell-invalid');
    expect((await app.legendCounts()).Unknown).toBe(1);
    await expect.poll(() => app.row('Gazi University').getAttribute('class')).toContain('status-unknown');
  });

  it('undoes and redoes edits with Ctrl+Z and Ctrl+Y', async () => {
    await app.search('Gazi University');
    await app.page.locator('.ag-root').click({ position: { x: 5, y: 5 } });
    await app.page.keyboard.press('Control+z');
    await expect.poll(() => app.cell('Gazi University', VALID_UNTIL).textContent()).toBe('4/15/2029');
    await expect.poll(() => app.statusOf('Gazi University')).toBe('Active');
    await app.page.keyboard.press('Control+y');
    await expect.poll(() => app.cell('Gazi University', VALID_UNTIL).textContent()).toBe('someday');
    await app.page.keyboard.press('Control+z');
    await expect.poll(() => app.statusOf('Gazi University')).toBe('Active');
  });

  it('accepts Permanent in Valid until, in any case', async () => {
    await app.search('Boston University');
    await app.editCell('Boston University', VALID_UNTIL, 'permanent');
    await expect.poll(() => app.statusOf('Boston University')).toBe('Permanent');
    await app.page.keyboard.press('Control+z');
    await expect.poll(() => app.statusOf('Boston University')).toBe('Renewal due');
  });

  it('starts editing by typing, cancels with Escape', async () => {
    await app.search('Vilnius University');
    const cell = app.cell('Vilnius University', CITY);
    await cell.click();
    await app.page.keyboard.type('X');
    await app.page.keyboard.press('Escape');
    // The cell is redrawn once the editor closes: wait for that, then it must show the old value.
    await expect.poll(() => cell.textContent()).toBe('Vilnius');
  });

  it('commits with Tab and moves on to the next cell', async () => {
    await app.search('Vilnius University');
    const cell = app.cell('Vilnius University', CITY);
    await cell.dblclick();
    await cell.locator('input').fill('Vilnius (Tab)');
    await cell.locator('input').press('Tab');
    await expect.poll(() => cell.textContent()).toBe('Vilnius (Tab)');
    // Editing goes on in the next column, as in a spreadsheet.
    await app.page.locator('.ag-row [col-id="c4"].ag-cell-inline-editing input').waitFor();
    await app.page.keyboard.press('Escape');
    await app.page.locator('.ag-cell-inline-editing').waitFor({ state: 'detached' });
    await app.page.keyboard.press('Control+z');
    await expect.poll(() => cell.textContent()).toBe('Vilnius');
  });

  it('shows Türkiye and İstanbul as typed and edits them', async () => {
    await app.search('Haliç University');
    await app.editCell('Haliç University', CITY, 'İstanbul — Kültür');
    await expect.poll(() => app.cell('Haliç University', CITY).textContent()).toBe('İstanbul — Kültür');
    expect(await app.row('Haliç University').textContent()).toContain('Türkiye');
  });

  it('adds a row, deletes selected rows, and undoes both', async () => {
    await app.page.getByRole('button', { name: 'Add row' }).click();
    await expect.poll(() => app.counter()).toBe('75 of 75 agreements');
    // The new row opens for editing in its first column.
    await app.page.locator('.ag-cell-inline-editing input').waitFor();
    await app.page.keyboard.type('75');
    await app.page.keyboard.press('Enter');
    await app.saved();

    await app.search('Sphere AX');
    await app.row('Sphere AX').locator('input[type="checkbox"]').check();
    await app.page.getByRole('button', { name: 'Delete selected (1)' }).click();
    await expect.poll(() => app.counter()).toBe('0 of 74 agreements');

    await app.page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => app.counter()).toBe('1 of 75 agreements');
    await app.search('');
    await app.page.getByRole('button', { name: 'Undo' }).click(); // the typed "75"
    await app.page.getByRole('button', { name: 'Undo' }).click(); // the added row
    await expect.poll(() => app.counter()).toBe('74 of 74 agreements');
    await app.page.getByRole('button', { name: 'Redo' }).click();
    await expect.poll(() => app.counter()).toBe('75 of 75 agreements');
  });

  it('sorts an edited row by its new text, not the one its sort key was made from', async () => {
    // Both are in Germany, Dortmund first in the file; the Country column has sort keys.
    await app.search('Schmalkalden');
    await app.editCell('Schmalkalden', COUNTRY, 'Austria');
    await app.saved();
    await app.search('Applied Sciences');
    await expect.poll(() => app.counter()).toBe('2 of 75 agreements');
    const header = app.page.locator(`.ag-header-cell[col-id="${COUNTRY}"] .ag-header-cell-label`);
    const top = app.page.locator(`.ag-row[row-index="0"] [col-id="${COUNTRY}"]`).first();
    await header.click();
    await expect.poll(() => top.textContent()).toBe('Austria');
    await header.click(); // descending
    await expect.poll(() => top.textContent()).toBe('Germany');
    await header.click(); // unsorted again
    await app.page.getByRole('button', { name: 'Undo' }).click();
    await app.saved();
  });

  it('renders markup typed into a cell as text', async () => {
    await app.search('KU Leuven');
    const payload = '<img src=x onerror="window.pwned=1">';
    await app.editCell('KU Leuven', CITY, payload);
    await expect.poll(() => app.cell('KU Leuven', CITY).textContent()).toBe(payload);
    expect(await app.page.locator('.ag-cell img').count()).toBe(0);
    expect(await app.page.evaluate(() => (window as { pwned?: number }).pwned)).toBeUndefined();
  });
});
