import type { refusals as english, StorageDoing } from '../en/refusals';
import type { Translation } from '../messages';
import { agreements } from './words';

/** What failed, as it follows «Не удалось …». */
const DOING: Record<StorageDoing, string> = {
  open: 'открыть сохранённые соглашения',
  storeImport: 'сохранить импортированные соглашения',
  storeAll: 'сохранить ваши соглашения',
  restoreBackup: 'восстановить резервную копию',
  restoreEarlier: 'восстановить прежние данные',
  saveChange: 'сохранить изменение',
  saveSetting: 'сохранить настройку',
  recordExport: 'записать время экспорта',
};

// The names of Russian Excel's own menu items and file types.
const SAVE_AS_TEXT = 'В Excel выберите «Сохранить как» → «Текст (разделители — знаки табуляции)» или «Текст в Юникоде».';
const SAVE_AS_TSV = 'Откройте его в Excel и выберите «Сохранить как» → «Текст (разделители — знаки табуляции)».';
const NO_COLUMNS = 'Столбцы, разделённые табуляцией, не найдены:';
const SAVE_AS_TABLE = 'Откройте таблицу соглашений и сохраните её как текст.';

/** Russian: why a file was refused, why storage failed, the data worker's other failures. */
export const refusals: Translation<typeof english> = {
  'refusal.png': `Это изображение PNG, а не таблица. ${SAVE_AS_TABLE}`,
  'refusal.jpeg': `Это изображение JPEG, а не таблица. ${SAVE_AS_TABLE}`,
  'refusal.gif': `Это изображение GIF, а не таблица. ${SAVE_AS_TABLE}`,
  'refusal.pdf': 'Это документ PDF, а не таблица. Откройте исходную таблицу и сохраните её как текст.',
  'refusal.xlsx': `Это книга Excel (.xlsx) или другой сжатый (zip) документ, а не текстовая таблица. ${SAVE_AS_TEXT}`,
  'refusal.xls': `Это книга Excel старого формата (.xls), а не текстовая таблица. ${SAVE_AS_TEXT}`,
  'refusal.binary': `Это двоичный файл, а не текстовая таблица. ${SAVE_AS_TEXT}`,
  'refusal.json': 'Это JSON, а не таблица с разделителями-табуляциями. Экспортируйте данные в TSV.',
  'refusal.html': `Это веб-страница (HTML), а не таблица с разделителями-табуляциями. ${SAVE_AS_TSV}`,
  'refusal.empty': 'Файл пуст.',
  'refusal.bomOnly': 'В файле есть только метка порядка байтов (BOM) и нет текста. Возможно, его сохранили пустым.',
  'refusal.badUnicode': ({ encoding }) =>
    `Файл заявлен как текст в ${encoding}, но содержит байты, недопустимые в ${encoding}; возможно, он повреждён. Сохраните его заново из Excel как «Текст в Юникоде».`,
  'refusal.badUtf8Line': ({ line }) =>
    `Файл записан в UTF-8, но в строке ${line} есть байты, недопустимые в UTF-8 (испорченный символ); возможно, он повреждён. Сохраните его заново из Excel как «Текст в Юникоде».`,
  'refusal.nul': ({ line }) =>
    `В строке ${line} есть символ NUL (нулевой байт), которого в тексте не бывает: файл повреждён или это не текстовая таблица. Удалите этот символ или сохраните файл заново из Excel как «Текст (разделители — знаки табуляции)».`,
  'refusal.semicolonCsv': `${NO_COLUMNS} похоже, это CSV с разделителем «;». ${SAVE_AS_TSV}`,
  'refusal.commaCsv': `${NO_COLUMNS} похоже, это CSV с разделителем «,». ${SAVE_AS_TSV}`,
  'refusal.singleColumn': `${NO_COLUMNS} в каждой строке только один столбец. ${SAVE_AS_TSV}`,
  'refusal.headerOnly': ({ line }) => `В файле есть строка заголовков (строка ${line}), но под ней нет ни одного соглашения.`,
  'refusal.tooMany': ({ count, max }, f) =>
    `В файле ${agreements(count, f)}; чтобы работа оставалась быстрой, Pactsheet хранит в одном наборе данных не больше ${f.number(max)}. Разделите файл и импортируйте ту часть, с которой работаете.`,
  'refusal.backupNotJson': 'Это не резервная копия Pactsheet: файл не в формате JSON.',
  'refusal.notBackup': 'Это не резервная копия Pactsheet (файлы TSV открывайте через «Импорт»).',
  'refusal.backupNewer': ({ version }) =>
    `Эта резервная копия сделана более новой версией Pactsheet (формат ${version}); сначала обновите приложение.`,
  'refusal.backupNoMeta': 'Резервная копия Pactsheet повреждена: описание набора данных отсутствует или искажено.',
  'refusal.backupBadRow': ({ row }) => `Резервная копия Pactsheet повреждена: строка ${row} искажена.`,
  'refusal.backupSameId': 'Резервная копия Pactsheet повреждена: у двух строк одинаковый идентификатор.',
  'storage.full': ({ doing }) =>
    `Не удалось ${DOING[doing]}: хранилище браузера заполнено. Ничего не записано наполовину; освободите место на диске (или экспортируйте и удалите старые данные) и повторите.`,
  'storage.refused': ({ doing, detail }) => `Не удалось ${DOING[doing]}: хранилище браузера отказало (${detail}).`,
  'failure.nothingParsed': 'Нет прочитанного файла, который можно сохранить.',
  'failure.nothingToBackUp': 'Пока нечего сохранять в резервную копию.',
  'failure.noBackup': 'Нет резервной копии для восстановления.',
  'failure.nothingToExport': 'Пока нечего экспортировать.',
  'failure.nothingToMerge': 'Пока не с чем объединять.',
  'failure.unexpected': ({ detail }) => `В Pactsheet произошла непредвиденная ошибка (${detail}).`,
  'failure.workerStopped': ({ detail }) =>
    `Фоновый обработчик неожиданно остановился (${detail}). Перезагрузите страницу и повторите.`,
  'backup.restoring': ({ count }, f) => `Восстанавливаем ${agreements(count, f)}…`,
  'backup.busy': ({ file }) => `${file} не восстановлен: уже идёт другой импорт или восстановление. Дождитесь окончания и повторите.`,
  'backup.cancelled': ({ file }) => `Восстановление отменено: ${file} не восстановлен, ничего не изменилось.`,
  'replace.backupOf': ({ file, name, savedAt, count, columns }, f) =>
    `${file} — резервная копия «${name}», сохранённая ${f.date(savedAt, { dateStyle: 'medium' })}: ${agreements(count, f)} в ${f.plural(columns, { one: '# столбце', other: '# столбцах' })}, вместе с настройками.`,
  'replace.discardsSettings': ({ count }, f) =>
    `Замена удалит всё, что у вас сейчас есть (${agreements(count, f)}), вместе с вашими правками и настройками. Чтобы сохранить их, сначала сделайте экспорт.`,
};
