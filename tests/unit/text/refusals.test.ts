import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { storageError } from '../../../src/lib/db/errors';
import { PactsheetDB } from '../../../src/lib/db/schema';
import { readBackup } from '../../../src/lib/domain/backup';
import { importBytes } from '../../../src/lib/domain/import-file';
import type { ImportError } from '../../../src/lib/domain/import-result';
import { say, setLocale, t, type Locale, type Said } from '../../../src/lib/text/messages';
import { DataService } from '../../../src/lib/workers/data-service';
import { fixture } from '../support/sample';

const utf8 = (text: string) => new TextEncoder().encode(text);

function refusal(bytes: Uint8Array, options?: { maxRows: number }): ImportError {
  const result = importBytes(bytes, options);
  if (result.ok) throw new Error('imported, not refused');
  return result.error;
}

/** The alert the importer shows for a refused file, in `locale`. */
function alertIn(locale: Locale, { reason, line }: ImportError): string {
  setLocale(locale);
  return t('import.notImported', { file: 'list.tsv', line, reason: say(reason) });
}

describe('refusals are data, worded in the language shown', () => {
  afterEach(() => setLocale('en'));

  it('says a NUL on line 3 in Russian and Kazakh, with its line, in the sentence and the alert', () => {
    const error = refusal(utf8('No\tPartner\r\n1\tA\r\n2\tB\0\n'));
    expect(error).toEqual({ reason: { key: 'refusal.nul', params: { line: 3 } }, line: 3 });
    expect(alertIn('en', error)).toMatch(/^list\.tsv was not imported \(line 3\): Line 3 holds a NUL character/);
    expect(alertIn('ru', error)).toMatch(/^list\.tsv не импортирован \(строка 3\): В строке 3 есть символ NUL \(нулевой байт\)/);
    expect(alertIn('kk', error)).toMatch(/^list\.tsv импортталмады \(3-жол\): 3-жолда NUL таңбасы \(нөлдік байт\) бар/);
  });

  it('says an .xlsx workbook in Russian and Kazakh, naming Excel’s menu in each', () => {
    const error = refusal(fixture('workbook.xlsx'));
    expect(error).toEqual({ reason: { key: 'refusal.xlsx' } });
    expect(alertIn('ru', error)).toBe(
      'list.tsv не импортирован: Это книга Excel (.xlsx) или другой сжатый (zip) документ, а не текстовая таблица. В Excel выберите «Сохранить как» → «Текст (разделители — знаки табуляции)» или «Текст в Юникоде».',
    );
    expect(alertIn('kk', error)).toContain('Excel кітабы (.xlsx)');
    expect(alertIn('kk', error)).toContain('«Басқаша сақтау»');
  });

  it('says a PNG image in Russian and Kazakh', () => {
    const error = refusal(fixture('image.png'));
    expect(alertIn('ru', error)).toBe('list.tsv не импортирован: Это изображение PNG, а не таблица. Откройте таблицу соглашений и сохраните её как текст.');
    expect(alertIn('kk', error)).toBe('list.tsv импортталмады: Бұл — кесте емес, PNG суреті. Келісімдер кестесін ашып, оны мәтін ретінде сақтаңыз.');
  });

  it('says a one-column list in Russian and Kazakh', () => {
    const error = refusal(utf8('Leuven\nRiga\nKyiv'));
    expect(error).toEqual({ reason: { key: 'refusal.singleColumn' } });
    expect(alertIn('ru', error)).toContain('в каждой строке только один столбец');
    expect(alertIn('kk', error)).toContain('әр жолда тек бір баған бар');
  });

  it('says a header without agreements with its line in Russian and Kazakh', () => {
    const error = refusal(utf8('Title\na\tb\n\nGray - Expired'));
    expect(alertIn('ru', error)).toBe('list.tsv не импортирован (строка 2): В файле есть строка заголовков (строка 2), но под ней нет ни одного соглашения.');
    expect(alertIn('kk', error)).toBe('list.tsv импортталмады (2-жол): Файлда тақырып жолы бар (2-жол), бірақ оның астында бірде-бір келісім жоқ.');
  });

  it('says too many rows with both counts, written the way each language writes numbers', () => {
    const text = ['a\tb', ...Array.from({ length: 1_001 }, (_, i) => `${i}\tx`)].join('\n');
    const error = refusal(utf8(text), { maxRows: 1_000 });
    expect(error).toEqual({ reason: { key: 'refusal.tooMany', params: { count: 1_001, max: 1_000 } } });
    expect(alertIn('en', error)).toContain('The file holds 1,001 agreements; Pactsheet keeps at most 1,000 in one dataset');
    expect(alertIn('ru', error).replace(/\s/g, ' ')).toContain('В файле 1 001 соглашение; чтобы работа оставалась быстрой, Pactsheet хранит в одном наборе данных не больше 1 000.');
    expect(alertIn('kk', error).replace(/\s/g, ' ')).toContain('Файлда 1 001 келісім бар; жылдам жұмыс істеуі үшін Pactsheet бір деректер жиынында ең көбі 1 000 келісім сақтайды.');
  });

  it('says a damaged backup with its row in Russian and Kazakh', () => {
    const read = readBackup(JSON.stringify({ format: 'pactsheet-backup', version: 99 }));
    expect(read).toEqual({ ok: false, reason: { key: 'refusal.backupNewer', params: { version: '99' } } });
    const row: Said = { key: 'refusal.backupBadRow', params: { row: 2 } };
    setLocale('ru');
    expect(t('backup.notRestored', { file: 'b.json', reason: say(row) })).toBe('b.json не восстановлен: Резервная копия Pactsheet повреждена: строка 2 искажена.');
    setLocale('kk');
    expect(say(row)).toBe('Pactsheet сақтық көшірмесі бүлінген: 2-жол қате.');
  });

  it('says a full storage with what was being done, in each language', () => {
    const full = storageError({ name: 'QuotaExceededError' }, 'storeImport');
    expect(full).toEqual({ key: 'storage.full', params: { doing: 'storeImport' } });
    expect(say(full)).toMatch(/^Could not store the imported agreements: this browser's storage is full\./);
    setLocale('ru');
    expect(say(full)).toMatch(/^Не удалось сохранить импортированные соглашения: хранилище браузера заполнено\./);
    setLocale('kk');
    expect(say(full)).toMatch(/^Импортталған келісімдерді сақтау мүмкін болмады: браузер қоймасы толы\./);
  });

  it('crosses the data worker as data: its refusal survives a structured clone and is worded on the page', async () => {
    const service = new DataService(new PactsheetDB(`refusals-${Math.random()}`));
    const bytes = fixture('image.png');
    const { response } = await service.handle({ type: 'parse', file: new Blob([new Uint8Array(bytes)]) });
    expect(structuredClone(response)).toEqual({ type: 'refused', error: { reason: { key: 'refusal.png' } } });
    const nothing = (await service.handle({ type: 'restore', stamp: 's', now: 0, fileName: 'b.json' })).response;
    expect(nothing).toEqual({ type: 'failed', reason: { key: 'failure.noBackup' } });
    setLocale('kk');
    expect(nothing.type === 'failed' && say(nothing.reason)).toBe('Қалпына келтіретін сақтық көшірме жоқ.');
  });
});
