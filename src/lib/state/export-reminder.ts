import { differenceInCalendarDays } from 'date-fns';
import type { DatasetMeta } from '../domain/dataset';
import { t } from '../text/messages';

/** A nudge to share or back up: said while there are changes the last export doesn't have. */
export function exportReminderFor(meta: DatasetMeta | null, today: Date): string | null {
  if (!meta?.changedAt || (meta.exportedAt && meta.exportedAt >= meta.changedAt)) return null;
  if (!meta.exportedAt) return t('app.notExported');
  const days = differenceInCalendarDays(today, new Date(meta.exportedAt));
  return days === 0 ? t('app.exportedToday') : t('app.exportedDaysAgo', { days });
}
