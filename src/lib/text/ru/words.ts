import type { Format, PluralForms } from '../format';

/** Words the Russian catalogue's parts share: counted nouns, sizes, the export date. */

export const AGREEMENTS: PluralForms = { one: '# соглашение', few: '# соглашения', many: '# соглашений', other: '# соглашения' };
/** After «из»: «13 из 74 соглашений», «из 21 соглашения». */
export const OF_AGREEMENTS: PluralForms = { one: '# соглашения', few: '# соглашений', many: '# соглашений', other: '# соглашения' };
export const agreements = (count: number, f: Format) => f.plural(count, AGREEMENTS);
export const FINDINGS: PluralForms = { one: '# замечание', few: '# замечания', many: '# замечаний', other: '# замечания' };
export const CHANGES: PluralForms = { one: '# изменение', few: '# изменения', many: '# изменений', other: '# изменения' };
export const megabytes = (bytes: number, f: Format) =>
  `${f.number(bytes / 1_000_000, { maximumFractionDigits: bytes < 10_000_000 ? 1 : 0 })} МБ`;

/** «28 ноября 2026 г.» (merge review): the month spelled, so no one reads 11/28 as the 11th. */
export const exportDate = (date: number, f: Format) => f.date(date, { day: 'numeric', month: 'long', year: 'numeric' });
