import { db } from '../db/db';
import { readSetting } from '../db/settings-repo';
import { getLocale, isLocale, localeFor, setLocale, type Locale } from '../text/messages';
import { webStorage } from './storage-port.web';

/**
 * The interface language: the one chosen with the switcher (setting "locale"), else the first of
 * the browser's languages Pactsheet speaks, else English. The locale itself is a rune in
 * text/locale.svelte.ts, so switching re-renders every message.
 */
class Language {
  /** Before anything renders: the browser's choice, so a first visit does not flash English. */
  start(languages: readonly string[] = navigator.languages ?? [navigator.language]): void {
    setLocale(localeFor(languages));
  }

  /** The remembered choice, if one was made; read from IndexedDB like the other settings. */
  async load(): Promise<void> {
    const chosen = await readSetting<Locale | null>(db, 'locale', null, (v): v is Locale | null => v === null || isLocale(v));
    if (chosen) setLocale(chosen);
  }

  async choose(locale: Locale): Promise<void> {
    if (!isLocale(locale) || locale === getLocale()) return;
    setLocale(locale);
    // Written by the data worker, the one writer.
    await webStorage.request({ type: 'setting', key: 'locale', value: locale });
  }
}

export const language = new Language();
