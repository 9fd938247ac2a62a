import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { AppPage, fixtureBytes, PINNED_NOW } from './support/app-page';
import { launchChromium } from './support/chromium';

// The sample's columns in the grid: c<index in the file's header>.
const VALID_UNTIL = 'c7';
const LATVIA = 'University of Latvia';

/** A browser whose language is `locale` (navigator.languages), on the app. */
async function openIn(locale: string, importWord: string): Promise<AppPage> {
  const browser = await launchChromium();
  const context = await browser.newContext({ locale, acceptDownloads: true, viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  await page.clock.setFixedTime(PINNED_NOW);
  const app = new AppPage(browser, context, page);
  await page.goto(inject('baseURL'));
  await page.getByRole('button', { name: importWord, exact: true }).waitFor();
  return app;
}

interface Words {
  locale: string;
  lang: string;
  import: string;
  exportTsv: string;
  search: string;
  legend: string;
  imported: string;
  counter: (shown: number) => string;
  expired: string;
  active: string;
  renewal: string;
  statusHeader: string;
  saved: string;
  exported: RegExp;
  noRows: RegExp;
}

const LANGUAGES: Words[] = [
  {
    locale: 'ru-RU', lang: 'ru', import: 'Импорт', exportTsv: 'Экспорт TSV', search: 'Поиск', legend: 'Фильтр по статусу',
    imported: 'Импортировано 74 соглашения', counter: (n) => `${n} из 74 соглашений`, expired: 'Истекло', active: 'Действует', renewal: 'К продлению',
    statusHeader: 'Статус', saved: 'Все изменения сохранены', exported: /^Экспортировано 74 соглашения в .+\.tsv$/,
    noRows: /^Нет (подходящих )?строк$/,
  },
  {
    locale: 'kk-KZ', lang: 'kk', import: 'Импорттау', exportTsv: 'TSV экспорттау', search: 'Іздеу', legend: 'Күйі бойынша сүзу',
    imported: '74 келісім импортталды', counter: (n) => `${n} / 74 келісім`, expired: 'Мерзімі өтті', active: 'Жарамды', renewal: 'Ұзарту керек',
    statusHeader: 'Күйі', saved: 'Барлық өзгерістер сақталды', exported: /^74 келісім .+\.tsv файлына экспортталды$/,
    noRows: /^(Көрсететін|Сәйкес) жол жоқ$/,
  },
];

describe.each(LANGUAGES)('the main journey in $lang, the browser\'s language', (words) => {
  let app: AppPage;
  beforeAll(async () => {
    app = await openIn(words.locale, words.import);
  });
  afterAll(() => app.close());

  it('imports the sample, shows its statuses, counts, searches, edits and exports in the language, data untouched', async () => {
    const { page } = app;
    expect(await page.evaluate(() => document.documentElement.lang)).toBe(words.lang);
    await app.drop('partner-agreements.tsv');
    await app.waitForInfo(words.imported);
    expect(await page.title()).toBe('Pactsheet — partner-agreements');
    await expect.poll(() => app.counter()).toBe(words.counter(74));

    // The legend's chips and the grid's Status column speak the language; headers are the file's.
    const chips = page.getByRole('group', { name: words.legend }).getByRole('button');
    const expiredChip = chips.filter({ hasText: words.expired });
    const expiredCount = Number((await expiredChip.textContent())!.replace(/\D/g, ''));
    expect(expiredCount).toBeGreaterThan(0);
    await expect.poll(() => page.locator('.ag-header-cell[col-id="status"]').textContent()).toContain(words.statusHeader);
    expect(await page.locator(`.ag-header-cell[col-id="${VALID_UNTIL}"]`).textContent()).toContain('Valid until');

    // A search finds rows by the status word shown, in any case, and by the English one.
    const searchbox = page.getByRole('searchbox', { name: words.search });
    await searchbox.fill(words.expired.toUpperCase());
    await expect.poll(() => app.counter()).toBe(words.counter(expiredCount));
    await searchbox.fill('expired');
    await expect.poll(() => app.counter()).toBe(words.counter(expiredCount));
    // The longest status word fits its column whole.
    await searchbox.fill(words.renewal);
    const statusCell = page.locator('.ag-row:not(.ag-opacity-zero) [col-id="status"]').first();
    await expect.poll(() => statusCell.textContent()).toBe(words.renewal);
    expect(await statusCell.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
    await searchbox.fill('no such partner anywhere');
    await expect.poll(() => page.locator('.ag-overlay').textContent().then((t) => t?.trim())).toMatch(words.noRows);

    await searchbox.fill(LATVIA);
    await expect.poll(() => app.statusOf(LATVIA)).toBe(words.expired);
    await page.screenshot({ path: `/tmp/pactsheet-${words.lang}.png` });
    await app.editCell(LATVIA, VALID_UNTIL, '1/1/2030');
    await expect.poll(() => app.statusOf(LATVIA)).toBe(words.active);
    await page.getByText(words.saved).waitFor();

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: words.exportTsv }).click();
    const file = await download;
    await app.waitForInfo(words.exported);
    const { readFileSync } = await import('node:fs');
    const exported = readFileSync(await file.path()).toString('utf8');
    // Cell data is never translated: the header and the typed date are as in the file.
    const header = fixtureBytes('partner-agreements.tsv').toString('utf8').split('\n').find((line) => line.includes('Valid until'))!;
    expect(exported.split('\n')).toContain(header);
    expect(exported).toContain('1/1/2030');
  });
});

describe('the language switcher', () => {
  let app: AppPage;
  beforeAll(async () => {
    app = await openIn('en-US', 'Import');
  });
  afterAll(() => app.close());

  it('switches the interface at once, and the choice outlives a reload over the browser\'s language', async () => {
    const { page } = app;
    await app.drop('partner-agreements.tsv');
    await app.waitForInfo('Imported 74 agreements');
    await page.getByRole('combobox', { name: 'Language' }).selectOption('ru');
    await page.getByRole('button', { name: 'Импорт', exact: true }).waitFor();
    await expect.poll(() => app.counter()).toBe('74 из 74 соглашений');
    await expect.poll(() => page.locator('.ag-header-cell[col-id="status"]').textContent()).toContain('Статус');
    // The notice already on screen is said again, its details too.
    await app.info.getByText('Импортировано 74 соглашения').waitFor();
    await app.info.getByText(/^Сохранено 6 строк, которые не являются соглашениями/).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('ru');

    await page.reload();
    await page.getByRole('button', { name: 'Импорт', exact: true }).waitFor();
    await expect.poll(() => app.counter()).toBe('74 из 74 соглашений');
    expect(await page.getByRole('combobox', { name: 'Язык' }).inputValue()).toBe('ru');

    await page.getByRole('combobox', { name: 'Язык' }).selectOption('kk');
    await page.getByRole('button', { name: 'Импорттау', exact: true }).waitFor();
    await page.screenshot({ path: '/tmp/pactsheet-kk-switched.png' });
  });

  it('refuses a PNG in Russian, and says it again in English after a switch', async () => {
    const { page } = app;
    await page.getByRole('combobox', { name: /Language|Язык|Тіл/ }).selectOption('ru');
    await page.getByRole('button', { name: 'Импорт', exact: true }).waitFor();
    // A PNG's signature under a .tsv name: the bytes, not the name, are refused.
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]);
    await app.drop('photo.tsv', png);
    await app.alert
      .getByText('photo.tsv не импортирован: Это изображение PNG, а не таблица. Откройте таблицу соглашений и сохраните её как текст.')
      .waitFor();
    await page.getByRole('combobox', { name: 'Язык' }).selectOption('en');
    await app.alert.getByText('photo.tsv was not imported: This is a PNG image, not a table.', { exact: false }).waitFor();
  });
});
