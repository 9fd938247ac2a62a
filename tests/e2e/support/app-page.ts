import { readFileSync } from 'node:fs';
import { basename, isAbsolute } from 'node:path';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { inject } from 'vitest';
import { launchChromium } from './chromium';
import { RequestRecorder } from './privacy';

export const FIXTURES = new URL('../../fixtures/', import.meta.url);
export const fixturePath = (name: string) => new URL(name, FIXTURES).pathname;
export const fixtureBytes = (name: string) => readFileSync(new URL(name, FIXTURES));

/**
 * What exporting the imported sample gives: the whole file, byte for byte; its title, blank and
 * legend lines (28, 29, 30, 60, 80, 81) are not records but are kept and exported where they stood.
 */
export function sampleExportBytes(): Buffer {
  return fixtureBytes('partner-agreements.tsv');
}

/** The date the sample's expected counts are computed against. */
export const PINNED_NOW = new Date('2026-11-28T10:00:00');

/** Pactsheet as a user sees it: a page model over one browser page. */
export class AppPage {
  /** Every request of the context, service worker's included: closing fails on a foreign one. */
  readonly requests: RequestRecorder;

  constructor(
    readonly browser: Browser,
    readonly context: BrowserContext,
    readonly page: Page,
    requests?: RequestRecorder,
  ) {
    this.requests = requests ?? new RequestRecorder(context, inject('baseURL'));
  }

