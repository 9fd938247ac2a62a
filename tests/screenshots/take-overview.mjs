// `node tests/screenshots/take-overview.mjs`: the Overview of the office's sample, light and dark,
// on the date the sample's expected counts are pinned to. Needs a build in dist/ (npm run build).
// It also writes a 390 px phone view to /tmp/overview-phone.png for a look (not committed).
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../e2e/support/chromium-args.mjs';
import { serve } from '../bench/serve.mjs';

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
const server = await serve(dist, {});
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS] });
const shots = [
  ['light', 1400, 1000, fileURLToPath(new URL('overview.png', import.meta.url))],
  ['dark', 1400, 1000, fileURLToPath(new URL('overview-dark.png', import.meta.url))],
  ['light', 390, 844, '/tmp/overview-phone.png'],
];
try {
  for (const [scheme, width, height, path] of shots) {
    const page = await browser.newPage({ viewport: { width, height }, colorScheme: scheme, serviceWorkers: 'block' });
    await page.clock.setFixedTime(new Date('2026-11-28T10:00:00'));
    await page.goto(server.url);
    await page.getByRole('button', { name: 'Try the sample' }).click();
    await page.getByText('Imported 74 agreements').waitFor();
    if (width < 500) await page.screenshot({ path: '/tmp/grid-phone.png' });
    await page.getByRole('button', { name: 'Overview' }).click();
    await page.getByRole('dialog', { name: 'Overview' }).waitFor();
    await page.waitForTimeout(300);
    await page.screenshot({ path });
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
