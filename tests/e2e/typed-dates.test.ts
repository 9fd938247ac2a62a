import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { AppPage } from './support/app-page';

// Column ids in the grid: c<index in the file's header>. The sample writes its dates M/D/YYYY.
const DATE_OF_AGREEMENT = 'c1';
const VALID_UNTIL = 'c7';

describe('dates typed the way people type them', () => {
  let app: AppPage;
  beforeAll(async () => {
    app = await AppPage.withFile('partner-agreements.tsv');
  });
  afterAll(() => app.close());
  beforeEach(() => app.search(''));

  it('stores 31.12.2027 as the file writes dates, says so, and the agreement is Active', async () => {
    await app.search('KU Leuven');
    expect(await app.statusOf('KU Leuven')).toBe('Expired');
    await app.editCell('KU Leuven', VALID_UNTIL, '31.12.2027');
    await expect.poll(() => app.cell('KU Leuven', VALID_UNTIL).textContent()).toBe('12/31/2027');
    await expect.poll(() => app.statusOf('KU Leuven')).toBe('Active');
    await app.waitForInfo('Stored 31.12.2027 as 12/31/2027 in Valid until');
    expect(await app.cell('KU Leuven', VALID_UNTIL).getAttribute('class')).not.toContain('cell-invalid');
    await app.saved();

    const { bytes } = await app.exportTsv();
    const line = bytes.toString('utf8').split(/\r?\n/).find((l) => l.includes('KU Leuven'));
    expect(line?.split('\t')[7]).toBe('12/31/2027');
  });

  it('keeps "yesterday" in Date of agreement exactly as typed, and flags it', async () => {
    await app.search('Gazi University');
    await app.editCell('Gazi University', DATE_OF_AGREEMENT, 'yesterday');
    const cell = app.cell('Gazi University', DATE_OF_AGREEMENT);
    await expect.poll(() => cell.textContent()).toBe('yesterday');
    await expect.poll(() => cell.getAttribute('class')).toContain('cell-invalid');
    // The ⚠ is drawn before the text, which stays what was typed.
    expect(await cell.evaluate((el) => getComputedStyle(el, '::before').content)).toBe('"⚠ "');
  });
});
