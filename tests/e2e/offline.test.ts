import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { AppPage, fixtureBytes } from './support/app-page';
import { recordCspViolations, type CspViolation, type RequestRecorder } from './support/privacy';
import { serveCopyOfDist, type DistServer } from './support/dist-server';

const CSP =
  "default-src 'self'; connect-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; " +
  "font-src 'self' data:; worker-src 'self'; manifest-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'";

/** Opens the app at `url` with every request and CSP violation recorded from the first one on. */
async function openWatched(url: string, init?: (app: AppPage) => Promise<void>) {
  const app = await AppPage.launch({ appUrl: url });
  const requests = app.requests;
  const csp = await recordCspViolations(app.context);
  await init?.(app);
  await app.visit(url);
  return { app, requests, csp };
}

describe('after one visit, with the network off', () => {
  let app: AppPage;
  let requests: RequestRecorder;
  let csp: CspViolation[];
  beforeAll(async () => {
    ({ app, requests, csp } = await openWatched(inject('baseURL')));
  });
  afterAll(() => app.close());

  it('installs a service worker that controls the page', async () => {
    await app.waitForServiceWorker();
    expect(await app.page.evaluate(() => new URL(navigator.serviceWorker.controller!.scriptURL).pathname)).toBe('/sw.js');
  });

  it('reloads from the service worker alone and still shows the stored agreements', async () => {
    await app.drop('partner-agreements.tsv');
    await app.waitForInfo('Imported 74 agreements');
    await app.context.setOffline(true);
    const fromNetwork: string[] = [];
    const onResponse = (r: import('playwright-core').Response) => {
      if (r.url().startsWith('http') && !r.fromServiceWorker()) fromNetwork.push(r.url());
    };
    app.page.on('response', onResponse);
    await app.reload();
    await expect.poll(() => app.counter()).toBe('74 of 74 agreements');
    app.page.off('response', onResponse);
    expect(fromNetwork).toEqual([]);
    // And the network really is off, for the service worker too: what it has not cached fails.
    const probe = await app.page.evaluate(() => fetch('not-in-the-build.txt').then(() => 'reached', () => 'failed'));
    expect(probe).toBe('failed');
  });

  it('edits, keeps the edit across a reload and exports it', async () => {
    await app.search('Gazi University');
    await app.editCell('Gazi University', 'c3', 'Ankara (offline)');
    await expect.poll(() => app.page.getByText('All changes saved').isVisible()).toBe(true);
    await app.reload();
    await app.search('Gazi University');
    expect(await app.cell('Gazi University', 'c3').textContent()).toBe('Ankara (offline)');
    const { bytes } = await app.exportTsv();
    expect(bytes.toString('utf8')).toContain('\tGazi University\tAnkara (offline)\tTürkiye\t');
  });

  it('imports a file (in the parse worker) and replaces the data', async () => {
    await app.drop('partner-agreements.tsv');
    await app.page.getByRole('dialog').getByRole('button', { name: 'Replace', exact: true }).click();
    await app.waitForInfo('Imported 74 agreements');
    await app.search('Gazi University');
    expect(await app.cell('Gazi University', 'c3').textContent()).toBe('Ankara');
  });

  it('offers "Install app" when the browser allows it, and prompts on click', async () => {
    // Headless Chromium never fires the real event; this one has the same shape.
    await app.page.evaluate(() => {
      const event = Object.assign(new Event('beforeinstallprompt', { cancelable: true }), {
        prompt: () => Promise.resolve(((window as unknown as { prompted: boolean }).prompted = true)),
        userChoice: Promise.resolve({ outcome: 'accepted' }),
      });
      window.dispatchEvent(event);
    });
    const install = app.page.getByRole('button', { name: 'Install app' });
    await install.click();
    expect(await app.page.evaluate(() => (window as unknown as { prompted?: boolean }).prompted)).toBe(true);
    await install.waitFor({ state: 'detached' });
  });

  it('declares a manifest with the names, colours, icons and TSV file handlers', async () => {
    const manifestUrl = await app.page.locator('link[rel="manifest"]').evaluate((l) => (l as HTMLLinkElement).href);
    const manifest = await app.page.evaluate((url) => fetch(url).then((r) => r.json()), manifestUrl);
    expect(manifest).toMatchObject({
      name: 'Pactsheet',
      short_name: 'Pactsheet',
      description: expect.stringContaining('agreements'),
      start_url: './',
      scope: './',
      display: 'standalone',
      theme_color: '#2f6fdb',
      background_color: '#f6f7f9',
      file_handlers: [{ action: './', accept: { 'text/tab-separated-values': ['.tsv'], 'text/plain': ['.txt'] } }],
    });
    const icons = manifest.icons as { src: string; sizes: string; purpose?: string }[];
    expect(icons.map((i) => `${i.sizes} ${i.purpose ?? 'any'}`)).toEqual(['192x192 any', '512x512 any', '512x512 maskable']);
    for (const icon of icons) {
      const size = await app.page.evaluate(async (url) => {
        const bitmap = await createImageBitmap(await (await fetch(url)).blob());
        return `${bitmap.width}x${bitmap.height}`;
      }, new URL(icon.src, manifestUrl).href);
      expect(size, icon.src).toBe(icon.sizes);
    }
  });

  it('sent no request to any other origin, the service worker included', () => {
    expect(requests.requests.some((r) => r.fromServiceWorker)).toBe(true);
    expect(requests.foreign()).toEqual([]);
  });

  it('met no Content-Security-Policy violation', () => {
    expect(csp).toEqual([]);
  });
});

