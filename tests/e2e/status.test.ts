import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'date-fns';
import { importBytes } from '../../src/lib/domain/import-file';
import { AppPage, fixtureBytes } from './support/app-page';

function sampleTable() {
  const result = importBytes(fixtureBytes('partner-agreements.tsv'));
  if (!result.ok) throw new Error(result.error.reason.key);
  return result.table;
}

describe('statuses of the sample on 2026-11-28', () => {
  let app: AppPage;

  const sortBy = (column: string) => app.page.locator(`.ag-header-cell[col-id="${column}"] .ag-header-cell-label`).click();
  /** The first `n` rows' cells in a column, in the order shown. */
  async function topOf(column: string, n: number): Promise<string[]> {
    const cells = Array.from({ length: n }, (_, i) => app.page.locator(`.ag-row[row-index="${i}"] [col-id="${column}"]`).first());
    return Promise.all(cells.map(async (cell) => ((await cell.textContent()) ?? '').trim()));
  }

  beforeAll(async () => {
    app = await AppPage.withFile('partner-agreements.tsv');
  });
  afterAll(() => app.close());

  it('counts each status in the legend', async () => {
    expect(await app.legendCounts()).toEqual({
      Active: 35,
      'Renewal due': 13,
      Expired: 22,
      Permanent: 4,
      Unknown: 0,
    });
  });

  it.each([
    ['KU Leuven', 'Expired', 'rgb(231, 231, 231)'],
    ['National Transport University', 'Renewal due', 'rgb(255, 241, 201)'],
    ['Gazi University', 'Active', 'rgb(230, 244, 234)'],
    ['Dortmund University', 'Permanent', 'rgb(228, 238, 252)'],
  ])('shows %s as %s in words and in colour', async (partner, word, colour) => {
    await app.search(partner);
    await expect.poll(() => app.statusOf(partner)).toBe(word);
    await expect.poll(() => app.rowBackground(partner)).toBe(colour);
  });

  it('filters the grid when a status in the legend is clicked, and again to clear', async () => {
    await app.search('');
    const expired = app.page.getByRole('button', { name: /^Expired/ });
    await expired.click();
    await expect.poll(() => app.counter()).toBe('22 of 74 agreements');
    await expired.click();
    await expect.poll(() => app.counter()).toBe('74 of 74 agreements');
  });

  it('filters by the words of the Status column, from its header menu', async () => {
    await app.search('');
    await app.page.locator('.ag-header-cell[col-id="status"] .ag-header-cell-filter-button').click();
    const words = app.page.locator('.ag-filter input[type="text"]').first();
    await words.fill('Expired');
    await expect.poll(() => app.counter()).toBe('22 of 74 agreements');
    await words.fill('');
    await expect.poll(() => app.counter()).toBe('74 of 74 agreements');
    await app.page.keyboard.press('Escape');
  });

  it('sorts by a clicked header: rankings by their number, dates by date, statuses by urgency', async () => {
    const { header, rows } = sampleTable();
    const [qs, validUntil] = [header.indexOf('QS ranking'), header.indexOf('Valid until')];
    const firstNumber = (text: string) => Number(/\d+/.exec(text)?.[0]);
    const ranked = rows.map((r) => r[qs]).filter((t) => /\d/.test(t)).sort((a, b) => firstNumber(a) - firstNumber(b));
    const time = (text: string) => parse(text, 'M/d/yyyy', new Date(0)).getTime();
    const dated = rows.map((r) => r[validUntil]).filter((t) => !Number.isNaN(time(t))).sort((a, b) => time(a) - time(b));

    await sortBy(`c${qs}`);
    await expect.poll(() => topOf(`c${qs}`, 3)).toEqual(ranked.slice(0, 3));
    await sortBy(`c${validUntil}`);
    await expect.poll(() => topOf(`c${validUntil}`, 3)).toEqual(dated.slice(0, 3));
    // Descending: text that is not a date (Permanent) comes first, as it came last.
    await sortBy(`c${validUntil}`);
    await expect.poll(() => topOf(`c${validUntil}`, 1)).toEqual(['Permanent']);
    await sortBy('status');
    await expect.poll(() => topOf('status', 1)).toEqual(['Renewal due']);
    await sortBy('status');
    await sortBy('status'); // a third click: unsorted, in file order again
    await expect.poll(() => topOf(`c${qs}`, 1)).toEqual([rows[0][qs]]);
  });

  it('searches every column with the Search box', async () => {
    await app.search('Türkiye');
    await expect.poll(() => app.counter()).toBe('10 of 74 agreements');
    await app.search('İstanbul Nişantaşı');
    await expect.poll(() => app.counter()).toBe('1 of 74 agreements');
    // Typed without the letters a keyboard may lack, and in any case.
    await app.search('TURKIYE');
    await expect.poll(() => app.counter()).toBe('10 of 74 agreements');
    await app.search('istanbul nisantasi');
    await expect.poll(() => app.counter()).toBe('1 of 74 agreements');
    // Words may come from different columns, and the status is searchable too.
    await app.search('ankara expired');
    await expect.poll(() => app.counter()).toBe('0 of 74 agreements');
    await app.search('ankara renewal');
    await expect.poll(() => app.counter()).toBe('2 of 74 agreements');
    await app.search('ankara active');
    await expect.poll(() => app.counter()).toBe('1 of 74 agreements');
    await app.search('');
  });

  it('moves agreements into Renewal due when the window is widened', async () => {
    const months = app.page.getByRole('spinbutton', { name: /Renewal due within/ });
    await months.fill('12');
    await months.press('Enter');
    await expect.poll(async () => (await app.legendCounts())['Renewal due']).toBeGreaterThan(13);
    await months.fill('6');
    await months.press('Enter');
    await expect.poll(async () => (await app.legendCounts())['Renewal due']).toBe(13);
    // Cleared, the box is not taken for 0 months: the window stays, and so does the box's number.
    await months.fill('');
    await months.press('Enter');
    await expect.poll(() => months.inputValue()).toBe('6');
    expect((await app.legendCounts())['Renewal due']).toBe(13);
  });
});

describe('statuses at midnight', () => {
  it('turns Renewal due into Expired when the day passes while the app is open', async () => {
    const app = await AppPage.open({ startAt: new Date('2026-11-29T23:59:50') });
    try {
      await app.drop('partner-agreements.tsv');
      await app.waitForInfo('Imported 74 agreements');
      await app.search('National Transport University');
      expect(await app.statusOf('National Transport University')).toBe('Renewal due');
      // Valid until 11/29/2026: from midnight on it has expired, with no reload or click.
      await app.page.clock.runFor(15_000);
      await expect.poll(() => app.statusOf('National Transport University')).toBe('Expired');
    } finally {
      await app.close();
    }
  });
});
