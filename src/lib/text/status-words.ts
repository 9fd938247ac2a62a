import { statusWords, type StatusWords } from '../domain/row-filter';
import { STATUS_LABEL, STATUSES, type Status } from '../domain/status';
import { t } from './messages';

/** Each status's word in the interface's language, as the grid, legend and search show it. */
export function statusLabels(): Record<Status, string> {
  return Object.fromEntries(STATUSES.map((status) => [status, t(`status.${status}`)])) as Record<Status, string>;
}

/**
 * What the Search box finds each status by: the word shown now, and the English one too (the
 * office mixes languages, and a colleague may say "expired" over a Russian screen).
 */
export function searchedStatusWords(): StatusWords {
  return statusWords(statusLabels(), STATUS_LABEL);
}
