// The Checks' engine and the place names they use: ~100 KB, a chunk of its own loaded when the
// checks first run (checks-port.web.ts), once the page is idle, never with the start-up code. The
// service worker precaches the chunk like every other file, so the checks work offline.
import countries from 'i18n-iso-countries/langs/en.json';
import cities from '../domain/checks/gazetteer.json';
import { makePlaces } from '../domain/checks/places';
import { RegisterChecks } from '../domain/checks/register';
import { checkRow } from '../domain/checks/run';
import type { CheckEngine } from './checks.svelte';

export const engine: CheckEngine = { places: makePlaces({ countries: countries.countries, cities }), checkRow, RegisterChecks };
