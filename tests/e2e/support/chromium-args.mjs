// Plain ESM so that the bench (tests/bench/, run by Node 20 without a TypeScript loader) launches
// Chromium exactly as the browser tests do.

/** Debian's Chromium; browser downloads don't work on these machines, so we never try one. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Without the background-networking flags Chromium keeps calling Google's hosts, which this
 * network refuses; the rest keep headless runs quiet and deterministic.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];
