// Fails the build when the service worker would leave part of the app out of its precache, so
// "works offline" cannot quietly break (a file over Workbox's size cap, a new file type, a
// glob that no longer matches). Run by `npm run build`; takes the build folder as an argument.
//   node tests/build/check-precache.mjs [dist]
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

const dist = process.argv[2] ?? 'dist';

/**
 * Files in dist/ that the page never loads itself: the service worker, and the Workbox runtime
 * that it imports with importScripts (the browser keeps those with the worker's registration).
 */
const NOT_LOADED_BY_THE_APP = [/^sw\.js$/, /^workbox-[\w-]+\.js$/, /\.map$/];

function filesUnder(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [relative(dist, path).split(sep).join('/')];
  });
}

/** The URLs of `precacheAndRoute([...])` in the generated sw.js, relative to the worker's folder. */
function precachedUrls() {
  const sw = readFileSync(join(dist, 'sw.js'), 'utf8');
  const list = /precacheAndRoute\((\[.*?\])\s*,/s.exec(sw)?.[1];
  if (!list) throw new Error(`${dist}/sw.js has no precacheAndRoute([...]) list; did the Workbox output change?`);
  const entries = new Function(`return ${list}`)();
  return new Set(entries.map((e) => (typeof e === 'string' ? e : e.url)));
}

const precached = precachedUrls();
const files = filesUnder(dist).filter((f) => !NOT_LOADED_BY_THE_APP.some((re) => re.test(f)));
const missing = files.filter((f) => !precached.has(f));
const stale = [...precached].filter((url) => !files.includes(url));
const bytes = files.reduce((sum, f) => sum + statSync(join(dist, f)).size, 0);

if (missing.length || stale.length) {
  for (const f of missing) console.error(`not precached: ${f} (${statSync(join(dist, f)).size} bytes)`);
  for (const url of stale) console.error(`precached but not in ${dist}/: ${url}`);
  console.error(
    `\nThe service worker's precache does not match ${dist}/: the app would not work offline.\n` +
      'Check workbox.globPatterns and workbox.maximumFileSizeToCacheInBytes in vite.config.ts.',
  );
  process.exit(1);
}
console.log(`precache complete: ${files.length} files, ${(bytes / 1024).toFixed(0)} KiB`);
