import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppPage } from './support/app-page';

const NO = 'c0';
const PARTNER = 'c2';
const COUNTRY = 'c4';
/** The sample's longest partner name: 126 characters, far wider than its column. */
const LONG_PARTNER =
  'The "International Programme Centre" State Organisation of the Ministry of Education and Science of the Republic of Tajikistan';

describe('columns of the sample as a new user reads them', () => {
  let app: AppPage;

  const header = (column: string) => app.page.locator(`.ag-header-cell[col-id="${column}"] .ag-header-cell-label`);
  /** The first `n` rows' cells in a column, in the order shown. */
  async function topOf(column: string, n: number): Promise<string[]> {
    const cells = Array.from({ length: n }, (_, i) => app.page.locator(`.ag-row[row-index="${i}"] [col-id="${column}"]`).first());
    return Promise.all(cells.map(async (cell) => ((await cell.textContent()) ?? '').trim()));
  }

  beforeAll(async () => {
    app = await AppPage.withFile('partner-agreements.tsv');
  });
  afterAll(() => app.close());

  it('sorts "No" as numbers, not as text, with its blank cells after them', async () => {
    await header(NO).click();
    // As text it read "", "", …, "1", "10", "11"…
    await expect.poll(() => topOf(NO, 12)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12']);
    await header(NO).click();
    await header(NO).click(); // unsorted again
  });

  it('puts what needs action first when Status is clicked: Renewal due, Expired, Unknown, Active, Permanent', async () => {
    await header('status').click();
    // 13 due for renewal, then the 22 expired (the sample has no Unknown).
    await expect.poll(() => topOf('status', 1)).toEqual(['Renewal due']);
    expect(await topOf('status', 13)).toEqual(Array(13).fill('Renewal due'));
    const after = await app.page.locator('.ag-row[row-index="13"] [col-id="status"]').first().textContent();
    expect(after?.trim()).toBe('Expired');
    await header('status').click();
    await expect.poll(() => topOf('status', 1)).toEqual(['Permanent']);
    await header('status').click(); // unsorted again
  });

  it.each([1366, 1920])('shows "Renewal due" whole in the Status column at %i px', async (width) => {
    await app.page.setViewportSize({ width, height: 800 });
    await app.search('National Transport University');
    const cell = app.cell('National Transport University', 'status');
    await expect.poll(() => cell.textContent()).toBe('Renewal due');
    // Not cut to "Renewal …": the text needs no more room than the cell gives it.
    const fits = await cell.evaluate((el) =>
      [el, ...el.querySelectorAll('.ag-cell-value')].every((e) => e.scrollWidth <= e.clientWidth),
    );
    expect(fits).toBe(true);
    await app.search('');
  });

  it('shows a cut partner name whole on hover, and no tooltip for a cell that is not cut', async () => {
    await app.page.setViewportSize({ width: 1366, height: 800 });
    await app.search('Tajikistan');
    const cell = app.cell(LONG_PARTNER, PARTNER);
    await expect.poll(() => cell.textContent()).toBe(LONG_PARTNER);
    expect(await cell.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
    await cell.hover();
    await expect.poll(() => app.page.locator('.ag-tooltip').textContent()).toBe(LONG_PARTNER);

    await app.page.mouse.move(0, 0);
    await app.page.locator('.ag-tooltip').waitFor({ state: 'detached' });
    await app.cell(LONG_PARTNER, COUNTRY).hover();
    await app.page.waitForTimeout(1000);
    expect(await app.page.locator('.ag-tooltip').count()).toBe(0);
    await app.search('');
  });
});
