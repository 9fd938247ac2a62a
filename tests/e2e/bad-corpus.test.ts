import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeBigFile } from '../fixtures/bad/big-file';
import { AppPage } from './support/app-page';

type Expected = { records: number } | { message: string; line?: number };

const BAD = new URL('../fixtures/bad/', import.meta.url);
const expected = JSON.parse(readFileSync(new URL('expected.json', BAD), 'utf8')) as Record<string, Expected>;
const badBytes = (name: string) => readFileSync(new URL(name, BAD));
const refused = Object.entries(expected).flatMap(([name, e]) => ('message' in e ? [{ name, ...e }] : []));
const imported = Object.entries(expected).flatMap(([name, e]) => ('records' in e ? [{ name, records: e.records }] : []));

const agreementsText = (n: number) => `Imported ${n.toLocaleString('en-US')} ${n === 1 ? 'agreement' : 'agreements'}`;

describe('the bad-input corpus in the browser', () => {
  let app: AppPage;
  let before: Buffer;
  beforeAll(async () => {
    app = await AppPage.withFile('partner-agreements.tsv');
    before = (await app.exportTsv()).bytes;
  });
  afterAll(() => app?.close());

  it(`refuses ${refused.length} files with their exact message in an alert, and the stored data stays byte-identical`, async () => {
    for (const { name, message, line } of refused) {
      await app.drop(name, badBytes(name));
      const where = line ? ` (line ${line})` : '';
      await expect.poll(() => app.alert.textContent(), { message: name }).toContain(`${name} was not imported${where}: ${message}`);
      await expect.poll(() => app.counter(), { message: name }).toBe('74 of 74 agreements');
    }
    await app.reload();
    expect((await app.exportTsv()).bytes.equals(before)).toBe(true);
  }, 120_000);

  it.each(imported)('imports $name with $records agreements after "Replace"', async ({ name, records }) => {
    await app.drop(name, badBytes(name));
    await app.page.getByRole('dialog').getByRole('button', { name: 'Replace' }).click();
    await app.waitForInfo(agreementsText(records));
    const count = records.toLocaleString('en-US');
    await expect.poll(() => app.counter()).toBe(`${count} of ${count} ${records === 1 ? 'agreement' : 'agreements'}`);
  });

  it('refuses a 50 MB file of 393,671 rows with its count, the page never frozen', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pactsheet-bad-'));
    try {
      const { bytes, records } = makeBigFile();
      const before = await app.counter();
      const path = join(dir, 'agreements-50mb.tsv');
      writeFileSync(path, bytes);
      await app.page.evaluate(() => {
        const w = window as unknown as { longTasks: number[][] };
        w.longTasks = [];
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) w.longTasks.push([Math.round(entry.startTime), Math.round(entry.duration)]);
        }).observe({ type: 'longtask', buffered: false });
      });
      // Through the file input: 50 MB by path, not as a JSON array through the protocol.
      const chooser = app.page.waitForEvent('filechooser');
      await app.page.getByRole('button', { name: 'Import', exact: true }).click();
      await (await chooser).setFiles(path);
      // Reading 50 MB takes long enough that the progress bar must show.
      await app.page.getByRole('progressbar', { name: /Reading agreements-50mb\.tsv/ }).waitFor();
      const count = records.toLocaleString('en-US');
      await expect
        .poll(() => app.alert.textContent(), { timeout: 120_000 })
        .toContain(`agreements-50mb.tsv was not imported: The file holds ${count} agreements; Pactsheet keeps at most 200,000`);
      const tasks = await app.page.evaluate(() => (window as unknown as { longTasks: number[][] }).longTasks);
      const longest = Math.max(0, ...tasks.map(([, duration]) => duration));
      console.log(`50 MB file (${count} agreements): longest main-thread task ${longest} ms`);
      expect(longest).toBeLessThan(250);
      expect(await app.counter()).toBe(before);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 300_000);
});
