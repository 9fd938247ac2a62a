// `node tests/screenshots/take.mjs`: the README's picture of the grid holding the office's sample,
// on the date the sample's expected counts are pinned to. Needs a build in dist/ (npm run build).
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../e2e/support/chromium-args.mjs';
import { serve } from '../bench/serve.mjs';

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
const server = await serve(dist, {});
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS] });
try {
  for (const [scheme, name] of [['light', 'grid.png'], ['dark', 'grid-dark.png']]) {
    const page = await browser.newPage({ viewport: { width: 1400, height: 760 }, colorScheme: scheme, serviceWorkers: 'block' });
    await page.clock.setFixedTime(new Date('2026-11-28T10:00:00'));
    await page.goto(server.url);
    await page.getByRole('button', { name: 'Try the sample' }).click();
    await page.getByText('Imported 74 agreements').waitFor();
    await page.getByRole('searchbox', { name: 'Search' }).fill('Türkiye');
    await page.waitForTimeout(400);
    await page.screenshot({ path: fileURLToPath(new URL(name, import.meta.url)) });
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
