import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator } from 'playwright-core';
import { AppPage, fixturePath } from './support/app-page';

const CITY = 'c3';
const COUNTRY = 'c4';

describe('two tabs on the same data', () => {
  let first: AppPage;
  let second: AppPage;
  beforeAll(async () => {
    first = await AppPage.withFile('partner-agreements.tsv');
    second = await first.openTab();
  });
  afterAll(() => first.close());

  it('shows an edit made in one tab in the other within a second', async () => {
    await first.search('KU Leuven');
    await second.search('KU Leuven');
    await first.editCell('KU Leuven', CITY, 'Louvain');
    await expect.poll(() => second.cell('KU Leuven', CITY).textContent(), { timeout: 1000 }).toBe('Louvain');
  });

  it('lets the later write win, and tells the other tab its value was replaced', async () => {
    await second.editCell('KU Leuven', CITY, 'Leuven (second tab)');
    await second.saved();
    await first.editCell('KU Leuven', CITY, 'Leuven (first tab, later)');
    await expect.poll(() => second.cell('KU Leuven', CITY).textContent()).toBe('Leuven (first tab, later)');
    await expect
      .poll(() => second.alert.textContent())
      .toContain('City is now "Leuven (first tab, later)" (you had typed "Leuven (second tab)")');
    expect(await first.cell('KU Leuven', CITY).textContent()).toBe('Leuven (first tab, later)');
  });

  it('saves and asks to reload when another tab upgrades the database', async () => {
    await first.editCell('KU Leuven', CITY, 'Saved before the upgrade');
    // Stands in for a newer Pactsheet in another tab: it opens the database at a higher version.
    const upgraded = second.page.evaluate(
      () =>
        new Promise<number>((resolve, reject) => {
          const request = indexedDB.open('pactsheet', 1000);
          request.onsuccess = () => {
            const version = request.result.version;
            request.result.close();
            resolve(version);
          };
          request.onerror = () => reject(request.error);
        }),
    );
    await first.page.getByText('Pactsheet was updated in another tab. Everything you changed is saved.').waitFor();
    expect(await upgraded).toBe(1000);
    // The upgraded database still holds the edit made just before.
    const city = await second.page.evaluate(
      () =>
        new Promise<string>((resolve) => {
          const request = indexedDB.open('pactsheet');
          request.onsuccess = () => {
            const pages = request.result.transaction('pages').objectStore('pages').getAll();
            pages.onsuccess = () => {
              const rows = (pages.result as { rows: { cells: string[] }[] }[]).flatMap((p) => p.rows);
              resolve(rows.find((r) => r.cells[2] === 'KU Leuven')?.cells[3] ?? '');
            };
          };
        }),
    );
    expect(city).toBe('Saved before the upgrade');
  });
});

describe('backups and earlier data', () => {
  let app: AppPage;
  /** The backup downloaded by the second test, restored by the ones after it. */
  let backupPath: string;
  beforeAll(async () => {
    app = await AppPage.withFile('sample-excel-bom-crlf.tsv');
  });
  afterAll(() => app.close());

  /** A message is seen: shown, and no dialog (the About panel, its backdrop) lies over it. */
  async function seen(message: Locator) {
    await message.waitFor();
    expect(await app.aboutPanel.count()).toBe(0);
    expect(await app.uncovered(message)).toBe(true);
  }

  it('says where the data lives and how much storage it uses', async () => {
    const panel = await app.about();
    await expect.poll(() => panel.textContent()).toMatch(/Only in this browser, on this device/);
    await expect.poll(() => panel.textContent()).toMatch(/Persistent storage: (granted|not granted)/);
    await expect.poll(() => panel.textContent()).toMatch(/Using [\d.,]+ MB of [\d.,]+ MB available/);
    await panel.getByRole('button', { name: 'Close' }).click();
  });

  it('restores a backup exactly after the data is wiped, without asking, and says so', async () => {
    await app.search('KU Leuven');
    await app.editCell('KU Leuven', CITY, 'Edited before backup');
    await app.saved();
    const before = (await app.exportTsv()).bytes;

    const panel = await app.about();
    const download = app.page.waitForEvent('download');
    await panel.getByRole('button', { name: 'Download backup' }).click();
    const backup = await download;
    expect(backup.suggestedFilename()).toBe('sample-excel-bom-crlf-backup-2026-11-28.json');
    backupPath = await backup.path();
    await panel.getByRole('button', { name: 'Close' }).click();

    // Wipe everything this site stored, as "Clear site data" would.
    await app.page.evaluate(() => new Promise((resolve) => { const r = indexedDB.deleteDatabase('pactsheet'); r.onsuccess = r.onerror = r.onblocked = resolve; }));
    await app.reload();
    await app.page.getByRole('button', { name: 'Try the sample' }).waitFor();

    // Nothing to replace: restored at once, as an import into an empty workspace is.
    await app.restoreBackup(backupPath, 'sample-backup.json');
    await seen(app.info.getByText('Restored 74 agreements from sample-backup.json'));
    expect((await app.exportTsv()).bytes.equals(before)).toBe(true);
  });

  it('asks before a backup replaces the agreements: Cancel changes nothing, Replace restores and says so', async () => {
    await app.search('KU Leuven');
    await app.editCell('KU Leuven', CITY, 'Edited after backup');
    await app.saved();
    const edited = (await app.exportTsv()).bytes;

    await app.restoreBackup(backupPath, 'sample-backup.json');
    const question = app.page.getByRole('dialog', { name: 'Replace your agreements?' });
    await question.waitFor();
    await expect.poll(() => question.textContent()).toContain('sample-backup.json is a backup of sample-excel-bom-crlf saved on Nov 28, 2026');
    await expect.poll(() => question.textContent()).toContain('74 agreements in 10 columns');
    await expect.poll(() => question.textContent()).toContain('Replacing discards the 74 agreements you have now');
    await question.getByRole('button', { name: 'Cancel' }).click();
    await seen(app.info.getByText('Restore cancelled: sample-backup.json was not restored; nothing changed.'));
    expect(await app.cell('KU Leuven', CITY).textContent()).toBe('Edited after backup');
    await app.reload();
    expect((await app.exportTsv()).bytes.equals(edited)).toBe(true);

    await app.restoreBackup(backupPath, 'sample-backup.json');
    await question.getByRole('button', { name: 'Replace' }).click();
    await seen(app.info.getByText('Restored 74 agreements from sample-backup.json'));
    await app.search('KU Leuven');
    expect(await app.cell('KU Leuven', CITY).textContent()).toBe('Edited before backup');
  });

  it('shows why a file that is not a backup was refused, and changes nothing', async () => {
    const before = (await app.exportTsv()).bytes;
    await app.restoreBackup(fixturePath('partner-agreements.tsv'));
    await seen(app.alert.getByText('partner-agreements.tsv was not restored: This is not a Pactsheet backup: it is not JSON.'));
    expect(await app.page.getByRole('dialog').count()).toBe(0);
    expect((await app.exportTsv()).bytes.equals(before)).toBe(true);
  });

  it('keeps the data a replacing import displaced, and brings it back', async () => {
    const before = (await app.exportTsv()).bytes;
    await app.drop('sample-utf16le.tsv');
    await app.page.getByRole('dialog').getByRole('button', { name: 'Replace' }).click();
    await app.waitForInfo('Imported 74 agreements');
    const panel = await app.about();
    await panel.getByRole('button', { name: 'Restore earlier data' }).click();
    await seen(app.info.getByText(/Restored the earlier data: 74 agreements/));
    expect((await app.exportTsv()).bytes.equals(before)).toBe(true);
  });
});

