import { afterEach, describe, expect, it } from 'vitest';
import { en } from '../../../src/lib/text/en';
import { kk } from '../../../src/lib/text/kk';
import { LOCALES, localeFor, setLocale, t, type Catalogue, type MessageKey } from '../../../src/lib/text/messages';
import { ru } from '../../../src/lib/text/ru';
import { formatFor } from '../../../src/lib/text/format';

const CATALOGUES: Record<string, Catalogue> = { en, ru, kk };

/**
 * A value for each parameter name a message takes, by name; an unknown one fails the test, so a
 * new parameter gets a sample here. Lists are lists, `failure` may be null, the rest text or counts.
 */
const SAMPLES: Record<string, unknown> = {
  count: 3, total: 74, shown: 13, days: 2, number: 4, line: 12, fields: 3, expected: 10, columns: 12,
  skipped: 2, ragged: 1, more: 5, bytes: 2_500_000, usage: 2_500_000, quota: 500_000_000, importedAt: 0,
  file: 'list.tsv', text: 'soon', format: 'DD.MM.YYYY', input: '[6]', name: 'list.tsv', error: 'oops',
  reason: 'not a TSV', outcome: 'conflict', doing: 'saveChange', detail: 'QuotaExceededError', encoding: 'windows-1251',
  column: 'Partner', now: 'A', typed: 'B', exportTsv: 'E', downloadBackup: 'D', restore: 'R',
  lines: ['line 2 (blank)'], names: ['b.tsv'], described: ['Partner is now "A"'], failure: null,
  stored: '01.03.2027', at: 0, when: '28 Nov 2026', was: 'A',
  // Checks
  fix: 'Almaty', agreement: 'KazNU', start: '01.03.2024', suffix: '24', year: 2025, main: 'Kazakhstan',
  city: 'Almaty', lies: 'Kazakhstan', country: 'Russia', named: 'Kazakhstan',
  // Calendar, reminders, overview, print. `date` is a timestamp (merge, print); calendar.* takes
  // it as the cell's text, where a number still stands for it.
  date: Date.UTC(2026, 10, 28), partner: 'KazNU', place: 'Almaty, Kazakhstan', actor: 'Faculty of Physics',
  registration: 'MoU-12/24', until: '01.03.2027', months: 6, label: 'Kazakhstan', quarter: 2,
  // Merge and whole-file fidelity
  edited: 4, added: 1, deleted: 2, delimiter: ';',
  // Refusals and storage failures (text/*/refusals.ts)
  max: 200_000, version: '2', row: 7, savedAt: Date.UTC(2026, 10, 28),
  // Moving a column with the keyboard
  position: 3,
};

const sampleParams = new Proxy({}, {
  get(_, name: string) {
    if (!(name in SAMPLES)) throw new Error(`No sample for the parameter "${name}": add one to SAMPLES`);
    return SAMPLES[name];
  },
});

/**
 * Messages that read the same in every language: the product's name, a bare count, and an
 * agreement named by its partner and registration number (only the fallback for a missing partner is worded).
 */
const SAME_EVERYWHERE = new Set<MessageKey>(['app.title', 'checks.count', 'merge.agreement']);

describe('the catalogues', () => {
  afterEach(() => setLocale('en'));

  it('have every key of English, and nothing else, in every language', () => {
    for (const locale of LOCALES) expect(Object.keys(CATALOGUES[locale]).sort()).toEqual(Object.keys(en).sort());
  });

  it.each(LOCALES.filter((l) => l !== 'en'))('word every message in %s, with sample parameters, not in English', (locale) => {
    const catalogue = CATALOGUES[locale];
    for (const key of Object.keys(en) as MessageKey[]) {
      const entry = catalogue[key] as string | ((p: unknown, f: ReturnType<typeof formatFor>) => string);
      const english = en[key] as typeof entry;
      const run = (e: typeof entry, l: string) => (typeof e === 'string' ? e : e(sampleParams, formatFor(l)));
      const text = run(entry, locale);
      expect(text, key).not.toMatch(/undefined|NaN|\[object/);
      expect(text.trim(), key).not.toBe('');
      if (!SAME_EVERYWHERE.has(key)) expect(text, key).not.toBe(run(english, 'en'));
    }
  });

  it.each([
    [1, '1 соглашение'],
    [3, '3 соглашения'],
    [5, '5 соглашений'],
    [21, '21 соглашение'],
    [74, '74 соглашения'],
    [100_000, '100 000 соглашений'],
  ])('counts %i agreements in Russian as "%s"', (count, text) => {
    setLocale('ru');
    expect(t('agreements', { count }).replace(/\s/g, ' ')).toBe(text);
  });

  it('says "Imported 74 agreements" in each language', () => {
    const said = LOCALES.map((locale) => {
      setLocale(locale);
      return t('import.headline', { count: 74 });
    });
    expect(said).toEqual(['Imported 74 agreements', 'Импортировано 74 соглашения', '74 келісім импортталды']);
  });

  it('writes large numbers as each language does', () => {
    const counted = LOCALES.map((locale) => {
      setLocale(locale);
      return t('toolbar.shown', { shown: 1234, total: 100_000 }).replace(/\s/g, ' ');
    });
    expect(counted).toEqual(['1,234 of 100,000 agreements', '1 234 из 100 000 соглашений', '1 234 / 100 000 келісім']);
  });

  it.each([
    [['ru-RU', 'en'], 'ru'],
    [['kk'], 'kk'],
    [['kk-KZ', 'ru'], 'kk'],
    [['de-DE', 'ru'], 'ru'],
    [['fr'], 'en'],
    [[], 'en'],
  ])('picks the interface language from the browser\'s %j: %s', (languages, locale) => {
    expect(localeFor(languages)).toBe(locale);
  });
});
