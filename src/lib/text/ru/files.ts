import { sentence } from '../format';
import type { files as english } from '../en/files';
import type { Translation } from '../messages';
import { agreements, megabytes } from './words';

/** Russian: importing, exporting, backups, typed dates, whole-file fidelity. */
export const files: Translation<typeof english> = {
  'import.reading': ({ file }) => `Читаем ${file}…`,
  'import.saving': ({ count }, f) => `Сохраняем ${agreements(count, f)}…`,
  'import.headline': ({ count }, f) => `Импортировано ${agreements(count, f)}`,
  'import.busy': ({ file }) => `${file} не импортирован: уже идёт другой импорт или восстановление. Дождитесь окончания и повторите.`,
  'import.notImported': ({ file, line, reason }) => `${file} не импортирован${line ? ` (строка ${line})` : ''}: ${reason}`,
  'import.cancelled': ({ file }) => `Импорт отменён: ${file} не импортирован, ничего не изменилось.`,
  'import.notStored': 'Не удалось сохранить импорт.',
  'import.lostInImport':
    'Импорт не поместился, и браузер удалил всё, что хранил, — так Chromium поступает, когда диск заполнен полностью. Сохранённые ранее соглашения из этого браузера пропали: освободите место и восстановите последнюю резервную копию («О программе / Конфиденциальность») или импортируйте последний экспортированный файл.',
  'import.skipped': ({ count, lines }, f) =>
    `${f.plural(count, {
      one: 'Пропущена # строка, которая не является соглашением',
      few: 'Пропущены # строки, которые не являются соглашениями',
      many: 'Пропущено # строк, которые не являются соглашениями',
      other: 'Пропущено # строки, которые не являются соглашениями',
    })}: ${lines.join(', ')}.`,
  'import.skippedBlank': ({ line }) => `строка ${line} (пустая)`,
  'import.skippedText': ({ line, text }) => `строка ${line} «${text}»`,
  'import.ragged': ({ line, fields, expected }) =>
    `В строке ${line} полей: ${fields}, а в заголовке — ${expected}; строка оставлена как есть.`,
  'import.raggedMore': ({ count }, f) =>
    `…и ещё ${f.plural(count, { one: '# строка', few: '# строки', many: '# строк', other: '# строки' })} другой длины.`,
  'replace.title': 'Заменить ваши соглашения?',
  'replace.fileHolds': ({ file, count, columns }, f) =>
    `Файл ${file} содержит ${agreements(count, f)} в ${f.plural(columns, { one: '# столбце', other: '# столбцах' })}.`,
  'replace.discards': ({ count }, f) =>
    `Замена удалит всё, что у вас сейчас есть (${agreements(count, f)}), вместе с вашими правками. Чтобы сохранить их, сначала сделайте экспорт.`,
  'replace.oddLines': ({ skipped, ragged }, f) =>
    sentence([
      skipped > 0 && `Строк, которые не являются соглашениями: ${f.number(skipped)} — они сохранятся на своих местах`,
      ragged > 0 && `строк с другим числом полей: ${f.number(ragged)} — они останутся как есть`,
    ]),
  'replace.confirm': 'Заменить',
  'export.progress': ({ count }, f) => `Экспортируем ${agreements(count, f)}…`,
  'export.done': ({ count, file }, f) => `Экспортировано ${agreements(count, f)} в ${file}`,
  'export.failed': 'Экспорт не удался.',
  'export.neutralised': ({ count }, f) =>
    f.plural(count, {
      one: "# ячейка начинается с =, +, @, табуляции или перевода строки; перед ней поставлен знак ', чтобы Excel и Google Таблицы показали её как текст, а не выполнили формулу.",
      few: "# ячейки начинаются с =, +, @, табуляции или перевода строки; перед ними поставлен знак ', чтобы Excel и Google Таблицы показали их как текст, а не выполнили формулу.",
      many: "# ячеек начинаются с =, +, @, табуляции или перевода строки; перед ними поставлен знак ', чтобы Excel и Google Таблицы показали их как текст, а не выполнили формулу.",
      other: "# ячейки начинаются с =, +, @, табуляции или перевода строки; перед ними поставлен знак ', чтобы Excel и Google Таблицы показали их как текст, а не выполнили формулу.",
    }),
  'export.quotedInRaw': ({ count }, f) =>
    f.plural(count, {
      one: '# ячейка содержит табуляцию или перевод строки, поэтому она взята в кавычки, как это делает Excel.',
      few: '# ячейки содержат табуляцию или перевод строки, поэтому они взяты в кавычки, как это делает Excel.',
      many: '# ячеек содержат табуляцию или перевод строки, поэтому они взяты в кавычки, как это делает Excel.',
      other: '# ячейки содержат табуляцию или перевод строки, поэтому они взяты в кавычки, как это делает Excel.',
    }),
  'export.unencodable': ({ count, encoding }, f) =>
    `Символов, которые нельзя записать в кодировке файла (${encoding}): ${f.number(count)}; они заменены на «?».`,
  'about.title': 'О программе / Конфиденциальность',
  'about.whereHeading': 'Где хранятся ваши данные',
  'about.where':
    'Только в этом браузере, на этом устройстве (в его хранилище IndexedDB). У Pactsheet нет сервера: ничего из того, что вы импортируете или вводите, не отправляется, и приложение никогда не обращается к другим сайтам. Оно работает без сети.',
  'about.storageHeading': 'Хранилище',
  'about.persisted': 'Постоянное хранилище: разрешено. Браузер не удалит эти данные, чтобы освободить место.',
  'about.notPersisted': 'Постоянное хранилище: не разрешено. Браузер может удалить эти данные, если на диске мало места, — держите резервную копию.',
  'about.askAgain': 'Запросить снова',
  'about.persistenceUnknown': 'Постоянное хранилище: браузер об этом не сообщает.',
  'about.usage': ({ usage, quota }, f) => `Занято ${megabytes(usage, f)} из ${megabytes(quota, f)}, доступных этому сайту.`,
  'about.backupHeading': 'Резервное копирование',
  'about.backingUp': ({ exportTsv, downloadBackup, restore }) =>
    `${exportTsv} записывает файл, который коллеги открывают в Excel или Google Таблицах. ${downloadBackup} сохраняет всё, что знает Pactsheet (строки, формат файла, настройки), в один файл, который ${restore} в точности считывает обратно — здесь или в другом браузере. Если очистить данные этого сайта в браузере, ваши соглашения будут удалены: сначала сделайте резервную копию.`,
  'about.downloadBackup': 'Скачать резервную копию',
  'about.restore': 'Восстановить',
  'about.restoreFileLabel': 'Восстановить из файла резервной копии',
  'about.snapshot': ({ name, importedAt }, f) =>
    `Перед каждым импортом с заменой или восстановлением заменяемые данные сохраняются: ${name}, импортировано ${f.date(importedAt)}.`,
  'about.restoreEarlier': 'Восстановить прежние данные',
  'backup.saved': ({ file }) => `Резервная копия сохранена как ${file}. Храните её в надёжном месте; «Восстановить» в точности считывает её обратно.`,
  'backup.failed': 'Резервное копирование не удалось.',
  'backup.notRestored': ({ file, reason }) => `${file} не восстановлен: ${reason}`,
  'backup.restoreFailed': 'Восстановление не удалось.',
  'backup.restored': ({ count, file }, f) => `Восстановлено ${agreements(count, f)} из ${file}`,
  'backup.restoredEarlier': ({ count }, f) =>
    `Прежние данные восстановлены: ${agreements(count, f)}. То, что было у вас только что, в свою очередь сохранено как прежние данные.`,
  'backup.noEarlier': 'Нет прежних данных для восстановления.',
  'backup.unreadable': 'его не удалось прочитать.',
  // Dates typed the way people type them
  'dates.storedAs': ({ typed, stored, column }) => `${typed} как ${stored} в столбце «${column}»`,
  'dates.stored': ({ described }) => `Сохранено: ${described}`,
  'dates.storedSeveral': ({ count, described, more }, f) =>
    `${f.plural(count, { one: 'Введённая дата сохранена', few: 'Введённые даты сохранены', many: 'Введённые даты сохранены', other: 'Введённые даты сохранены' })} в формате файла: ${described.join('; ')}${more > 0 ? ` и ещё ${f.number(more)}` : ''}`,
  // Whole file in, whole file out: lines that are not agreements, CSV
  'fidelity.kept': ({ count, lines }, f) =>
    `${f.plural(count, {
      one: 'Сохранена # строка, которая не является соглашением; при экспорте она останется на своём месте',
      few: 'Сохранены # строки, которые не являются соглашениями; при экспорте они останутся на своих местах',
      many: 'Сохранено # строк, которые не являются соглашениями; при экспорте они останутся на своих местах',
      other: 'Сохранено # строки, которые не являются соглашениями; при экспорте они останутся на своих местах',
    })}: ${lines.join(', ')}.`,
  'fidelity.keptBlank': ({ line }) => `строка ${line} (пустая)`,
  'fidelity.keptText': ({ line, text }) => `строка ${line} «${text}» (заголовок или пояснение)`,
  'fidelity.keptComment': ({ line, text }) => `строка ${line} «${text}» (комментарий)`,
  'fidelity.keptPreamble': ({ line, text }) => `строка ${line} «${text}» (перед строкой заголовков)`,
  'fidelity.shortRecords': ({ count }, f) =>
    f.plural(count, {
      one: 'В # строке меньше полей, чем в заголовке, но в ней есть данные: она прочитана как соглашение (Google Таблицы не сохраняют пустые ячейки в конце строки).',
      few: 'В # строках меньше полей, чем в заголовке, но в них есть данные: они прочитаны как соглашения (Google Таблицы не сохраняют пустые ячейки в конце строки).',
      many: 'В # строках меньше полей, чем в заголовке, но в них есть данные: они прочитаны как соглашения (Google Таблицы не сохраняют пустые ячейки в конце строки).',
      other: 'В # строки меньше полей, чем в заголовке, но в них есть данные: они прочитаны как соглашения (Google Таблицы не сохраняют пустые ячейки в конце строки).',
    }),
  'fidelity.csvRead': ({ delimiter }) => `Прочитан как CSV с разделителем «${delimiter}»; «Экспорт CSV» запишет его так же.`,
  'fidelity.exportCsv': 'Экспорт CSV',
  'fidelity.linesButton': ({ count }, f) => `Строки, которые не являются соглашениями (${f.number(count)})`,
  'fidelity.linesTitle': 'Строки, которые не являются соглашениями',
  'fidelity.linesHint': 'Они хранятся в точности как в файле и экспортируются на своих местах.',
  'fidelity.lineAt': ({ line }) => `Строка ${line}`,
  'fidelity.blankLine': '(пустая)',
  'fidelity.deleteLine': 'Удалить',
  'fidelity.lineToRow': 'Сделать соглашением',
  'fidelity.close': 'Закрыть',
  'fidelity.lineDeleted': ({ line }) => `Строка ${line} удалена: она не будет экспортирована. «Отменить» вернёт её.`,
  'fidelity.lineMadeRow': ({ line }) => `Строка ${line} теперь соглашение. «Отменить» снова сделает её простой строкой.`,
};
