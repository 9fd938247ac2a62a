/**
 * Numbers and plurals in one language, through `Intl`. Formatters are made once per language and
 * options and kept: building an `Intl.NumberFormat` costs ~1 ms, which adds up when the counters
 * re-render at 100,000 rows.
 */

/**
 * One entry of a catalogue: fixed text, or a function of named parameters (and the language's
 * formatters) that returns it. `never` admits every parameter type, so each entry states its own.
 */
export type Message = string | ((params: never, f: Format) => string);

/** A plural category's text; `#` stands for the count, written in the language's digits. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

export interface Format {
  /** The BCP 47 tag the formatters use, e.g. "en" or "ru". */
  readonly locale: string;
  /** 100000 → "100,000" in English ("100 000" in Russian). */
  number(n: number, options?: Intl.NumberFormatOptions): string;
  /** The form of `forms` that the language uses for `n`; "#" in it becomes `number(n)`. */
  plural(n: number, forms: PluralForms): string;
  /** A calendar date as the language writes it (never a cell's date: those keep the file's format). */
  date(d: Date | number, options?: Intl.DateTimeFormatOptions): string;
}

const formats = new Map<string, Format>();

export function formatFor(locale: string): Format {
  let format = formats.get(locale);
  if (!format) {
    format = makeFormat(locale);
    formats.set(locale, format);
  }
  return format;
}

function makeFormat(locale: string): Format {
  const plain = new Intl.NumberFormat(locale);
  const withOptions = new Map<string, Intl.NumberFormat>();
  const rules = new Intl.PluralRules(locale);
  const number = (n: number, options?: Intl.NumberFormatOptions): string => {
    if (!options) return plain.format(n);
    const key = JSON.stringify(options);
    let formatter = withOptions.get(key);
    if (!formatter) {
      formatter = new Intl.NumberFormat(locale, options);
      withOptions.set(key, formatter);
    }
    return formatter.format(n);
  };
  const dates = new Map<string, Intl.DateTimeFormat>();
  return {
    locale,
    number,
    plural: (n, forms) => (forms[rules.select(n)] ?? forms.other).replaceAll('#', number(n)),
    date: (d, options) => {
      const key = JSON.stringify(options ?? {});
      let formatter = dates.get(key);
      if (!formatter) {
        formatter = new Intl.DateTimeFormat(locale, options);
        dates.set(key, formatter);
      }
      return formatter.format(d);
    },
  };
}

/** Clauses joined with "; " into one sentence, those that are `false` left out: "A; b." */
export function sentence(clauses: readonly (string | false)[]): string {
  const text = clauses.filter((c): c is string => c !== false && c !== '').join('; ');
  return text === '' ? '' : `${text.charAt(0).toLocaleUpperCase()}${text.slice(1)}.`;
}
