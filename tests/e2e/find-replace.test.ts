import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppPage } from './support/app-page';

const COUNTRY = 'c4';

describe('find and replace', () => {
  let app: AppPage;
  beforeAll(async () => {
    app = await AppPage.withFile('partner-agreements.tsv');
  });
  afterAll(() => app.close());

  it('replaces "USA" with "United States" in Country as one step, after showing how many cells match', async () => {
    await app.page.getByRole('button', { name: 'Find and replace', exact: true }).click();
    const dialog = app.page.getByRole('dialog', { name: 'Find and replace' });
    await dialog.getByLabel('Find', { exact: true }).fill('USA');
    await dialog.getByLabel('Replace with').fill('United States');
    await dialog.getByLabel('Column', { exact: true }).selectOption({ label: 'Country' });
    await dialog.getByLabel('Whole cell').check();
    await expect.poll(() => dialog.getByRole('status').textContent()).toContain('5 cells match');
    await dialog.getByRole('button', { name: 'Replace all (5)' }).click();
    await expect.poll(() => dialog.getByRole('status').textContent()).toContain('No cells match');
    await app.waitForInfo('Replaced 5 cells.');
    await dialog.getByRole('button', { name: 'Close' }).click();

    await app.search('Green River');
    await expect.poll(() => app.cell('Green River College', COUNTRY).textContent()).toBe('United States');
    await app.page.getByRole('button', { name: 'Undo', exact: true }).click();
    await expect.poll(() => app.cell('Green River College', COUNTRY).textContent()).toBe('USA');
    expect(await app.page.getByRole('button', { name: 'Undo', exact: true }).isDisabled()).toBe(true);
  });

  it('opens with Ctrl+H and matches case only when asked', async () => {
    await app.search('');
    await app.page.locator('.ag-root').click({ position: { x: 5, y: 5 } });
    await app.page.keyboard.press('Control+h');
    const dialog = app.page.getByRole('dialog', { name: 'Find and replace' });
    await dialog.getByLabel('Find', { exact: true }).fill('usa');
    await expect.poll(() => dialog.getByRole('status').textContent()).toMatch(/[1-9]\d* cells? match/);
    await dialog.getByLabel('Match case').check();
    await expect.poll(() => dialog.getByRole('status').textContent()).toContain('No cells match');
    await app.page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
  });
});
