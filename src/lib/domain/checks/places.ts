import { cityKey, nameKey } from './names';
import type { Places } from './types';

/**
 * Country and city names, from i18n-iso-countries' English names (every alias: "USA", "United
 * States", "Türkiye", "Turkey") and the gazetteer built by tests/build/make-gazetteer.mjs. The
 * data is handed in, so that the Checks panel loads it when it is first needed, not at start-up.
 */
export interface PlaceData {
  /** i18n-iso-countries' `langs/en.json` `countries`: code → name or names, official first. */
  countries: Record<string, string | string[]>;
  /** City name key → the countries with such a city, space-separated ("birmingham": "GB US"). */
  cities: Record<string, string>;
}

/**
 * Places the register treats as part of another country: the office files Hong Kong under China,
 * as ISO 3166 does not. Said once here rather than flagged on every such row.
 */
const PART_OF: Record<string, string> = { HK: 'CN', MO: 'CN' };

/** Country names too common as other words to read as the country inside a partner's name. */
const NOT_IN_NAMES = new Set(['georgia', 'jordan', 'chad', 'turkey', 'guinea']);

export function makePlaces({ countries, cities }: PlaceData): Places {
  const codes = new Map<string, string>();
  const names = new Map<string, string>();
  /** Name keys by their first word, for finding names inside a partner's name. */
  const byFirstWord = new Map<string, { words: string[]; code: string }[]>();
  for (const [code, value] of Object.entries(countries)) {
    const all = Array.isArray(value) ? value : [value];
    names.set(code, all.find((n) => !n.includes(',')) ?? all[0]);
    for (const name of all) {
      const key = nameKey(name);
      if (!codes.has(key)) codes.set(key, code);
      if (key.length < 4 || NOT_IN_NAMES.has(key)) continue;
      const words = key.split(' ');
      const list = byFirstWord.get(words[0]) ?? [];
      list.push({ words, code });
      byFirstWord.set(words[0], list);
    }
  }
  const home = (code: string) => PART_OF[code] ?? code;
  return {
    countryCode: remember((name) => {
      const code = codes.get(nameKey(name));
      return code && home(code);
    }),
    countryName: (code) => names.get(code) ?? code,
    cityCountries: remember((city) => cities[cityKey(city)]?.split(' ').map(home)),
    countriesNamedIn: remember((text) => {
      const words = nameKey(text).split(' ');
      const found = new Set<string>();
      words.forEach((word, i) => {
        for (const name of byFirstWord.get(word) ?? []) {
          if (name.words.every((w, j) => words[i + j] === w)) found.add(home(name.code));
        }
      });
      return [...found];
    }),
  };
}

/**
 * A lookup that answers each text once: a register repeats its countries, cities and partners
 * thousands of times, and folding a name costs more than finding it (100,000 rows: ~10× faster).
 * Bounded, since 100,000 distinct partner names would otherwise all be kept.
 */
function remember<T>(lookup: (text: string) => T, limit = 50_000): (text: string) => T {
  const known = new Map<string, T>();
  return (text) => {
    if (known.has(text)) return known.get(text)!;
    const value = lookup(text);
    if (known.size >= limit) known.clear();
    known.set(text, value);
    return value;
  };
}
