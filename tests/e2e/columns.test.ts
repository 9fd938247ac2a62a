import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppPage } from './support/app-page';

// The sample's columns: c0 No, c1 Date of agreement, c2 Partner, c3 City, c4 Country, c5 QS ranking.
describe('columns, remembered per dataset', () => {
  let app: AppPage;
  const header = (colId: string) => app.page.locator(`.ag-header-cell[col-id="${colId}"]`);
  const width = async (colId: string) => Math.round((await header(colId).boundingBox())!.width);
  const pinnedLeft = (colId: string) => app.page.locator(`.ag-header .ag-grid-pinned-left-cells .ag-header-cell[col-id="${colId}"]`);
  /** The header's columns from left to right, as they are drawn. */
  const order = () =>
    app.page
      .locator('.ag-header .ag-header-cell[col-id]')
      .evaluateAll((cells) =>
        cells.sort((a, b) => a.getBoundingClientRect().x - b.getBoundingClientRect().x).map((c) => c.getAttribute('col-id')),
      );
  const menu = () => app.page.getByRole('dialog', { name: 'Columns: show, hide, pin and fit' });

  async function openMenu() {
    if (!(await menu().isVisible())) await app.page.getByRole('button', { name: 'Columns', exact: true }).click();
    return menu();
  }

  beforeAll(async () => {
    app = await AppPage.withFile('partner-agreements.tsv');
  });
  afterAll(() => app.close());

  it('freezes the Partner column in one click, and unfreezes it in another', async () => {
    const freeze = app.page.getByRole('button', { name: 'Freeze Partner' });
    await freeze.click();
    await expect.poll(() => pinnedLeft('c2').count()).toBe(1);
    expect(await freeze.getAttribute('aria-pressed')).toBe('true');
    await freeze.click();
    await expect.poll(() => pinnedLeft('c2').count()).toBe(0);
    expect(await freeze.getAttribute('aria-pressed')).toBe('false');
  });

  it('hides and shows a column from the Columns menu', async () => {
    const city = (await openMenu()).getByRole('checkbox', { name: 'City' });
    await city.uncheck();
    await expect.poll(() => header('c3').count()).toBe(0);
    await city.check();
    await expect.poll(() => header('c3').count()).toBe(1);
    await app.page.keyboard.press('Escape');
    await expect.poll(() => menu().isVisible()).toBe(false);
  });

  it('pins a column and fits it to its content from the menu, and opens the menu from a header’s right-click', async () => {
    await header('c4').click({ button: 'right' });
    await expect.poll(() => menu().isVisible()).toBe(true);
    await expect.poll(() => app.page.evaluate(() => document.activeElement?.closest('li')?.getAttribute('data-col'))).toBe('c4');
    await menu().getByRole('button', { name: 'Pin Country left' }).click();
    await expect.poll(() => pinnedLeft('c4').count()).toBe(1);
    await menu().getByRole('button', { name: 'Pin Country left' }).click();
    await expect.poll(() => pinnedLeft('c4').count()).toBe(0);
    const before = await width('c2');
    await menu().getByRole('button', { name: 'Fit Partner University / Organisation to its content' }).click();
    await expect.poll(() => width('c2')).not.toBe(before);
    await menu().getByRole('button', { name: 'Close' }).click();
  });

  it('brings back widths, order, hidden and pinned columns, sort, search and status after a reload', async () => {
    // Partner to 186 px by its edge, as a person drags it.
    const by = (await width('c2')) - 186;
    const edge = (await header('c2').locator('.ag-header-cell-resize').boundingBox())!;
    const [x, y] = [edge.x + edge.width / 2, edge.y + edge.height / 2];
    await app.page.mouse.move(x, y);
    await app.page.mouse.down();
    for (let i = 1; i <= 10; i++) await app.page.mouse.move(x - (i * by) / 10, y);
    await app.page.mouse.up();
    await expect.poll(() => width('c2')).toBe(186);
    // QS ranking dragged by its header to before Country.
    const qs = (await header('c5').boundingBox())!;
    const country = (await header('c4').boundingBox())!;
    await app.page.mouse.move(qs.x + 30, qs.y + qs.height / 2);
    await app.page.mouse.down();
    for (let x = qs.x + 30; x > country.x + 5; x -= 20) await app.page.mouse.move(x, qs.y + qs.height / 2);
    await app.page.mouse.move(country.x + 5, qs.y + qs.height / 2);
    await app.page.waitForTimeout(300);
    await app.page.mouse.up();
    await expect.poll(async () => (await order()).indexOf('c5') < (await order()).indexOf('c4')).toBe(true);
    await (await openMenu()).getByRole('checkbox', { name: 'City' }).uncheck();
    await app.page.keyboard.press('Escape');
    await app.page.getByRole('button', { name: 'Freeze Partner' }).click();
    await header('c4').locator('.ag-header-cell-label').click();
    await expect.poll(() => header('c4').getAttribute('aria-sort')).toBe('ascending');
    await app.search('Germany');
    await app.page.getByRole('button', { name: /^Expired/ }).click();
    const shown = await app.counter();
    const orderBefore = await order();
    // Written once the changes stop (debounced), by the data worker.
    await app.page.waitForTimeout(1000);

    await app.reload();
    await app.page.locator('.ag-row').first().waitFor();
    await expect.poll(() => app.counter()).toBe(shown);
    expect(await app.page.getByRole('searchbox', { name: 'Search' }).inputValue()).toBe('Germany');
    expect(await app.page.getByRole('button', { name: /^Expired/ }).getAttribute('aria-pressed')).toBe('true');
    await expect.poll(() => pinnedLeft('c2').count()).toBe(1);
    expect(await width('c2')).toBe(186);
    expect(await header('c3').count()).toBe(0);
    expect(await header('c4').getAttribute('aria-sort')).toBe('ascending');
    expect(await order()).toEqual(orderBefore);
  });

  it('keeps the layout in the backup, as a setting', async () => {
    const settings = await app.page.evaluate(
      () =>
        new Promise<string[]>((resolve, reject) => {
          const open = indexedDB.open('pactsheet');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const keys = open.result.transaction('settings').objectStore('settings').getAllKeys();
            keys.onsuccess = () => resolve(keys.result.map(String));
          };
        }),
    );
    expect(settings).toContain('view:partner-agreements');
  });
});

