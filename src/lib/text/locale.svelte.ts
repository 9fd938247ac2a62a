/**
 * The interface language, as a rune: `t()` reads it, so every template and `$derived` that shows
 * a message is rendered again when it changes. Kept apart from messages.ts because runes live only
 * in `.svelte.ts` modules; state/locale-setting.svelte.ts decides and stores which one it is.
 */

export const LOCALES = ['en', 'ru', 'kk'] as const;
export type Locale = (typeof LOCALES)[number];

export const isLocale = (value: unknown): value is Locale => LOCALES.includes(value as Locale);

class CurrentLocale {
  value = $state<Locale>('en');
}

export const currentLocale = new CurrentLocale();

/**
 * The first of the browser's languages (navigator.languages, most wanted first) that Pactsheet
 * speaks, by its primary subtag ("ru-KZ" is Russian); English when none is.
 */
export function localeFor(languages: readonly string[]): Locale {
  for (const tag of languages) {
    const primary = tag.toLowerCase().split(/[-_]/)[0];
    if (isLocale(primary)) return primary;
  }
  return 'en';
}
