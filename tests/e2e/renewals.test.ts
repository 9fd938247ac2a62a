import { readFileSync } from 'node:fs';
import ICAL from 'ical.js';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppPage } from './support/app-page';

interface Parsed {
  uid: string;
  summary: string;
  sequence: number;
  start: string;
}

function parseCalendar(text: string): Parsed[] {
  const calendar = new ICAL.Component(ICAL.parse(text) as unknown[]);
  return calendar.getAllSubcomponents('vevent').map((component) => {
    const event = new ICAL.Event(component);
    return { uid: event.uid, summary: event.summary, sequence: event.sequence, start: event.startDate.toString() };
  });
}

/** The text of each page of a PDF, and each page's size in points. */
async function pdfPages(bytes: Uint8Array): Promise<{ text: string; width: number; height: number }[]> {
  const pdf = await getDocument({ data: new Uint8Array(bytes) }).promise;
  const pages = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const page = await pdf.getPage(n);
    const content = await page.getTextContent();
    const [, , width, height] = page.view;
    pages.push({ text: content.items.map((item) => ('str' in item ? item.str : '')).join(' '), width, height });
  }
  return pages;
}

describe('renewals, overview and print', () => {
  let app: AppPage;
  beforeAll(async () => {
    app = await AppPage.withFile();
  });
  afterAll(() => app.close());

  async function exportCalendar(): Promise<{ name: string; events: Parsed[]; text: string }> {
    const download = app.page.waitForEvent('download');
    await app.page.getByRole('button', { name: 'Export calendar' }).click();
    const file = await download;
    const text = readFileSync(await file.path(), 'utf8');
    return { name: file.suggestedFilename(), events: parseCalendar(text), text };
  }

  it('downloads a calendar of renewals that re-parses, with stable UIDs and a SEQUENCE that rises when a date moves', async () => {
    const first = await exportCalendar();
    expect(first.name).toBe('partner-agreements-renewals.ics');
    const counts = await app.legendCounts();
    expect(first.events).toHaveLength((counts['Active'] + counts['Renewal due']) * 2);
    expect(first.events.filter((e) => e.uid.startsWith('reg-08-21.'))).toEqual([
      { uid: 'reg-08-21.renew@pactsheet', summary: 'Renew: Lawrence Technological University — expires 12/10/2026', sequence: 0, start: '2026-06-10' },
      { uid: 'reg-08-21.expiry@pactsheet', summary: 'Expires: Lawrence Technological University', sequence: 0, start: '2026-12-10' },
    ]);
    expect(first.text).toContain('DTSTART;VALUE=DATE:20261210');
    await app.waitForInfo(/events saved in partner-agreements-renewals\.ics/);

    await app.search('Lawrence');
    await app.editCell('Lawrence', 'c7', '1/15/2027');
    await app.saved();
    const second = await exportCalendar();
    expect(second.events.map((e) => e.uid)).toEqual(first.events.map((e) => e.uid));
    expect(second.events.find((e) => e.uid === 'reg-08-21.expiry@pactsheet')).toMatchObject({ sequence: 1, start: '2027-01-15' });
    expect(second.events.find((e) => e.uid === 'reg-07-21.expiry@pactsheet')?.sequence).toBe(0);
    await app.page.keyboard.press('Control+z');
    await app.saved();
    await app.search('');
  });

  it('offers an email draft per initiating actor for the agreements due for renewal', async () => {
    await app.page.getByRole('button', { name: 'Email reminders' }).click();
    const dialog = app.page.getByRole('dialog', { name: 'Email reminders' });
    const links = dialog.getByRole('link');
    await expect.poll(() => links.count()).toBeGreaterThan(0);
    const href = (await links.first().getAttribute('href'))!;
    expect(href.startsWith('mailto:?subject=')).toBe(true);
    expect(decodeURIComponent(href)).toContain('National Transport University (Kyiv, Ukraine) — expires 11/29/2026');
    await dialog.getByRole('button', { name: 'Close' }).click();
    await dialog.waitFor({ state: 'hidden' });
  });

  it('shows the Overview, and a click on a bar shows those rows in the grid', async () => {
    await app.page.getByRole('button', { name: 'Overview' }).click();
    const dialog = app.page.getByRole('dialog', { name: 'Overview' });
    await dialog.getByRole('group', { name: 'Agreements by country (top 15)' }).waitFor();
    // The status chart has the legend's numbers.
    const counts = await app.legendCounts();
    await dialog.getByRole('button', { name: `Expired: ${counts['Expired']} agreements. Show them in the grid.` }).waitFor();
    await dialog.getByRole('button', { name: 'South Korea: 10 agreements. Show them in the grid.' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await expect.poll(() => app.counter()).toBe('10 of 74 agreements');
    await app.page.getByText('Showing: Country: South Korea').waitFor();
    await app.page.getByRole('button', { name: 'Show all' }).click();
    await expect.poll(() => app.counter()).toBe('74 of 74 agreements');

    await app.page.getByRole('button', { name: 'Overview' }).click();
    await dialog.getByRole('button', { name: /^Expired: / }).press('Enter');
    await expect.poll(() => app.counter()).toBe(`${counts['Expired']} of 74 agreements`);
    await app.page.getByRole('group', { name: 'Filter by status' }).getByRole('button', { name: /Expired/, pressed: true }).waitFor();
    await app.page.getByRole('group', { name: 'Filter by status' }).getByRole('button', { name: /Expired/ }).click();
  });

  it('prints the rows shown as a table on A4 landscape, the header on every page, no buttons', async () => {
    // The print dialog itself is the browser's; the test prints to PDF what Print put on the page.
    await app.page.evaluate(() => (window.print = () => {}));
    await app.page.getByRole('button', { name: 'Print' }).click();
    const all = await pdfPages(await app.page.pdf({ preferCSSPageSize: true }));
    expect(all.length).toBeGreaterThan(1);
    for (const page of all) {
      expect(page.width).toBeGreaterThan(page.height); // landscape
      expect(Math.round(page.width)).toBe(842); // A4: 297 mm
      // The header row, repeated at the top of every page.
      expect(page.text).toMatch(/^.*?Status\s+No\s+Date of agreement\s+Partner University \/ Organisation\s+City\s+Country/);
      expect(page.text).not.toContain('Export TSV');
    }
    expect(all[0].text).toContain('partner-agreements — printed 11/28/2026');
    expect(all[0].text).toContain('74 of 74 agreements');
    const text = all.map((p) => p.text).join(' ');
    for (const word of ['Active', 'Renewal due', 'Expired', 'Permanent', 'Lviv Polytechnic National University', 'Registration number']) expect(text).toContain(word);
    await app.page.evaluate(() => window.dispatchEvent(new Event('afterprint')));

    await app.search('Türkiye');
    await expect.poll(() => app.counter()).toBe('10 of 74 agreements');
    await app.page.getByRole('button', { name: 'Print' }).click();
    const shown = await pdfPages(await app.page.pdf({ preferCSSPageSize: true }));
    const printed = shown.map((p) => p.text).join(' ');
    expect(printed).toContain('10 of 74 agreements');
    expect(printed).toContain('Middle East Technical University');
    expect(printed).not.toContain('KU Leuven');
  });
});
