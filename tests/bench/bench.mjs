// `npm run bench [-- --runs=N]`: the 100k-row journey in headless Chromium, N fresh runs, a table
// of medians against the floor and the targets, and every raw figure in results.json.
// It reports; it does not gate: it exits 0 when targets fail and 1 only when it cannot measure.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../e2e/support/chromium-args.mjs';
import { generateAgreements } from './agreements.mjs';
import { runJourney } from './journey.mjs';
import { formatTable, jsSizes, median, summarise } from './report.mjs';
import { serve } from './serve.mjs';

const runs = Number(process.argv.find((a) => a.startsWith('--runs='))?.slice('--runs='.length) ?? 5);
const RESULTS = new URL('./results.json', import.meta.url);
const work = mkdtempSync(join(tmpdir(), 'pactsheet-bench-'));

try {
  // A private build of the current sources: never stale, and the shared dist/ that browser tests
  // may be reading at this moment is left alone.
  const dist = join(work, 'dist');
  console.log('Building the app…');
  const build = spawnSync('npx', ['vite', 'build', '--outDir', dist, '--emptyOutDir', '--logLevel', 'warn'], { encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`vite build failed:\n${build.stdout}\n${build.stderr}`);

  const file = generateAgreements(100_000);
  const server = await serve(dist, { 'agreements-100k.tsv': file });
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: [...CHROMIUM_ARGS] });
  const results = [];
  try {
    for (let i = 1; i <= runs; i++) {
      const started = Date.now();
      const run = await runJourney(browser, server.url, `${server.url}__bench/agreements-100k.tsv`);
      // The journey's worst task; the floor's own work and the untimed resets are not the app's.
      const appSteps = Object.entries(run.longestTask).filter(([step]) => step !== 'floor' && !step.startsWith('('));
      results.push({ ...run, longestTaskMs: Math.max(0, ...appSteps.map(([, ms]) => ms)) });
      console.log(`run ${i}/${runs}: ${((Date.now() - started) / 1000).toFixed(1)} s, floor ${run.ms.floor.toFixed(0)} ms`);
    }
  } finally {
    await browser.close();
    await server.close();
  }

  const table = summarise(results);
  const sizes = jsSizes(dist);
  console.log(`\nPactsheet at 100,000 rows (${(file.length / 1e6).toFixed(1)} MB), medians of ${runs} runs\n`);
  console.log(formatTable(table));
  console.log('\nJS files of the build (gzip):');
  for (const s of sizes) {
    console.log(`  ${s.file.padEnd(34)} ${s.loaded.padEnd(9)} ${(s.gzipBytes / 1024).toFixed(1).padStart(6)} KiB gzip  (${(s.bytes / 1024).toFixed(0)} KiB)${s.containsAgGrid ? '  ← ag-grid' : ''}`);
  }
  const longestBySteps = Object.fromEntries(Object.keys(results[0].longestTask).map((step) => [step, median(results.map((r) => r.longestTask[step]))]));
  console.log('\nLongest main-thread task per step (median ms):', JSON.stringify(longestBySteps, (_, v) => (typeof v === 'number' ? Math.round(v) : v)));
  const heapBySteps = Object.fromEntries(Object.keys(results[0].heapPeakMBByStep).map((step) => [step, median(results.map((r) => r.heapPeakMBByStep[step]))]));
  console.log('Peak JS heap per step (median MB):', JSON.stringify(heapBySteps, (_, v) => (typeof v === 'number' ? Math.round(v) : v)));

  writeFileSync(
    RESULTS,
    JSON.stringify({ date: new Date().toISOString(), rows: 100_000, fileBytes: file.length, runs: results, medians: table, longestTaskByStep: longestBySteps, heapPeakByStep: heapBySteps, js: sizes }, null, 2) + '\n',
  );
  console.log(`\nRaw figures and medians: ${RESULTS.pathname}`);
} catch (error) {
  console.error(error);
  process.exitCode = 1;
} finally {
  rmSync(work, { recursive: true, force: true });
}
