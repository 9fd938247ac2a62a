import type { Format } from '../format';

/** Words the English catalogue's parts share: counted nouns, sizes, the export date. */

export type Count = { count: number };
export type File = { file: string };

export const agreements = (count: number, f: Format) => f.plural(count, { one: '# agreement', other: '# agreements' });
export const megabytes = (bytes: number, f: Format) =>
  `${f.number(bytes / 1_000_000, { maximumFractionDigits: bytes < 10_000_000 ? 1 : 0 })} MB`;

/** "28 Nov 2026" (merge review): day first and the month spelled, so no one reads 11/28 as the 11th. */
export const exportDate = (date: number, f: Format) =>
  `${f.date(date, { day: 'numeric' })} ${f.date(date, { month: 'short' })} ${f.date(date, { year: 'numeric' })}`;