describe('a stored copy the browser discards', () => {
  let app: AppPage;
  beforeAll(async () => {
    app = await AppPage.withFile('partner-agreements.tsv');
  });
  afterAll(() => app.close());

  it('keeps every row in the tab, says so, exports them, and stores them again once they fit', async () => {
    await app.search('KU Leuven');
    await app.editCell('KU Leuven', CITY, 'Edited before the loss');
    await app.saved();
    const before = (await app.exportTsv()).bytes;
    // What Chromium does to a database it finds damaged (a completely full disk can do that):
    // deleted under the open page, its connections closed. A quota of one byte keeps the disk
    // "full" until the test lifts it.
    const cdp = await app.page.context().newCDPSession(app.page);
    const origin = new URL(app.page.url()).origin;
    await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: 1 });
    await cdp.send('Storage.clearDataForOrigin', { origin, storageTypes: 'indexeddb' });
    await expect.poll(() => app.alert.textContent(), { timeout: 10_000 }).toContain('The browser has discarded its stored copy of your 74 agreements');
    await app.page.getByText('Not saved yet').waitFor();

    // Meanwhile the tab's own copy is exported, and changes are kept with it.
    expect((await app.exportTsv()).bytes.equals(before)).toBe(true);
    await app.editCell('KU Leuven', COUNTRY, 'Edited while not stored');
    expect(await app.cell('KU Leuven', COUNTRY).textContent()).toBe('Edited while not stored');

    await cdp.send('Storage.overrideQuotaForOrigin', { origin });
    await app.waitForInfo('Stored again: the browser had discarded its copy, and all 74 agreements are safe in it again.');
    await app.saved();
    // Stored as before: an edit is saved by the worker, whose connection was closed under it too.
    await app.editCell('KU Leuven', CITY, 'Edited after the loss');
    await app.saved();
    await app.reload();
    await app.search('KU Leuven');
    expect(await app.cell('KU Leuven', CITY).textContent()).toBe('Edited after the loss');
    expect(await app.cell('KU Leuven', COUNTRY).textContent()).toBe('Edited while not stored');
    await expect.poll(() => app.counter()).toBe('1 of 74 agreements');
  });
});

describe('the export reminder', () => {
  it('says how long ago the last export was when there are changes since', async () => {
    // A running clock: an edit after the export must be later than it, as in life.
    const app = await AppPage.open({ startAt: new Date('2026-11-25T10:00:00') });
    try {
      await app.drop('partner-agreements.tsv');
      await app.waitForInfo('Imported 74 agreements');
      await app.exportTsv();
      await app.search('KU Leuven');
      await app.editCell('KU Leuven', CITY, 'Changed after export');
      await app.saved();
      await app.page.clock.setSystemTime(new Date('2026-11-28T10:00:00'));
      await app.reload();
      await app.page.getByText('Last exported 3 days ago').waitFor();
      await app.exportTsv();
      await expect.poll(() => app.page.getByText(/Last exported/).count()).toBe(0);
    } finally {
      await app.close();
    }
  });
});
