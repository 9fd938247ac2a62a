import { en } from './en';
import { formatFor, type Format, type Message } from './format';
import { kk } from './kk';
import { currentLocale, type Locale } from './locale.svelte';
import { ru } from './ru';

/**
 * User-facing text, built in one place from a key and parameters: `t('import.headline', { count })`
 * gives "Imported 74 agreements". Plain TypeScript (no Svelte), so state/ can use it as well as ui/.
 *
 * A language is a catalogue typed `Catalogue`: the same keys as `en`, each with the same
 * parameters, so a key missing from a translation is a compile error. Adding one is writing
 * its catalogue and listing it in CATALOGUES below and LOCALES (locale.svelte.ts).
 */

export type MessageKey = keyof typeof en;
type Entry<K extends MessageKey> = (typeof en)[K];
type ParamsOfEntry<E> = E extends (params: infer P, f: Format) => string ? P : never;

/** The parameters a message takes (`never` for fixed text). */
export type ParamsOf<K extends MessageKey> = ParamsOfEntry<Entry<K>>;

/**
 * What a translation of English messages must provide: fixed text where English has fixed
 * text, else a function of the same parameters. Each part of a catalogue (en/core.ts, …) is
 * translated part for part (ru/core.ts is a `Translation<typeof english core>`).
 */
export type Translation<T> = {
  readonly [K in keyof T]: T[K] extends string ? string : (params: ParamsOfEntry<T[K]>, f: Format) => string;
};

/** A whole language: every key of `en`. */
export type Catalogue = Translation<typeof en>;

type Args<K extends MessageKey> = Entry<K> extends string ? [] : [params: ParamsOf<K>];

export { LOCALES, localeFor, isLocale, type Locale } from './locale.svelte';
export type { StorageDoing } from './en/refusals';

const CATALOGUES: Record<Locale, Catalogue> = { en, ru, kk };

/** The language messages are built in; reading it makes a template or `$derived` follow it. */
export function getLocale(): Locale {
  return currentLocale.value;
}

/** Switches every message, and re-renders the text built from them (the locale is a rune). */
export function setLocale(locale: Locale): void {
  currentLocale.value = locale;
}

/** The formatters of the current language, for a bare number such as a chip's count. */
export function format(): Format {
  return formatFor(currentLocale.value);
}

export function t<K extends MessageKey>(key: K, ...args: Args<K>): string {
  const locale = currentLocale.value;
  const message: Message = CATALOGUES[locale][key];
  return typeof message === 'string' ? message : message(args[0] as never, formatFor(locale));
}

/**
 * A message as data: its key and parameters, worded only when shown (`say`). `domain/`, `db/` and
 * the data worker return these instead of sentences; they are plain objects, so they cross the
 * worker boundary as they are, and a page that keeps one re-words it when the language changes.
 * Code that must not import text's values (domain/) imports this type only.
 */
export type Said = {
  [K in MessageKey]: [ParamsOf<K>] extends [never] ? { key: K; params?: undefined } : { key: K; params: ParamsOf<K> };
}[MessageKey];

/** A message kept as data, worded in the current language. */
export function say(said: Said): string {
  return (t as (key: MessageKey, params?: unknown) => string)(said.key, said.params);
}

/** The parameter names of a message whose values are text: the ones markup can stand in for. */
export type SlotOf<K extends MessageKey> = {
  [P in keyof ParamsOf<K>]-?: ParamsOf<K>[P] extends string ? P : never;
}[keyof ParamsOf<K>] &
  string;

export type Part<S extends string> = string | { slot: S };

// Control characters that neither a catalogue nor a parameter holds.
const OPEN = '\u0001';
const CLOSE = '\u0002';
const SLOT = new RegExp(`${OPEN}(\\d+)${CLOSE}`);

/**
 * A message cut where its `slots` go, for text that wraps markup (a bold file name, a number
 * field inside a label), so each language still decides where the markup sits. In Svelte:
 * `{#each messageParts(key, params, ['file']) as part}{#if typeof part === 'string'}{part}{:else}<strong>…</strong>{/if}{/each}`.
 */
export function messageParts<K extends MessageKey, S extends SlotOf<K>>(
  key: K,
  params: Omit<ParamsOf<K>, S>,
  slots: readonly S[],
): Part<S>[] {
  const marked: Record<string, unknown> = { ...params };
  slots.forEach((slot, i) => (marked[slot] = `${OPEN}${i}${CLOSE}`));
  const text = (t as (key: MessageKey, params: unknown) => string)(key, marked);
  return text
    .split(SLOT)
    .map((piece, i): Part<S> => (i % 2 === 1 ? { slot: slots[Number(piece)] } : piece))
    .filter((part) => part !== '');
}
