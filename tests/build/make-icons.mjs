// Renders the app's PNG icons from its one SVG source, public/icon.svg, with the Chromium the
// browser tests use (no image library to install). Run after changing the SVG and commit the PNGs:
//   node tests/build/make-icons.mjs
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';

const PUBLIC = new URL('../../public/', import.meta.url);
const svg = readFileSync(new URL('icon.svg', PUBLIC), 'utf8');
const src = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
/** The icon's own blue: a maskable icon must be opaque to its edges. */
const BACKGROUND = '#2f6fdb';

/**
 * `inset` shrinks the drawing inside a full-bleed background: a maskable icon is cropped to a
 * circle (or squircle) of 80% of its size by the OS, so its content must sit within that zone.
 */
const ICONS = [
  { file: 'pwa-192x192.png', size: 192 },
  { file: 'pwa-512x512.png', size: 512 },
  { file: 'maskable-icon-512x512.png', size: 512, inset: 0.7 },
  { file: 'apple-touch-icon-180x180.png', size: 180, inset: 0.85 },
];

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
try {
  for (const { file, size, inset } of ICONS) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    const scale = inset ?? 1;
    const body = inset ? `background:${BACKGROUND};` : 'background:transparent;';
    await page.setContent(
      `<body style="margin:0;${body}display:grid;place-items:center;width:${size}px;height:${size}px">` +
        `<img src="${src}" width="${Math.round(size * scale)}" height="${Math.round(size * scale)}"></body>`,
    );
    await page.locator('img').evaluate((img) => img.decode());
    // Transparent corners for the plain icons (the OS draws them on its own background).
    await page.screenshot({ path: new URL(file, PUBLIC).pathname, omitBackground: !inset });
    await page.close();
    console.log(`public/${file} (${size}×${size})`);
  }
} finally {
  await browser.close();
}
