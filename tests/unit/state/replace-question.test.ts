import { afterEach, describe, expect, it } from 'vitest';
import type { BackupSummary } from '../../../src/lib/domain/backup';
import { summarise } from '../../../src/lib/domain/import-result';
import { cancelledMessage, replaceQuestion, type Replacement } from '../../../src/lib/state/import-words';
import { setLocale, t } from '../../../src/lib/text/messages';
import { importFixture } from '../support/sample';

const backup: BackupSummary = { name: 'partner-agreements', rowCount: 74, columnCount: 10, savedAt: '2026-11-28T12:00:00.000Z' };
const restore: Replacement = { kind: 'restore', fileName: 'agreements-backup.json', summary: backup };
const sample: Replacement = { kind: 'import', fileName: 'partner-agreements.tsv', summary: summarise(importFixture('partner-agreements.tsv')) };
const clean: Replacement = { kind: 'import', fileName: 'clean.tsv', summary: summarise(importFixture('sample-excel-bom-crlf.tsv')) };

/** The question as the dialog reads it, the file's name (bold there) at its slot. */
function read(replacement: Replacement, currentCount: number) {
  const { holds, ...rest } = replaceQuestion(replacement, currentCount);
  return { holds: holds.map((part) => (typeof part === 'string' ? part : replacement.fileName)).join(''), ...rest };
}

describe('the replace question', () => {
  afterEach(() => setLocale('en'));

  it('says which dataset a backup holds, when it was saved, and that settings come with it', () => {
    expect(read(restore, 1)).toEqual({
      holds: 'agreements-backup.json is a backup of partner-agreements saved on Nov 28, 2026: 74 agreements in 10 columns, with its settings.',
      discards: 'Replacing discards the 1 agreement you have now, including your edits, and your settings. Export first if you want to keep them.',
    });
  });

  it('says what an imported file holds and what it replaces, with its skipped lines', () => {
    expect(read(sample, 1_234)).toEqual({
      holds: 'partner-agreements.tsv holds 74 agreements in 10 columns.',
      discards: 'Replacing discards the 1,234 agreements you have now, including your edits. Export first if you want to keep them.',
      note: '6 lines are not agreements and will be kept where they stand.',
    });
  });

  it('adds no note for a file whose every line is an agreement', () => {
    expect(replaceQuestion(clean, 74).note).toBeUndefined();
  });

  it('counts one column as one', () => {
    const narrow: Replacement = { ...restore, summary: { ...backup, rowCount: 1, columnCount: 1 } };
    expect(read(narrow, 2).holds).toContain(': 1 agreement in 1 column,');
  });

  it.each([
    ['restore', restore, 'Restore cancelled: agreements-backup.json was not restored; nothing changed.'],
    ['import', sample, 'Import cancelled: partner-agreements.tsv was not imported; nothing changed.'],
  ])('says a cancelled %s changed nothing', (_, replacement, message) => {
    expect(cancelledMessage(replacement)).toBe(message);
  });
});

describe('the replace question in Russian and Kazakh', () => {
  afterEach(() => setLocale('en'));

  it('says a backup, its date and its counts in Russian, the file name at its place', () => {
    setLocale('ru');
    const { holds, discards } = read(restore, 1);
    expect(holds).toMatch(/^agreements-backup\.json — резервная копия «partner-agreements», сохранённая 28 нояб\. 2026 г\.: 74 соглашения в 10 столбцах, вместе с настройками\.$/);
    expect(discards).toContain('вместе с вашими правками и настройками');
    expect(cancelledMessage(restore)).toBe('Восстановление отменено: agreements-backup.json не восстановлен, ничего не изменилось.');
  });

  it('says an imported file and its odd lines in Kazakh', () => {
    setLocale('kk');
    const { holds, note } = read(sample, 2);
    expect(holds).toBe('partner-agreements.tsv файлында 10 бағанда 74 келісім бар.');
    expect(note).toBe('Келісім емес 6 жол өз орнында сақталады.');
  });

  it('says only the odd lines there are, in Russian too', () => {
    setLocale('ru');
    expect(t('replace.oddLines', { skipped: 0, ragged: 2 })).toBe('Строк с другим числом полей: 2 — они останутся как есть.');
    expect(t('replace.oddLines', { skipped: 6, ragged: 1 })).toBe(
      'Строк, которые не являются соглашениями: 6 — они сохранятся на своих местах; строк с другим числом полей: 1 — они останутся как есть.',
    );
  });
});
