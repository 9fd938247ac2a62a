import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cityKey } from '../../../../src/lib/domain/checks/names';
import { places } from './support';

describe('place names', () => {
  it('reads every English name i18n-iso-countries gives a country, in any case and accents', () => {
    expect(['Turkey', 'Türkiye', 'turkiye'].map(places.countryCode)).toEqual(['TR', 'TR', 'TR']);
    expect(['USA', 'United States', 'U.S.A.', 'United States of America'].map(places.countryCode)).toEqual(['US', 'US', 'US', 'US']);
    expect(['UK', 'South Korea', 'Czechia', 'Russia'].map(places.countryCode)).toEqual(['GB', 'KR', 'CZ', 'RU']);
  });
  it('files Hong Kong under China, as the office does', () => {
    expect(places.countryCode('Hong Kong')).toBe('CN');
    expect(places.cityCountries('Hong Kong')).toEqual(['CN']);
  });
  it('knows big cities and capitals, with every country that has one of that name', () => {
    expect(places.cityCountries('Lviv')).toEqual(['UA']);
    expect(places.cityCountries('Birmingham')).toEqual(['GB', 'US']);
    expect(places.cityCountries('Dushanbe')).toEqual(['TJ']);
    expect(places.cityCountries('Cassino')).toBeUndefined();
  });
  it('keys the committed gazetteer as the checks look it up (the build script and cityKey agree)', () => {
    const committed = readFileSync(new URL('../../../../src/lib/domain/checks/gazetteer.json', import.meta.url), 'utf8');
    const cities = Object.keys(JSON.parse(committed) as Record<string, string>);
    expect(cities.filter((key) => cityKey(key) !== key)).toEqual([]);
    expect(cities.length).toBeGreaterThan(4000);
  });
});
