import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { CONTENT_TYPES } from '../../bench/serve.mjs';


export interface DistServer {
  /** The app's address, ending in the sub-path. */
  url: string;
  /** Publishes a "new release": the same build with `code` appended to its service worker. */
  changeServiceWorker(code: string): void;
  close(): Promise<void>;
}

/**
 * Serves a private copy of dist/ under `subPath` from 127.0.0.1, as a plain static host would:
 * a test can change the copy (a new release) without touching the suite's shared dist/.
 */
export async function serveCopyOfDist(subPath = '/'): Promise<DistServer> {
  const root = mkdtempSync(join(tmpdir(), 'pactsheet-dist-'));
  cpSync('dist', root, { recursive: true });
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://host').pathname);
    if (!path.startsWith(subPath)) return void response.writeHead(404).end();
    let file = join(root, normalize(path.slice(subPath.length)));
    if (!file.startsWith(root)) return void response.writeHead(403).end();
    try {
      if (statSync(file).isDirectory()) file = join(file, 'index.html');
      const body = readFileSync(file);
      // What static hosts commonly do for sw.js: always revalidate, so updates are seen at once.
      response.writeHead(200, { 'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache' });
      response.end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${subPath}`,
    changeServiceWorker: (code) => appendFileSync(join(root, 'sw.js'), `\n${code}\n`),
    close: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      rmSync(root, { recursive: true, force: true });
    },
  };
}