  /**
   * `now` pins the date (time stands still); `startAt` starts a clock that runs on from there,
   * timers included, for tests that cross midnight.
   */
  static async open(options: { now?: Date; startAt?: Date } = {}): Promise<AppPage> {
    const browser = await launchChromium();
    const context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1400, height: 900 } });
    const page = await context.newPage();
    if (options.startAt) await page.clock.install({ time: options.startAt });
    else await page.clock.setFixedTime(options.now ?? PINNED_NOW);
    const app = new AppPage(browser, context, page);
    await app.goto();
    return app;
  }

  /** The app with a file dropped in and imported: where most suites start. */
  static async withFile(name = 'partner-agreements.tsv', options: { now?: Date } = {}): Promise<AppPage> {
    const app = await AppPage.open(options);
    await app.drop(name);
    await app.waitForInfo(/^Imported \d[\d,]* agreements?$/);
    return app;
  }

  /**
   * A browser on a blank page, not yet on the app: for tests that must watch from the very first
   * request (recorders, init scripts) or open the app elsewhere with `visit`.
   */
  static async launch(options: { now?: Date; appUrl?: string } = {}): Promise<AppPage> {
    const browser = await launchChromium();
    const context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1400, height: 900 } });
    const page = await context.newPage();
    await page.clock.setFixedTime(options.now ?? PINNED_NOW);
    return new AppPage(browser, context, page, new RequestRecorder(context, options.appUrl ?? inject('baseURL')));
  }

  /** Opens the app at an address of the test's choosing (another server, a sub-path). */
  async visit(url: string = inject('baseURL')): Promise<void> {
    await this.page.goto(url);
    await this.page.getByRole('button', { name: 'Import', exact: true }).waitFor();
  }

  /** Resolves once a service worker controls the page, reloading once if needed (first visit). */
  async waitForServiceWorker(): Promise<void> {
    await this.page.evaluate(() => navigator.serviceWorker.ready);
    // A first visit is not controlled until it is loaded again (the app does not claim clients).
    if (!(await this.page.evaluate(() => navigator.serviceWorker.controller !== null))) await this.reload();
  }

  async goto(): Promise<void> {
    await this.page.goto(inject('baseURL'));
    await this.page.getByRole('button', { name: 'Import', exact: true }).waitFor();
  }

  async reload(): Promise<void> {
    await this.page.reload();
    await this.page.getByRole('button', { name: 'Import', exact: true }).waitFor();
  }

  /** Closes the browser, and fails if anything in it ever talked to another origin. */
  async close(): Promise<void> {
    const foreign = this.requests.foreign();
    await this.browser.close();
    if (foreign.length > 0) throw new Error(`Requests left the app's origin: ${foreign.join(', ')}`);
  }

  /** A second tab on the same browser profile (same IndexedDB), with the same pinned date. */
  async openTab(now: Date = PINNED_NOW): Promise<AppPage> {
    const page = await this.context.newPage();
    await page.clock.setFixedTime(now);
    const tab = new AppPage(this.browser, this.context, page, this.requests);
    await tab.goto();
    return tab;
  }

  /** Drops a file on the window as a user dragging it from the file manager would. */
  async drop(name: string, bytes: Uint8Array = fixtureBytes(name)): Promise<void> {
    const dataTransfer = await this.page.evaluateHandle(
      ({ data, fileName }) => {
        const transfer = new DataTransfer();
        transfer.items.add(new File([new Uint8Array(data)], fileName));
        return transfer;
      },
      { data: Array.from(bytes), fileName: basename(name) },
    );
    await this.page.dispatchEvent('body', 'dragenter', { dataTransfer });
    await this.page.dispatchEvent('body', 'drop', { dataTransfer });
  }

  /**
   * Picks a file through the Import button's real file input: a fixture's name, or an absolute
   * path (a large file goes by path, not through the test's memory).
   */
  async importWithButton(name: string): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser');
    await this.page.getByRole('button', { name: 'Import', exact: true }).click();
    await (await chooser).setFiles(isAbsolute(name) ? name : fixturePath(name));
  }

  /** Opens the About / Privacy panel. */
  async about(): Promise<Locator> {
    await this.page.getByRole('button', { name: 'About / Privacy' }).click();
    return this.aboutPanel;
  }

  get aboutPanel(): Locator {
    return this.page.getByRole('dialog', { name: 'About / Privacy' });
  }

  /** Picks a backup file through About / Privacy → Restore, under the name a user's file would have. */
  async restoreBackup(path: string, name = basename(path)): Promise<void> {
    const panel = await this.about();
    const chooser = this.page.waitForEvent('filechooser');
    await panel.getByRole('button', { name: 'Restore', exact: true }).click();
    await (await chooser).setFiles({ name, mimeType: 'application/json', buffer: readFileSync(path) });
  }

  /** Whether a person sees this element: nothing (a dialog, its backdrop) lies over its middle. */
  async uncovered(locator: Locator): Promise<boolean> {
    return locator.evaluate((el) => {
      const box = el.getBoundingClientRect();
      const hit = document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2);
      return hit !== null && el.contains(hit);
    });
  }

  get info(): Locator {
    return this.page.getByRole('status');
  }

  get alert(): Locator {
    return this.page.getByRole('alert');
  }

  async waitForInfo(text: string | RegExp): Promise<void> {
    await this.info.getByText(text).first().waitFor();
  }

  /** The "N of M agreements" counter. */
  async counter(): Promise<string> {
    return (await this.page.locator('.toolbar .count').textContent())?.trim() ?? '';
  }

  async legendCounts(): Promise<Record<string, number>> {
    const chips = this.page.getByRole('group', { name: 'Filter by status' }).getByRole('button');
    const texts = await chips.allTextContents();
    return Object.fromEntries(
      texts.map((t) => {
        const m = /^\s*(.*?)\s+([\d,]+)\s*$/.exec(t)!;
        return [m[1], Number(m[2].replace(/,/g, ''))];
      }),
    );
  }

  async search(text: string): Promise<void> {
    await this.page.getByRole('searchbox', { name: 'Search' }).fill(text);
  }

  /**
   * The grid row holding this text; use with a search that leaves it on screen. A row fading out
   * after a filter change lingers for a moment with the same text: it doesn't count.
   */
  row(text: string): Locator {
    return this.page.locator('.ag-row:not(.ag-opacity-zero)', { hasText: text }).first();
  }

  /** The Status word shown for the row holding this text. */
  async statusOf(text: string): Promise<string> {
    return ((await this.cell(text, 'status').textContent()) ?? '').trim();
  }

  cell(rowText: string, column: string): Locator {
    return this.row(rowText).locator(`[col-id="${column}"]`);
  }

  async rowBackground(text: string): Promise<string> {
    return this.row(text).evaluate((el) => getComputedStyle(el).backgroundColor);
  }

  /** Double-clicks a cell, replaces its text and presses Enter. */
  async editCell(rowText: string, column: string, value: string): Promise<void> {
    const cell = this.cell(rowText, column);
    await cell.dblclick();
    const editor = cell.locator('input');
    await editor.fill(value);
    await editor.press('Enter');
  }

  /** Waits until every change is durably stored, as the toolbar reports it. */
  async saved(): Promise<void> {
    await this.page.getByText('All changes saved').waitFor();
  }

  /** Clicks "Export TSV" (or `button`) and returns the downloaded file's name and bytes. */
  async exportTsv(button = 'Export TSV'): Promise<{ name: string; bytes: Buffer }> {
    const download = this.page.waitForEvent('download');
    await this.page.getByRole('button', { name: button, exact: true }).click();
    const file = await download;
    const path = await file.path();
    return { name: file.suggestedFilename(), bytes: readFileSync(path) };
  }
}
