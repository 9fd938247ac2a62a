import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppPage } from './support/app-page';

describe('first visit and the sample', () => {
  let app: AppPage;
  beforeAll(async () => {
    app = await AppPage.open();
  });
  afterAll(() => app.close());

  it('invites a drop and offers the sample when there is no data', async () => {
    await expect(app.page.getByRole('heading', { name: 'Drop your agreements file here' }).isVisible()).resolves.toBe(true);
    await expect(app.page.getByRole('button', { name: 'Try the sample' }).isVisible()).resolves.toBe(true);
  });

  it('imports the dropped sample and says how many agreements came in', async () => {
    await app.drop('partner-agreements.tsv');
    await app.waitForInfo('Imported 74 agreements');
    await expect.poll(() => app.counter()).toBe('74 of 74 agreements');
    await app.page.screenshot({ path: 'test-results/sample.png' });
  });
});
