import { fold } from '../search';

/**
 * A name's key for comparing place and partner names: case, accents, punctuation and spacing
 * don't matter ("St. Petersburg" = "st petersburg", "İstanbul" = "istanbul").
 */
export function nameKey(text: string): string {
  return fold(text)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * OpenRefine's fingerprint: the name key's words, each once, in order. Two partner names with the
 * same fingerprint differ only by case, accents, punctuation, spacing or word order.
 */
export function fingerprint(text: string): string {
  const words = nameKey(text).split(' ').filter(Boolean);
  return [...new Set(words)].sort().join(' ');
}

/**
 * A city's key: its name key with "St"/"Ste" read as "Saint"/"Sainte", as GeoNames spells them
 * ("St Petersburg" is Saint Petersburg, not St. Petersburg, Florida, which GeoNames writes "St.").
 * tests/build/make-gazetteer.mjs keys the gazetteer the same way.
 */
export function cityKey(text: string): string {
  return nameKey(text).replace(/\bst\b/g, 'saint').replace(/\bste\b/g, 'sainte');
}
