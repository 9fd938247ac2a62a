import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { AppPage } from './support/app-page';

// The sample's columns in the grid: c<index in the file's header>.
const NO = 'c0';
const PARTNER = 'c2';
const CITY = 'c3';
const VALID_UNTIL = 'c7';
const LATVIA = 'University of Latvia';

const rowClass = (app: AppPage, text: string) => app.row(text).getAttribute('class');

describe('the core loop, tried as a new user would', () => {
  let app: AppPage;
  beforeAll(async () => {
    app = await AppPage.withFile('partner-agreements.tsv');
  });
  afterAll(() => app.close());
  beforeEach(async () => {
    await app.page.keyboard.press('Escape');
    await app.search('');
  });

  it('tints the whole row with its new status at once after an edit, undo and redo', async () => {
    await app.search(LATVIA);
    expect(await rowClass(app, LATVIA)).toContain('status-expired');
    const expiredBackground = await app.rowBackground(LATVIA);
    await app.editCell(LATVIA, VALID_UNTIL, '1/1/2030');
    await expect.poll(() => app.statusOf(LATVIA)).toBe('Active');
    await expect.poll(() => rowClass(app, LATVIA)).toContain('status-active');
    expect(await rowClass(app, LATVIA)).not.toContain('status-expired');
    expect(await app.rowBackground(LATVIA)).not.toBe(expiredBackground);

    // Under the Active chip too, the row is Active-coloured.
    await app.page.getByRole('button', { name: /^Active/ }).click();
    await expect.poll(() => rowClass(app, LATVIA)).toContain('status-active');
    await app.page.getByRole('button', { name: /^Active/ }).click();

    await app.page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => rowClass(app, LATVIA)).toContain('status-expired');
    expect(await rowClass(app, LATVIA)).not.toContain('status-active');
    await app.page.getByRole('button', { name: 'Redo' }).click();
    await expect.poll(() => rowClass(app, LATVIA)).toContain('status-active');
    await app.page.getByRole('button', { name: 'Undo' }).click();
    await app.saved();
  });

  it('selects and deletes only the rows shown under a status filter', async () => {
    const chip = app.page.getByRole('button', { name: /^Renewal due/ });
    await chip.click();
    await expect.poll(() => app.counter()).toBe('13 of 74 agreements');
    await app.page.locator('.ag-header-select-all input[type="checkbox"]').check();
    const remove = app.page.getByRole('button', { name: 'Delete selected (13)' });
    await remove.waitFor();
    await remove.click();
    await expect.poll(() => app.counter()).toBe('0 of 61 agreements');
    await app.waitForInfo('Deleted 13 agreements. Undo brings them back.');
    await chip.click();
    await expect.poll(() => app.counter()).toBe('61 of 61 agreements');
    await app.page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => app.counter()).toBe('74 of 74 agreements');
    await app.saved();
  });

  it('inserts an added row below the focused one, numbers it and opens its editor in view', async () => {
    await app.cell('Weihai Vocational College', CITY).click();
    await app.page.getByRole('button', { name: 'Add row' }).click();
    const editor = app.page.locator('.ag-cell-inline-editing input');
    await editor.waitFor();
    await expect.poll(() => editor.isVisible()).toBe(true);
    expect(await editor.evaluate((el) => el.getBoundingClientRect().bottom <= window.innerHeight)).toBe(true);
    await app.page.keyboard.type('New partner below Weihai');
    await app.page.keyboard.press('Enter');
    await app.saved();
    const weihai = Number(await app.row('Weihai Vocational College').getAttribute('row-index'));
    const added = app.row('New partner below Weihai');
    expect(Number(await added.getAttribute('row-index'))).toBe(weihai + 1);
    expect(await added.locator(`[col-id="${NO}"]`).textContent()).toBe('70');
    await app.page.getByRole('button', { name: 'Undo' }).click();
    await app.page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => app.counter()).toBe('74 of 74 agreements');
  });
});

describe('two tabs, one editing', () => {
  let first: AppPage;
  let second: AppPage;
  beforeAll(async () => {
    first = await AppPage.withFile('partner-agreements.tsv');
    second = await first.openTab();
  });
  afterAll(() => first.close());

  it("keeps an open editor, and its half-typed text, through another tab's change", async () => {
    await second.search('KU Leuven');
    const cell = second.cell('KU Leuven', CITY);
    await cell.dblclick();
    const editor = cell.locator('input');
    await editor.fill('Half-typ');
    await first.search('Gazi University');
    await first.editCell('Gazi University', CITY, 'Ankara (first tab)');
    await first.saved();
    // The change reaches the second tab: its row colour and counts follow; its editor stays open.
    await second.page.waitForTimeout(1500);
    expect(await editor.isVisible()).toBe(true);
    expect(await editor.inputValue()).toBe('Half-typ');
    await editor.press('End');
    await second.page.keyboard.type('ed');
    await second.page.keyboard.press('Enter');
    await expect.poll(() => second.cell('KU Leuven', CITY).textContent()).toBe('Half-typed');
    await expect.poll(() => first.search('KU Leuven').then(() => first.cell('KU Leuven', CITY).textContent())).toBe('Half-typed');
  });

  it("recolours a row when another tab changes its status", async () => {
    await first.search(LATVIA);
    await second.search(LATVIA);
    await first.editCell(LATVIA, VALID_UNTIL, '1/1/2030');
    await expect.poll(() => rowClass(second, LATVIA)).toContain('status-active');
    expect(await rowClass(second, LATVIA)).not.toContain('status-expired');
  });
});

describe('an empty workspace', () => {
  it('starts a new register with the office columns from Add row', async () => {
    const app = await AppPage.open();
    try {
      await app.page.getByRole('button', { name: 'Add row' }).click();
      await app.page.locator('.ag-cell-inline-editing input').waitFor();
      await app.page.keyboard.type('Al-Farabi Kazakh National University');
      await app.page.keyboard.press('Enter');
      await app.saved();
      await expect.poll(() => app.counter()).toBe('1 of 1 agreement');
      const headers = await app.page.locator('.ag-header-cell-text').allTextContents();
      expect(headers).toEqual(expect.arrayContaining(['No', 'Partner University / Organisation', 'Valid until']));
      expect(await app.cell('Al-Farabi', NO).textContent()).toBe('1');
      expect(await app.cell('Al-Farabi', PARTNER).textContent()).toBe('Al-Farabi Kazakh National University');
    } finally {
      await app.close();
    }
  });
});
