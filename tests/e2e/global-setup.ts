import { existsSync } from 'node:fs';
import { preview } from 'vite';
import type { TestProject } from 'vitest/node';
import { assertChromium } from './support/chromium';

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
  }
}

/** Serves the built app (dist/) as a static host would, for the whole browser suite. */
export default async function setup(project: TestProject) {
  assertChromium();
  if (!existsSync('dist/index.html')) {
    throw new Error('No built app in dist/. Run `npm run build` first (npm test does it for you).');
  }
  const server = await preview({ preview: { port: 0, host: '127.0.0.1', strictPort: false }, logLevel: 'warn' });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('The preview server did not report its address.');
  project.provide('baseURL', url);
  return async () => {
    await server.close();
  };
}
