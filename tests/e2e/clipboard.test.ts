import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { AppPage } from './support/app-page';

// Column ids in the grid: c<index in the file's header>. The sample's City is c3, Country c4.
const CITY = 'c3';
const COUNTRY = 'c4';

describe('copy, cut, paste and fill like a spreadsheet', () => {
  let app: AppPage;
  beforeAll(async () => {
    app = await AppPage.withFile('partner-agreements.tsv');
    await app.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: inject('baseURL') });
  });
  afterAll(() => app.close());
  beforeEach(async () => {
    await app.search('');
    // Every row shown again before a test selects: a search landing mid-test would move the rows.
    await expect.poll(() => app.counter()).toMatch(/^([\d,]+) of \1 agreements?$/);
  });

  /** A paste as the browser delivers one: a ClipboardEvent carrying the clipboard's data. */
  const paste = (text: string, html?: string) =>
    app.page.evaluate(
      ([text, html]) => {
        const data = new DataTransfer();
        data.setData('text/plain', text);
        if (html) data.setData('text/html', html);
        (document.activeElement ?? document.body).dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
      },
      [text, html] as const,
    );
  const clipboard = () => app.page.evaluate(() => navigator.clipboard.readText());
  const undo = async () => {
    await app.page.getByRole('button', { name: 'Undo', exact: true }).click();
  };

  it('pastes a 2×2 block from Excel into four cells, and one Undo takes it all back', async () => {
    await app.cell('Dortmund University', CITY).click();
    await paste('Pasted A\tPasted B\r\nPasted C\tPasted D\r\n');
    await expect.poll(() => app.cell('Dortmund University', CITY).textContent()).toBe('Pasted A');
    expect(await app.cell('Dortmund University', COUNTRY).textContent()).toBe('Pasted B');
    expect(await app.cell('Weihai Vocational College', CITY).textContent()).toBe('Pasted C');
    expect(await app.cell('Weihai Vocational College', COUNTRY).textContent()).toBe('Pasted D');
    await undo();
    await expect.poll(() => app.cell('Dortmund University', CITY).textContent()).toBe('Dortmund');
    expect(await app.cell('Weihai Vocational College', COUNTRY).textContent()).toBe('China');
    expect(await app.page.getByRole('button', { name: 'Undo', exact: true }).isDisabled()).toBe(true);
  });

  it('reads the HTML table Google Sheets puts on the clipboard', async () => {
    await app.cell('Dortmund University', CITY).click();
    await paste('Sheet A', '<google-sheets-html-origin><table><tr><td>Sheet A</td><td>Sheet B</td></tr></table>');
    await expect.poll(() => app.cell('Dortmund University', COUNTRY).textContent()).toBe('Sheet B');
    await undo();
    await expect.poll(() => app.cell('Dortmund University', COUNTRY).textContent()).toBe('Germany');
  });

  it('adds rows when a pasted block runs past the last row shown', async () => {
    await app.search('Vilnius University');
    await app.cell('Vilnius University', CITY).click();
    await paste('X1\tY1\nX2\tY2\nX3\tY3\n');
    await expect.poll(() => app.cell('Vilnius University', CITY).textContent()).toBe('X1');
    await app.search('');
    await expect.poll(() => app.counter()).toBe('76 of 76 agreements');
    await undo();
    await expect.poll(() => app.counter()).toBe('74 of 74 agreements');
    await app.search('Vilnius University');
    await expect.poll(() => app.cell('Vilnius University', CITY).textContent()).toBe('Vilnius');
  });

  it('fills every cell of a range with one pasted value', async () => {
    await app.cell('Dortmund University', CITY).click();
    await app.page.keyboard.press('Shift+ArrowDown');
    await paste('Same');
    await expect.poll(() => app.cell('Weihai Vocational College', CITY).textContent()).toBe('Same');
    expect(await app.cell('Dortmund University', CITY).textContent()).toBe('Same');
    await undo();
    await expect.poll(() => app.cell('Weihai Vocational College', CITY).textContent()).toBe('Weihai');
  });

  it('selects a range with Shift+Arrow and copies it as TSV', async () => {
    await app.cell('Dortmund University', CITY).click();
    await app.page.keyboard.press('Shift+ArrowRight');
    await app.page.keyboard.press('Shift+ArrowDown');
    await expect.poll(() => app.page.locator('.ag-cell.cell-in-range').count()).toBe(4);
    await app.page.keyboard.press('Control+c');
    await expect.poll(clipboard).toBe('Dortmund\tGermany\r\nWeihai\tChina\r\n');
    // A plain arrow starts over from the focused cell.
    await app.page.keyboard.press('ArrowDown');
    await expect.poll(() => app.page.locator('.ag-cell.cell-in-range').count()).toBe(0);
  });

  it('extends a range with Shift+click', async () => {
    await app.cell('Dortmund University', CITY).click();
    await app.cell('Weihai Vocational College', COUNTRY).click({ modifiers: ['Shift'] });
    await expect.poll(() => app.page.locator('.ag-cell.cell-in-range').count()).toBe(4);
    await app.page.keyboard.press('Control+c');
    await expect.poll(clipboard).toBe('Dortmund\tGermany\r\nWeihai\tChina\r\n');
  });

  it('puts a leading apostrophe on a copied cell that starts with "="', async () => {
    await app.editCell('Dortmund University', CITY, '=1+2');
    await expect.poll(() => app.cell('Dortmund University', CITY).textContent()).toBe('=1+2');
    await app.cell('Dortmund University', CITY).click();
    await app.page.keyboard.press('Control+c');
    await expect.poll(clipboard).toBe("'=1+2");
    await undo();
    await expect.poll(() => app.cell('Dortmund University', CITY).textContent()).toBe('Dortmund');
  });

  it('clears a range with Delete, and cuts one, each one undo step', async () => {
    await app.cell('Dortmund University', CITY).click();
    await app.page.keyboard.press('Shift+ArrowRight');
    await app.page.keyboard.press('Shift+ArrowDown');
    await app.page.keyboard.press('Delete');
    await expect.poll(() => app.cell('Weihai Vocational College', COUNTRY).textContent()).toBe('');
    expect(await app.cell('Dortmund University', CITY).textContent()).toBe('');
    await app.page.keyboard.press('Control+z');
    await expect.poll(() => app.cell('Weihai Vocational College', COUNTRY).textContent()).toBe('China');
    expect(await app.cell('Dortmund University', CITY).textContent()).toBe('Dortmund');

    await app.cell('Dortmund University', CITY).click();
    await app.page.keyboard.press('Shift+ArrowDown');
    await app.page.keyboard.press('Control+x');
    await expect.poll(clipboard).toBe('Dortmund\r\nWeihai\r\n');
    await expect.poll(() => app.cell('Weihai Vocational College', CITY).textContent()).toBe('');
    await app.page.keyboard.press('Control+z');
    await expect.poll(() => app.cell('Weihai Vocational College', CITY).textContent()).toBe('Weihai');
  });

  it('fills down with Ctrl+D: a range from its top row, one cell from the row above', async () => {
    await app.cell('Weihai Vocational College', CITY).click();
    await app.page.keyboard.press('Shift+ArrowDown');
    await app.page.keyboard.press('Shift+ArrowDown');
    await app.page.keyboard.press('Control+d');
    await expect.poll(() => app.cell('University of Latvia', CITY).textContent()).toBe('Weihai');
    expect(await app.cell('Green River College', CITY).textContent()).toBe('Weihai');
    await app.page.keyboard.press('Control+z');
    await expect.poll(() => app.cell('University of Latvia', CITY).textContent()).toBe('Riga');

    await app.cell('Weihai Vocational College', COUNTRY).click();
    await app.page.keyboard.press('Control+d');
    await expect.poll(() => app.cell('Weihai Vocational College', COUNTRY).textContent()).toBe('Germany');
    await app.page.keyboard.press('Control+z');
    await expect.poll(() => app.cell('Weihai Vocational College', COUNTRY).textContent()).toBe('China');
  });

  it('pastes one cell into the editor as text, and a block over the cells instead of into the editor', async () => {
    const cell = app.cell('Dortmund University', CITY);
    await cell.dblclick();
    await cell.locator('input').fill('Dort');
    await paste('mund-Süd\r\n');
    expect(await cell.locator('input').inputValue()).toBe('Dortmund-Süd');
    await app.page.keyboard.press('Escape');
    await app.page.locator('.ag-cell-inline-editing').waitFor({ state: 'detached' });

    await cell.dblclick();
    await paste('B1\tB2\nB3\tB4');
    await app.page.locator('.ag-cell-inline-editing').waitFor({ state: 'detached' });
    await expect.poll(() => app.cell('Weihai Vocational College', COUNTRY).textContent()).toBe('B4');
    expect(await cell.textContent()).toBe('B1');
    await undo();
    await expect.poll(() => cell.textContent()).toBe('Dortmund');
  });

  it('keeps Enter, typing and Tab working as before', async () => {
    const cell = app.cell('Vilnius University', CITY);
    await app.search('Vilnius University');
    await cell.click();
    await app.page.keyboard.press('Enter');
    await cell.locator('input').waitFor();
    await app.page.keyboard.press('Escape');
    await expect.poll(() => cell.textContent()).toBe('Vilnius');
  });
});
