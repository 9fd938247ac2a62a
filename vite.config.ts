import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { VitePWA } from 'vite-plugin-pwa';
import type { Plugin } from 'vite';

/**
 * Where the app is hosted, as a build setting (README, "Hosting"). The default relative base
 * works from any static host and any sub-path; an absolute one (BASE_PATH=/pactsheet/) pins it.
 */
const base = process.env.BASE_PATH ?? './';
if (!base.endsWith('/')) throw new Error(`BASE_PATH must end with "/" (got "${base}").`);

/**
 * `vite dev` injects every stylesheet as a <style> element (for hot reload), which index.html's
 * `style-src 'self'` refuses; allow inline styles on the dev server only. The build extracts CSS
 * to files, so the shipped policy stays strict (tests/e2e/offline.test.ts checks it).
 */
const devServerInlineStyles: Plugin = {
  name: 'pactsheet:dev-server-inline-styles',
  apply: 'serve',
  transformIndexHtml: (html) => html.replace("style-src 'self';", "style-src 'self' 'unsafe-inline';"),
};

export default defineConfig({
  base,
  plugins: [
    svelte({ configFile: false }),
    devServerInlineStyles,
    VitePWA({
      strategies: 'generateSW',
      // A new release waits until the user clicks "Reload" (state/pwa.svelte.ts registers it).
      registerType: 'prompt',
      injectRegister: false,
      // The icons (and the manifest, which the plugin always adds) are matched by globPatterns;
      // listing them twice would only duplicate precache entries.
      includeManifestIcons: false,
      manifest: {
        name: 'Pactsheet',
        short_name: 'Pactsheet',
        description: 'Partnership agreements, in your browser only: import, check status, edit, export TSV.',
        // Relative to the manifest's own URL, so they follow `base` (relative or absolute).
        start_url: base,
        scope: base,
        display: 'standalone',
        theme_color: '#2f6fdb',
        background_color: '#f6f7f9',
        icons: [
          { src: 'pwa-192x192.png', sizes: '192x192', type: 'image/png' },
          { src: 'pwa-512x512.png', sizes: '512x512', type: 'image/png' },
          { src: 'maskable-icon-512x512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
        // Double-clicking a TSV opens the installed app, which reads it through `launchQueue`.
        file_handlers: [
          {
            action: base,
            accept: { 'text/tab-separated-values': ['.tsv'], 'text/plain': ['.txt'] },
          },
        ],
        // A second file goes to the open window (and its "Replace?" dialog), not a new one.
        launch_handler: { client_mode: ['focus-existing', 'auto'] },
      },
      workbox: {
        // Everything the app loads, including the sample it offers offline and the parse worker.
        globPatterns: ['**/*.{html,js,css,svg,png,tsv}'],
        // Workbox skips files over 2 MiB by default, which would quietly break offline use once
        // the ag-grid chunk (1.1 MB today) grows; raise the cap, and let tests/build/
        // check-precache.mjs fail the build if anything is still left out.
        maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
      },
    }),
  ],
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 2048,
    rolldownOptions: {
      output: {
        // V8's explicit compile hint: compile the whole grid chunk while it downloads, off the main
        // thread, instead of function by function on first use. On a first visit that was ~100 ms
        // of the task that builds the first grid.
        postBanner: (chunk) => (chunk.name === 'AgreementGrid' ? '//# allFunctionsCalledOnLoad' : ''),
      },
    },
  },
  preview: { port: 4173, strictPort: true },
  test: {
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node' },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/e2e/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // One browser at a time: the machines have two cores.
          fileParallelism: false,
        },
      },
    ],
  },
});
