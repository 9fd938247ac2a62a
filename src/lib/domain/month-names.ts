/**
 * Month names the office meets in typed dates, January first: English, Russian (the "31 декабря"
 * form and the "декабрь" form), Kazakh and Turkish (partners in Türkiye). A word that starts one
 * of these with three letters or more also names it (domain/date-input.ts), so most abbreviations
 * need not be listed. The tests check this table against date-fns' `en-US`, `ru`, `kk` and `tr`
 * locales; it is ours rather than theirs so that reading a date needs no locale loaded.
 */
export const MONTH_NAMES: readonly (readonly string[])[] = [
  ['january', 'jan', 'января', 'январь', 'қаңтар', 'ocak'],
  ['february', 'feb', 'февраля', 'февраль', 'ақпан', 'şubat'],
  ['march', 'mar', 'марта', 'март', 'наурыз', 'mart'],
  ['april', 'apr', 'апреля', 'апрель', 'сәуір', 'nisan'],
  ['may', 'мая', 'май', 'мамыр', 'mayıs'],
  ['june', 'jun', 'июня', 'июнь', 'маусым', 'haziran'],
  ['july', 'jul', 'июля', 'июль', 'шілде', 'temmuz'],
  ['august', 'aug', 'августа', 'август', 'тамыз', 'ağustos'],
  ['september', 'sep', 'sept', 'сентября', 'сентябрь', 'қыркүйек', 'eylül'],
  ['october', 'oct', 'октября', 'октябрь', 'қазан', 'ekim'],
  ['november', 'nov', 'ноября', 'ноябрь', 'қараша', 'kasım'],
  ['december', 'dec', 'декабря', 'декабрь', 'желтоқсан', 'aralık'],
];
