import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppPage, fixtureBytes } from './support/app-page';

/** The sample's records repeated until the file is about `megabytes` large. */
function bigFile(megabytes: number): Buffer {
  const [header, ...records] = fixtureBytes('sample-excel-bom-crlf.tsv').toString('utf8').replace(/^\uFEFF/, '').split('\r\n').filter(Boolean);
  const lines = [header];
  let size = 0;
  for (let i = 0; size < megabytes * 1_000_000; i++) {
    const line = records[i % records.length];
    lines.push(line);
    size += line.length;
  }
  return Buffer.from(lines.join('\r\n') + '\r\n', 'utf8');
}

describe('a full disk', () => {
  let app: AppPage;
  let before: Buffer;
  beforeAll(async () => {
    app = await AppPage.open();
    await app.drop('partner-agreements.tsv');
    await app.waitForInfo('Imported 74 agreements');
    await app.saved();
    before = (await app.exportTsv()).bytes;
    // Shrink this site's quota to what it uses now plus a little, as a nearly full disk would.
    const cdp = await app.context.newCDPSession(app.page);
    const usage = await app.page.evaluate(async () => (await navigator.storage.estimate()).usage ?? 0);
    await cdp.send('Storage.overrideQuotaForOrigin', { origin: new URL(app.page.url()).origin, quotaSize: usage + 20_000 });
  });
  afterAll(() => app.close());

  it('says storage is full when an import does not fit, and keeps the previous data whole', async () => {
    await app.drop('big.tsv', bigFile(3));
    await app.page.getByRole('dialog').getByRole('button', { name: 'Replace' }).click();
    await expect.poll(() => app.alert.textContent()).toMatch(/storage is full/);
    expect(await app.counter()).toBe('74 of 74 agreements');
    await app.reload();
    expect(await app.counter()).toBe('74 of 74 agreements');
    expect((await app.exportTsv()).bytes.equals(before)).toBe(true);
  });

  it('says storage is full when an edit does not fit, and shows what is stored', async () => {
    // Fill the little room left with a long cell, then one more edit that cannot fit.
    await app.search('KU Leuven');
    const long = 'x'.repeat(400_000);
    await app.editCell('KU Leuven', 'c3', long);
    await expect.poll(() => app.alert.textContent()).toMatch(/Could not save your change: this browser's storage is full/);
    await expect.poll(() => app.cell('KU Leuven', 'c3').textContent()).toBe('Leuven');
    await app.reload();
    expect((await app.exportTsv()).bytes.equals(before)).toBe(true);
  });
});

describe('markup in cells and headers', () => {
  const payloads = [
    '<img src=x onerror="window.pwned=1">',
    '<script>window.pwned=2</script>',
    'javascript:window.pwned=3',
    '{{constructor.constructor("window.pwned=4")()}}',
    '${window.pwned=5}',
  ];
  const file = Buffer.from(
    [
      ['No', `Partner ${payloads[0]}`, 'Valid until', payloads[1]].join('\t'),
      ...payloads.map((p, i) => [String(i + 1), p, i === 0 ? p : '1/1/2030', `<a href="${p}">link</a>`].join('\t')),
    ].join('\n') + '\n',
    'utf8',
  );
  let app: AppPage;
  beforeAll(async () => {
    app = await AppPage.open();
    await app.drop('hostile.tsv', file);
  });
  afterAll(() => app.close());

  it('imports them and shows every one as text, running none', async () => {
    await app.waitForInfo('Imported 5 agreements');
    for (const payload of payloads) expect(await app.row(payload).count()).toBe(1);
    expect(await app.page.getByRole('columnheader', { name: `Partner ${payloads[0]}` }).count()).toBe(1);
    expect(await app.page.locator('.ag-root img, .ag-root script, .ag-root a').count()).toBe(0);
  });

  it('shows them as text in the status tooltip and the replace dialog too', async () => {
    await app.cell(payloads[0], 'status').hover();
    await expect.poll(() => app.page.locator('.ag-tooltip').textContent()).toContain(`"${payloads[0]}" is not a date`);
    await app.drop('hostile <img src=x onerror="window.pwned=6">.tsv', file);
    const dialog = app.page.getByRole('dialog');
    await expect.poll(() => dialog.textContent()).toContain('hostile <img src=x onerror="window.pwned=6">.tsv');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    expect(await app.page.locator('img').count()).toBe(0);
    expect(await app.page.evaluate(() => (window as { pwned?: number }).pwned)).toBeUndefined();
  });
});
