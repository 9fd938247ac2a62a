import { cell, finding, type RowCheck } from './types';

/**
 * Checks of a row's places against the world's: the country is a country (ISO 3166), the city
 * lies in it, and the partner's name names no other. Warnings only, never fixed: a gazetteer
 * knows big cities, not which of two "Birminghams" the office meant, nor which cell is wrong.
 */
export const placeChecks: RowCheck = (row, ctx) => {
  const places = ctx.places;
  const country = cell(row, ctx, 'country');
  if (!places || !country || country[1].trim() === '' || country[1].trim() === '-') return [];
  const code = places.countryCode(country[1]);
  if (!code) return [finding(row, country[0], 'not-a-country', 'constraint-error', 'warning')];
  const found = [];
  const city = cell(row, ctx, 'city');
  const where = city && city[1].trim() ? places.cityCountries(city[1]) : undefined;
  if (city && where && !where.includes(code)) {
    const lies = [...new Set(where)].map((c) => places.countryName(c)).join(' / ');
    found.push(finding(row, city[0], 'city-elsewhere', 'reference-error', 'warning', { city: city[1].trim(), lies, country: country[1].trim() }));
  }
  const partner = cell(row, ctx, 'partner');
  const named = partner ? places.countriesNamedIn(partner[1]) : [];
  if (partner && named.length > 0 && !named.includes(code)) {
    const names = named.map((c) => places.countryName(c)).join(' / ');
    found.push(finding(row, partner[0], 'partner-names-country', 'reference-error', 'warning', { named: names, country: country[1].trim() }));
  }
  return found;
};
