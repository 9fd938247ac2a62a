// A plain static host for the bench's private build, plus the generated file under /__bench/,
// so the page can fetch the 13 MB file from its own origin (the app's CSP allows only 'self')
// instead of pushing it through the DevTools protocol as JSON.
import { readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';

/** Content types of the files a build holds; the browser tests' sub-path server uses them too. */
export const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.tsv': 'text/tab-separated-values; charset=utf-8',
};

/**
 * @param {string} root the built app
 * @param {Record<string, Buffer>} extra bytes served at /__bench/<name>
 * @returns {Promise<{ url: string, close: () => Promise<void> }>}
 */
export async function serve(root, extra) {
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://host').pathname);
    const generated = path.startsWith('/__bench/') ? extra[path.slice('/__bench/'.length)] : undefined;
    if (generated) return void response.writeHead(200, { 'content-type': CONTENT_TYPES['.tsv'] }).end(generated);
    let file = join(root, normalize(path));
    if (!file.startsWith(root)) return void response.writeHead(403).end();
    try {
      if (statSync(file).isDirectory()) file = join(file, 'index.html');
      response.writeHead(200, { 'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream' });
      response.end(readFileSync(file));
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
