import type { Format } from '../format';

/** Words the Kazakh catalogue's parts share: counted nouns, sizes, the export date. */

export const agreements = (count: number, f: Format) => f.plural(count, { other: '# келісім' });
export const findings = (count: number, f: Format) => f.plural(count, { other: '# мәселе' });
/** «2026 ж. 28 қараша» (merge review): the month spelled, so no one reads 11/28 as the 11th. */
export const exportDate = (date: number, f: Format) => f.date(date, { day: 'numeric', month: 'long', year: 'numeric' });
export const megabytes = (bytes: number, f: Format) =>
  `${f.number(bytes / 1_000_000, { maximumFractionDigits: bytes < 10_000_000 ? 1 : 0 })} МБ`;
/** A phrase that opens a sentence here but sits inside one in English. */
export const capital = (text: string) => text.charAt(0).toLocaleUpperCase('kk') + text.slice(1);
