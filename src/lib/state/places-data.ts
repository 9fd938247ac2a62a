// The place names the Checks use: ~100 KB of data, loaded in a chunk of its own when the checks
// first run (checks-port.web.ts), never with the app's start-up code. The service worker
// precaches the chunk like every other file, so the checks work offline.
import countries from 'i18n-iso-countries/langs/en.json';
import cities from '../domain/checks/gazetteer.json';
import { makePlaces } from '../domain/checks/places';

export const places = makePlaces({ countries: countries.countries, cities });