describe('moving a column with the keyboard', () => {
  let app: AppPage;
  const menu = () => app.page.getByRole('dialog', { name: 'Columns: show, hide, pin and fit' });
  /** The header's columns from left to right, as they are drawn. */
  const order = () =>
    app.page
      .locator('.ag-header .ag-header-cell[col-id]')
      .evaluateAll((cells) =>
        cells.sort((a, b) => a.getBoundingClientRect().x - b.getBoundingClientRect().x).map((c) => c.getAttribute('col-id')),
      );
  const focused = () => app.page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.getAttribute('col-id'));
  const announced = () => app.page.locator('[aria-live="polite"]', { hasText: 'moved to position' }).textContent();

  beforeAll(async () => {
    app = await AppPage.withFile('partner-agreements.tsv');
  });
  afterAll(() => app.close());

  it('moves a column from the Columns menu with Enter, keeps focus on the button, and says where it went', async () => {
    const before = await order();
    expect(before.indexOf('c4')).toBe(before.indexOf('c3') + 1);
    await app.page.getByRole('button', { name: 'Columns', exact: true }).click();
    await menu().getByRole('button', { name: 'Move Country left' }).focus();
    await app.page.keyboard.press('Enter');
    await expect.poll(focused).toBe('Move Country left');
    await app.page.keyboard.press('Enter');
    await expect.poll(async () => (await order()).indexOf('c4')).toBe(before.indexOf('c2'));
    await expect.poll(focused).toBe('Move Country left');
    // The menu lists the columns in the grid's order, and says the position in that list.
    const position = (await menu().locator('li').evaluateAll((items) => items.map((li) => li.getAttribute('data-col')))).indexOf('c4') + 1;
    const total = await menu().locator('li').count();
    await expect.poll(announced).toBe(`Country moved to position ${position} of ${total}.`);
    await app.page.keyboard.press('Escape');
  });

  it('moves a focused header with Shift+→, as ag-grid does', async () => {
    const before = await order();
    await app.page.locator('.ag-header-cell[col-id="c0"]').focus();
    await app.page.keyboard.press('Shift+ArrowRight');
    await expect.poll(async () => (await order()).indexOf('c0')).toBe(before.indexOf('c0') + 1);
    expect(await focused()).toBe('c0');
    await expect.poll(announced).toMatch(/^No moved to position \d+ of \d+\.$/);
  });

  it('remembers the order after a reload', async () => {
    const moved = await order();
    // Written once the changes stop (debounced), by the data worker.
    await app.page.waitForTimeout(1000);
    await app.reload();
    await app.page.locator('.ag-row').first().waitFor();
    await expect.poll(order).toEqual(moved);
  });
});