describe('the built index.html', () => {
  const html = readFileSync('dist/index.html', 'utf8');

  it('carries the Content-Security-Policy', () => {
    const content = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];
    expect(content).toBe(CSP);
  });

  it('has no inline script or event handler attribute', () => {
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, attributes, body] of scripts) {
      expect(attributes).toMatch(/\bsrc="/);
      expect(body.trim()).toBe('');
    }
    expect(html).not.toMatch(/\son[a-z]+=/i);
  });
});

describe('a new release', () => {
  let server: DistServer;
  beforeAll(async () => {
    // A copy of dist/ we can change, served from a sub-path as a static host would.
    server = await serveCopyOfDist('/pactsheet/');
  });
  afterAll(() => server.close());

  it('waits for "Reload", then saves the cell being edited and switches to it', async () => {
    const { app, requests, csp } = await openWatched(server.url);
    try {
      await app.waitForServiceWorker();
      await app.drop('partner-agreements.tsv');
      await app.waitForInfo('Imported 74 agreements');
      await app.page.evaluate(() => Object.assign(window, { marker: 'never reloaded' }));

      server.changeServiceWorker(`
        self.addEventListener('message', (e) => { if (e.data === 'release?') e.source.postMessage('release 2'); });`);
      await app.page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.update()));
      await app.page.getByRole('button', { name: 'Reload', exact: true }).waitFor();
      // The new worker is installed and waiting, which is when an auto-updating app would reload.
      await expect
        .poll(() => app.page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting?.state))
        .toBe('installed');
      expect(await app.page.evaluate(() => (window as unknown as { marker?: string }).marker)).toBe('never reloaded');

      // A cell left mid-edit: clicking Reload must save it, not lose it.
      await app.search('Gazi University');
      await app.cell('Gazi University', 'c3').dblclick();
      await app.cell('Gazi University', 'c3').locator('input').fill('Ankara (saved by Reload)');
      const reloaded = app.page.waitForEvent('load');
      await app.page.getByRole('button', { name: 'Reload', exact: true }).click();
      await reloaded;
      await app.page.getByRole('button', { name: 'Import', exact: true }).waitFor();

      expect(await app.page.evaluate(() => (window as unknown as { marker?: string }).marker)).toBeUndefined();
      const release = await app.page.evaluate(
        () =>
          new Promise((resolve) => {
            navigator.serviceWorker.addEventListener('message', (e) => resolve(e.data));
            navigator.serviceWorker.controller?.postMessage('release?');
          }),
      );
      expect(release).toBe('release 2');
      await app.search('Gazi University');
      expect(await app.cell('Gazi University', 'c3').textContent()).toBe('Ankara (saved by Reload)');
      expect(requests.foreign()).toEqual([]);
      expect(csp).toEqual([]);
    } finally {
      await app.close();
    }
  });
});

describe('opening a file from the operating system', () => {
  it('imports the TSV the installed app was launched with', async () => {
    const { app, csp } = await openWatched(inject('baseURL'), async (app) => {
      // Only an installed app gets launch files; stand in for the browser's queue before the app starts.
      await app.page.addInitScript(() => {
        const queue = { consumer: null as ((params: unknown) => void) | null, setConsumer(c: (p: unknown) => void) { this.consumer = c; } };
        Object.defineProperty(window, 'launchQueue', { value: queue, configurable: true });
      });
    });
    try {
      await app.page.evaluate((data) => {
        const file = new File([new Uint8Array(data)], 'partner-agreements.tsv');
        const handle = { kind: 'file', name: file.name, getFile: () => Promise.resolve(file) };
        const queue = (window as unknown as { launchQueue: { consumer: (p: unknown) => void } }).launchQueue;
        queue.consumer({ files: [handle] });
      }, Array.from(fixtureBytes('partner-agreements.tsv')));
      await app.waitForInfo('Imported 74 agreements');
      await expect.poll(() => app.counter()).toBe('74 of 74 agreements');
      expect(csp).toEqual([]);
      // The watcher works, and the policy is as strict as claimed: an injected <style> (what
      // ag-grid's non-legacy themes do) is refused.
      await app.page.evaluate(() => document.head.append(Object.assign(document.createElement('style'), { textContent: 'p{}' })));
      await expect.poll(() => csp.map((v) => v.directive)).toEqual(['style-src-elem']);
    } finally {
      await app.close();
    }
  });
});
