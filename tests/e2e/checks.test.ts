import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppPage } from './support/app-page';

// Column ids in the grid: c<index in the file's header>. The sample's City is c3, Country c4.
const CITY = 'c3';
const COUNTRY = 'c4';

describe('the Checks on the office\'s sample', () => {
  let app: AppPage;
  beforeAll(async () => {
    app = await AppPage.withFile('partner-agreements.tsv');
  });
  afterAll(() => app.close());

  const button = () => app.page.getByRole('button', { name: /^Checks/ });
  const panel = () => app.page.getByRole('region', { name: 'Checks' });
  const finding = (text: string | RegExp) => panel().getByRole('listitem').filter({ hasText: text });

  it('counts the findings on its button and lists them, Lviv filed under South Korea among them', async () => {
    await expect.poll(() => button().locator('.visually-hidden').textContent()).toBe('Checks: 8 findings');
    await button().click();
    await panel().getByText('8 findings, most serious first.').waitFor();
    expect(await panel().getByRole('listitem').first().textContent()).toContain('Error');
    await finding('Lviv is in Ukraine, not South Korea.').waitFor();
    // A picture to look at, outside the repository: a test run leaves the checkout as it found it.
    await app.page.screenshot({ path: join(tmpdir(), 'pactsheet-checks.png') });
  });

  it('goes to a finding\'s cell and focuses it; the cell carries a marker', async () => {
    await finding('Lviv is in Ukraine').getByRole('button', { name: /^Go to City of Lviv Polytechnic/ }).click();
    const cell = app.cell('Lviv Polytechnic', CITY);
    await expect.poll(() => cell.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await cell.getAttribute('class')).toContain('cell-finding');
  });

  it('fixes a country variant to the register\'s form in one step, which one Undo takes back', async () => {
    await app.search('Ankara University');
    await app.editCell('Ankara University', COUNTRY, 'Turkey');
    const variant = finding('Another name for a country written "Türkiye"');
    await variant.waitFor();
    await variant.getByRole('button', { name: 'Fix' }).click();
    await expect.poll(() => app.cell('Ankara University', COUNTRY).textContent()).toBe('Türkiye');
    await expect.poll(() => variant.count()).toBe(0);
    await app.page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => app.cell('Ankara University', COUNTRY).textContent()).toBe('Turkey');
    await app.page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => app.cell('Ankara University', COUNTRY).textContent()).toBe('Türkiye');
    await app.search('');
  });

  it('hides an ignored finding, still after a reload', async () => {
    await finding('Lviv is in Ukraine').getByRole('button', { name: 'Ignore' }).click();
    await expect.poll(() => finding('Lviv is in Ukraine').count()).toBe(0);
    await expect.poll(() => button().locator('.visually-hidden').textContent()).toBe('Checks: 7 findings');
    await app.saved();
    await app.reload();
    await expect.poll(() => button().locator('.visually-hidden').textContent()).toBe('Checks: 7 findings');
    await button().click();
    await panel().getByText('7 findings, most serious first.').waitFor();
    expect(await finding('Lviv').count()).toBe(0);
  });

  it('lists what is ignored on request, and shows a finding again', async () => {
    await panel().getByRole('button', { name: 'Ignored (1)' }).click();
    const ignored = panel().getByRole('list', { name: 'Ignored findings' });
    await ignored.getByText('Lviv is in Ukraine').waitFor();
    await ignored.getByRole('button', { name: 'Show again' }).click();
    await expect.poll(() => button().locator('.visually-hidden').textContent()).toBe('Checks: 8 findings');
    await finding('Lviv is in Ukraine').waitFor();
    expect(await panel().getByRole('button', { name: /^Ignored/ }).count()).toBe(0);
  });
});
