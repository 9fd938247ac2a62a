// One formatter for the app: Number#toLocaleString builds a new one on every call (~1 ms each,
// which adds up when counters re-render at 100,000 rows). Counts are always "100,000" style, the
// office's convention, whatever the browser's locale.
const COUNT = new Intl.NumberFormat('en-US');

export function formatCount(n: number): string {
  return COUNT.format(n);
}
