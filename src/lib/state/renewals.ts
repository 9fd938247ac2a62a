import { db } from '../db/db';
import { readSetting } from '../db/settings-repo';
import { calendarFileName, isSequenceBook, nextSequences, renewalEvents, writeCalendar } from '../domain/calendar';
import { say, t } from '../text/messages';
import { workspace } from './app';
import { saveFile } from './download';
import { notices } from './notices.svelte';
import { settings } from './settings.svelte';
import { webStorage } from './storage-port.web';

/** Where the SEQUENCE of each exported event is kept (domain/calendar.ts says why it is remembered). */
const SEQUENCES = 'calendarSequences';

function rules() {
  const dataset = workspace.dataset;
  return { columns: dataset.columnMap, dateFormat: dataset.dateFormat, statusOf: workspace.statusOf, renewalMonths: settings.renewalMonths };
}

/**
 * Downloads `<dataset>-renewals.ics`. The SEQUENCE book is stored (by the data worker, the one
 * writer) before the file is handed over: a file whose numbers were not kept could be outnumbered
 * by the next export, and calendars ignore an update that does not raise SEQUENCE.
 */
export async function exportCalendar(): Promise<void> {
  const meta = workspace.meta;
  if (!meta) return;
  const events = renewalEvents(workspace.dataset.rows, rules());
  if (events.length === 0) {
    notices.info(() => t('calendar.none'));
    return;
  }
  const { sequences, book } = nextSequences(events, await readSetting(db, SEQUENCES, {}, isSequenceBook));
  const stored = await webStorage.request({ type: 'setting', key: SEQUENCES, value: book });
  if (stored.type === 'failed') {
    notices.error(() => say(stored.reason));
    return;
  }
  const text = writeCalendar(meta.name, events, sequences, new Date());
  const fileName = calendarFileName(meta.name);
  saveFile(new TextEncoder().encode(text).buffer, fileName, 'text/calendar');
  notices.info(() => t('calendar.exported', { count: events.length, file: fileName }));
}
