import type { Format, PluralForms } from './format';
import type { Catalogue } from './messages';

/**
 * Every sentence Pactsheet shows, in Russian, key for key as en.ts (a missing key is a compile
 * error). Plurals have Russian's forms: one (1, 21), few (2–4, 22), many (5–20, 25), other (1,5).
 * The agreement is «соглашение» (neuter), so participles agree with it: «Импортировано 74 соглашения».
 */

const AGREEMENTS: PluralForms = { one: '# соглашение', few: '# соглашения', many: '# соглашений', other: '# соглашения' };
/** After «из»: «13 из 74 соглашений», «из 21 соглашения». */
const OF_AGREEMENTS: PluralForms = { one: '# соглашения', few: '# соглашений', many: '# соглашений', other: '# соглашения' };
const agreements = (count: number, f: Format) => f.plural(count, AGREEMENTS);
const megabytes = (bytes: number, f: Format) =>
  `${f.number(bytes / 1_000_000, { maximumFractionDigits: bytes < 10_000_000 ? 1 : 0 })} МБ`;

export const ru: Catalogue = {
  agreements: ({ count }, f) => agreements(count, f),
  'common.reload': 'Перезагрузить',
  'common.cancel': 'Отмена',
  'common.close': 'Закрыть',
  'column.unnamed': ({ number }) => `столбец ${number}`,

  'status.active': 'Действует',
  'status.renewal-due': 'К продлению',
  'status.expired': 'Истекло',
  'status.permanent': 'Бессрочное',
  'status.unknown': 'Неизвестно',
  'status.reason.noDate': 'Не указана дата «Valid until».',
  'status.reason.notADate': ({ text, format }) => `«${text}» — не дата в формате ${format} и не «Permanent».`,
  'legend.label': 'Фильтр по статусу',
  'legend.renewalWindow': ({ input }) => `«К продлению» — за ${input} мес. до конца срока`,

  'app.title': ({ name }) => (name ? `Pactsheet — ${name}` : 'Pactsheet'),
  'app.opening': 'Открываем ваши соглашения…',
  'app.importFileLabel': 'Импортировать файл',
  'app.notExported': 'Изменения ещё не экспортированы',
  'app.exportedToday': 'Последний экспорт — сегодня',
  'app.exportedDaysAgo': ({ days }, f) =>
    f.plural(days, {
      one: 'Последний экспорт — # день назад',
      few: 'Последний экспорт — # дня назад',
      many: 'Последний экспорт — # дней назад',
      other: 'Последний экспорт — # дня назад',
    }),
  'app.upgraded': 'Pactsheet обновлён в другой вкладке. Все ваши изменения сохранены. Перезагрузите страницу, чтобы продолжить.',
  'app.importFailed': ({ error }) => `Импорт не удался: ${error}`,

  'toolbar.import': 'Импорт',
  'toolbar.exportTsv': 'Экспорт TSV',
  'toolbar.addRow': 'Добавить строку',
  'toolbar.deleteSelected': ({ count }, f) => (count > 0 ? `Удалить выбранные (${f.number(count)})` : 'Удалить выбранные'),
  'toolbar.undo': 'Отменить',
  'toolbar.undoHint': 'Отменить (Ctrl+Z)',
  'toolbar.redo': 'Повторить',
  'toolbar.redoHint': 'Повторить (Ctrl+Y)',
  'toolbar.search': 'Поиск',
  'toolbar.searchPlaceholder': 'Любой столбец…',
  'toolbar.loading': ({ total }, f) => `Загружаем ${agreements(total, f)}…`,
  'toolbar.shown': ({ shown, total }, f) => `${f.number(shown)} из ${f.plural(total, OF_AGREEMENTS)}`,
  'save.unstored': 'Ещё не сохранено',
  'save.saving': 'Сохранение…',
  'save.saved': 'Все изменения сохранены',

  'empty.title': 'Перетащите сюда файл с соглашениями',
  'empty.body':
    'Файл с разделителями-табуляциями (.tsv или .txt), сохранённый из Excel или Google Таблиц. Он остаётся в этом браузере: ничего никуда не отправляется.',
  'empty.import': 'Импортировать файл…',
  'empty.sample': 'Открыть пример',
  'drop.overlay': 'Отпустите, чтобы импортировать',
  'notice.dismiss': 'Закрыть сообщение',

  'import.reading': ({ file }) => `Читаем ${file}…`,
  'import.saving': ({ count }, f) => `Сохраняем ${agreements(count, f)}…`,
  'import.headline': ({ count }, f) => `Импортировано ${agreements(count, f)}`,
  'import.busy': ({ file }) => `${file} не импортирован: уже идёт другой импорт. Повторите, когда он закончится.`,
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
    `Строк, которые не являются соглашениями: ${f.number(skipped)} — они будут пропущены; строк с другим числом полей: ${f.number(ragged)} — они останутся как есть.`,
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

  'save.failed': ({ error }) => `Не удалось сохранить изменение: ${error}.`,
  'save.failedOutcome': ({ outcome }) => `Не удалось сохранить изменение (${outcome}).`,
  'storage.full': ({ doing }) =>
    `Не удалось ${doing}: хранилище браузера заполнено. Ничего не записано наполовину; освободите место на диске (или экспортируйте и удалите старые данные) и повторите.`,
  'storage.refused': ({ doing, detail }) => `Не удалось ${doing}: хранилище браузера отказало (${detail}).`,
  'storage.doing.open': 'открыть сохранённые соглашения',
  'storage.doing.storeImport': 'сохранить импортированные соглашения',
  'storage.lost': ({ failure, count }, f) =>
    `${failure ? `${failure} ` : ''}Браузер удалил сохранённую копию ваших соглашений (${f.number(count)}) — так Chromium поступает, когда диск заполнен полностью. Все они по-прежнему здесь, в этой вкладке. Не закрывайте её и освободите место на диске: Pactsheet сам сохранит их снова. На всякий случай сделайте «Экспорт TSV» сейчас.`,
  'storage.storedAgain': ({ count }, f) =>
    `Снова сохранено: браузер удалял свою копию, и все соглашения (${f.number(count)}) снова в ней в безопасности.`,
  'storage.megabytes': ({ bytes }, f) => megabytes(bytes, f),
  'sync.conflict':
    'Другая вкладка изменила эти соглашения в тот же момент, поэтому ваше последнее изменение строки не сохранено. В таблице — последние данные: повторите его, пожалуйста.',
  'sync.changedElsewhere': 'Соглашения изменены в другой вкладке.',
  'sync.changedWhileIndexing': 'Соглашения изменились, пока шло индексирование.',
  'replaced.cell': ({ column, now, typed }) => `${column} теперь «${now}» (вы ввели «${typed}»)`,
  'replaced.deletedRow': ({ column, typed }) => `удалена строка, в которой вы ввели «${typed}» в ${column}`,
  'replaced.summary': ({ count, described, more }, f) =>
    `Другая вкладка изменила ячейки, которые вы правили (${f.number(count)}): ${described.join('; ')}${more > 0 ? ` и ещё ${f.number(more)}` : ''}.`,

  'pwa.updateReady': 'Готова новая версия Pactsheet. Ваши данные останутся как есть.',
  'pwa.installOffer': 'Установите Pactsheet, чтобы открывать его с рабочего стола и открывать в нём файлы TSV — даже без сети.',
  'pwa.install': 'Установить приложение',
  'pwa.oneFileAtATime': ({ names }) => `Pactsheet открывает по одному файлу за раз: ${names.join(', ')} не открыты.`,
  'pwa.couldNotOpen': ({ file, error }) => `Не удалось открыть ${file}: ${error}`,

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

  'grid.status': 'Статус',
  'grid.unnamedColumn': ({ number }) => `(столбец ${number})`,
  'grid.notADate': ({ text, format }) => `«${text}» — не дата в формате ${format}.`,
  'language.label': 'Язык',
  'backup.unreadable': 'его не удалось прочитать.',
  'editor.registerNotStored': 'Не удалось сохранить новый реестр.',

  // Dates typed the way people type them
  'dates.storedAs': ({ typed, stored, column }) => `${typed} как ${stored} в столбце «${column}»`,
  'dates.stored': ({ described }) => `Сохранено: ${described}`,
  'dates.storedSeveral': ({ count, described, more }, f) =>
    `${f.plural(count, { one: 'Введённая дата сохранена', few: 'Введённые даты сохранены', many: 'Введённые даты сохранены', other: 'Введённые даты сохранены' })} в формате файла: ${described.join('; ')}${more > 0 ? ` и ещё ${f.number(more)}` : ''}`,

  // Changes
  'changes.button': 'Изменения',
  'changes.title': 'Изменения',
  'changes.all': 'Все изменения',
  'changes.sinceExport': 'С последнего экспорта',
  'changes.sinceExportHint': ({ when }) =>
    when ? `Изменения с последнего экспорта (${when}).` : 'Экспорта ещё не было: изменения с момента загрузки данных.',
  'changes.none': 'Изменений нет.',
  'changes.loading': 'Читаю журнал изменений…',
  'changes.more': 'Показать более ранние изменения',
  'changes.exportTsv': 'Экспортировать эти изменения (TSV)',
  'changes.exported': ({ count, file }, f) =>
    `${f.plural(count, { one: 'Экспортировано # изменение', few: 'Экспортировано # изменения', many: 'Экспортировано # изменений', other: 'Экспортировано # изменения' })} в ${file}`,
  'changes.when': ({ at }, f) => f.date(at, { dateStyle: 'medium', timeStyle: 'short' }),
  'changes.exportedWhen': ({ at }, f) => f.date(at, { dateStyle: 'medium', timeStyle: 'short' }),
  'changes.col.when': 'Когда',
  'changes.col.agreement': 'Соглашение',
  'changes.col.column': 'Столбец',
  'changes.col.change': 'Было → стало',
  'changes.col.source': 'Откуда',
  'changes.empty': '(пусто)',
  'changes.unknownRow': '(соглашения здесь больше нет)',
  'changes.noRegistration': 'без регистрационного номера',
  'changes.rowAdded': 'Соглашение добавлено',
  'changes.rowDeleted': 'Соглашение удалено',
  'changes.imported': ({ count }, f) => `Импортировано: ${agreements(count, f)}`,
  'changes.importedFrom': ({ count, file }, f) => `Импортировано из ${file}: ${agreements(count, f)}`,
  'changes.restoredFrom': ({ count, file }, f) => `Восстановлено из ${file}: ${agreements(count, f)}`,
  'changes.restoredEarlier': ({ count }, f) => `Восстановлены прежние данные (${agreements(count, f)})`,
  'changes.started': 'Начат новый реестр',
  'changes.source.edited': 'изменено здесь',
  'changes.source.undone': 'отменено',
  'changes.source.redone': 'повторено',
  'changes.source.merged': 'объединено',
  'changes.source.mergedFrom': ({ file }) => `объединено из ${file}`,
  'changes.source.imported': 'импортировано',
  'changes.source.restored': 'восстановлено',
  'changes.source.started': 'новый реестр',
  'changes.tsv.when': 'Когда',
  'changes.tsv.partner': 'Партнёр',
  'changes.tsv.registration': 'Регистрационный номер',
  'changes.tsv.column': 'Столбец',
  'changes.tsv.before': 'Было',
  'changes.tsv.after': 'Стало',
  'changes.tsv.source': 'Откуда',
  'changes.marked': ({ was }) => `Изменено после последнего экспорта (было «${was}»)`,
  'changes.markedEmpty': 'Изменено после последнего экспорта (было пусто)',
};
