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
const FINDINGS: PluralForms = { one: '# замечание', few: '# замечания', many: '# замечаний', other: '# замечания' };
const CHANGES: PluralForms = { one: '# изменение', few: '# изменения', many: '# изменений', other: '# изменения' };
const megabytes = (bytes: number, f: Format) =>
  `${f.number(bytes / 1_000_000, { maximumFractionDigits: bytes < 10_000_000 ? 1 : 0 })} МБ`;

/** «28 ноября 2026 г.» (merge review): the month spelled, so no one reads 11/28 as the 11th. */
const exportDate = (date: number, f: Format) => f.date(date, { day: 'numeric', month: 'long', year: 'numeric' });

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

  // Checks (domain/checks/, ui/ChecksPanel.svelte): «замечание» for a finding
  'changes.source.fixed': 'исправлено в «Проверках»',
  'checks.button': 'Проверки',
  'checks.count': ({ count }, f) => f.number(count),
  'checks.buttonLabel': ({ count }, f) => `Проверки: ${f.plural(count, FINDINGS)}`,
  'checks.title': 'Проверки',
  'checks.checking': 'Проверяем реестр…',
  'checks.none': 'Замечаний нет: все проверки пройдены.',
  'checks.summary': ({ count }, f) => `${f.plural(count, FINDINGS)}, сначала самые серьёзные.`,
  'checks.more': ({ count }, f) =>
    f.plural(count, {
      one: 'и ещё # замечание (исправьте или проигнорируйте часть, чтобы его увидеть).',
      few: 'и ещё # замечания (исправьте или проигнорируйте часть, чтобы их увидеть).',
      many: 'и ещё # замечаний (исправьте или проигнорируйте часть, чтобы их увидеть).',
      other: 'и ещё # замечания (исправьте или проигнорируйте часть, чтобы их увидеть).',
    }),
  'checks.fix': 'Исправить',
  'checks.ignore': 'Игнорировать',
  'checks.close': 'Закрыть',
  'checks.suggestion': ({ fix }) => `Предлагается: «${fix}»`,
  'checks.blank': '(пусто)',
  'checks.severity.error': 'Ошибка',
  'checks.severity.warning': 'Предупреждение',
  'checks.severity.info': 'Примечание',
  'checks.go': ({ agreement, column }) => `Перейти: ${agreement}, столбец «${column}»`,
  'checks.missing-value': 'Пусто: этот столбец заполняется для каждого соглашения.',
  'checks.not-a-date': ({ format }) => `Не дата в формате этого столбца (${format}).`,
  'checks.ends-before-start': ({ start }) => `Срок заканчивается раньше даты соглашения (${start}).`,
  'checks.not-an-anniversary': ({ start }) => `Не приходится на годовщину даты соглашения (${start}): опечатка?`,
  'checks.not-a-ranking': 'Не рейтинг: укажите число, диапазон (1001-1200), N+ или -.',
  'checks.extra-spaces': 'Лишние пробелы в начале или в конце либо двойные пробелы внутри текста.',
  'checks.registration-year': ({ suffix, year }) =>
    `Регистрационный номер указывает на год «${suffix}», а соглашение датировано ${year} годом.`,
  'checks.not-a-country': 'Не название страны (ISO 3166).',
  'checks.city-elsewhere': ({ city, lies, country }) => `${city} находится в стране ${lies}, а не ${country}.`,
  'checks.partner-names-country': ({ named, country }) => `В названии партнёра указана страна ${named}, а в строке — ${country}.`,
  'checks.country-variant': ({ main }) => `Другое название страны, которая в остальном реестре записана как «${main}».`,
  'checks.repeated-registration': ({ count }, f) => `Один и тот же регистрационный номер у ${f.plural(count, OF_AGREEMENTS)}.`,
  'checks.same-agreement': ({ count }, f) => `Тот же партнёр и та же дата: ${agreements(count, f)}.`,
  'checks.partner-variant': ({ main }) => `В остальном реестре написано «${main}».`,

  // Renewals, overview and print: calendar, reminders, Overview, Print
  'calendar.name': ({ name }) => `${name}: продления`,
  'calendar.renew': ({ partner, date }) => `Продлить: ${partner} — истекает ${date}`,
  'calendar.expires': ({ partner }) => `Истекает: ${partner}`,
  'calendar.noPartner': '(партнёр не указан)',
  'calendar.description': ({ place, actor, registration, date }) =>
    [place, actor && `Инициатор: ${actor}`, registration && `Регистрационный номер: ${registration}`, date && `Дата соглашения: ${date}`]
      .filter(Boolean)
      .join('\n'),
  'calendar.exported': ({ count, file }, f) =>
    `В ${file} сохранено ${f.plural(count, { one: '# событие', few: '# события', many: '# событий', other: '# события' })}. Откройте его в Google Календаре, Outlook или Календаре Apple.`,
  'calendar.none': 'Нет действующих соглашений с датой окончания: календарь был бы пустым.',
  'more.label': 'Продления, обзор и печать',
  'more.exportCalendar': 'Экспорт календаря',
  'more.reminders': 'Напоминания по почте',
  'more.overview': 'Обзор',
  'more.print': 'Печать',
  'reminders.title': 'Напоминания по почте',
  'reminders.intro': ({ months }, f) =>
    `Соглашения к продлению (срок истекает в течение ${f.plural(months, { one: '# месяца', few: '# месяцев', many: '# месяцев', other: '# месяца' })}), по инициаторам. Каждая ссылка открывает черновик письма в вашей почтовой программе; отсюда ничего не отправляется.`,
  'reminders.none': 'Нет соглашений к продлению.',
  'reminders.draft': ({ count }, f) => `Черновик письма (${agreements(count, f)})`,
  'reminders.noActor': '(инициатор не указан)',
  'reminders.subject': ({ count, actor }, f) => `К продлению: ${agreements(count, f)} — ${actor}`,
  'reminders.opening': ({ actor }) => `Уважаемые коллеги (${actor})!\n\nСледующие соглашения подлежат продлению:`,
  'reminders.line': ({ partner, place, until, registration }) =>
    `- ${partner}${place ? ` (${place})` : ''} — истекает ${until}${registration ? `, регистрационный номер ${registration}` : ''}`,
  'reminders.closing': 'Просим заблаговременно начать продление.',
  'overview.title': 'Обзор',
  'overview.byStatus': 'Соглашения по статусам',
  'overview.byQuarter': 'Истечение сроков по кварталам, ближайшие три года',
  'overview.byCountry': 'Соглашения по странам (первые 15)',
  'overview.byActor': 'Соглашения по инициаторам',
  'overview.byYear': 'Новые соглашения по годам',
  'overview.blank': '(не указано)',
  'overview.bar': ({ label, count }, f) => `${label}: ${agreements(count, f)}. Показать в таблице.`,
  'overview.empty': 'Нет данных.',
  'overview.quarter': ({ year, quarter }) => `${quarter}-й кв. ${year}`,
  'rowSet.showing': ({ label }) => `Показаны: ${label}`,
  'rowSet.clear': 'Показать все',
  'print.heading': ({ name, date }, f) => `${name} — напечатано ${f.date(date)}`,
  'print.count': ({ shown, total }, f) => `${f.number(shown)} из ${f.plural(total, OF_AGREEMENTS)}`,

  // Merging a returned file: «Объединить», «Оставить моё» / «Взять из файла»
  'merge.offerTitle': 'Объединить или заменить ваши соглашения?',
  'merge.merge': 'Объединить',
  'merge.fromExport': ({ date }, f) =>
    `Файл получен из вашего экспорта от ${exportDate(date, f)}: «Объединить» возьмёт сделанные в нём изменения и сохранит ваши.`,
  'merge.noExport': 'Файл не совпадает ни с одним вашим экспортом: «Объединить» покажет все различия, и вы выберете сами.',
  'merge.reviewTitle': ({ file }) => `Объединение: ${file}`,
  'merge.comparedWith': ({ date }, f) => `в сравнении с вашим экспортом от ${exportDate(date, f)}`,
  'merge.twoWay': 'ни один ваш экспорт не совпадает с этим файлом: каждое различие выбираете вы',
  'merge.summary': ({ total, edited, added, deleted }, f) =>
    `${f.plural(total, CHANGES)} из файла: изменено ${f.number(edited)}, добавлено ${f.number(added)}, удалено ${f.number(deleted)}`,
  'merge.conflicts': ({ count }, f) => f.plural(count, { one: '# конфликт', few: '# конфликта', many: '# конфликтов', other: '# конфликта' }),
  'merge.nothing': 'В файле нет изменений для объединения.',
  'merge.changesHeading': 'Изменения из файла',
  'merge.conflictsHeading': 'Конфликты: выберите для каждого',
  'merge.agreement': ({ partner, registration }) =>
    registration ? `${partner || '(партнёр не указан)'} · ${registration}` : partner || '(партнёр не указан)',
  'merge.added': 'добавлено',
  'merge.deleted': 'удалено',
  'merge.base': 'Исходное',
  'merge.mine': 'Моё',
  'merge.theirs': 'В файле',
  'merge.none': '(нет)',
  'merge.keepMine': 'Оставить моё',
  'merge.takeTheirs': 'Взять из файла',
  'merge.typeValue': 'Или введите значение',
  'merge.deletedHere': 'Вы удалили это соглашение; в файле оно изменено.',
  'merge.deletedThere': 'В файле это соглашение удалено; вы его изменили.',
  'merge.onlyTheirs': 'Это соглашение есть только в файле.',
  'merge.onlyMine': 'Это соглашение есть только у вас.',
  'merge.addedColumns': ({ columns }) =>
    `В файле есть столбцы, которые не объединяются: ${columns}. Добавьте их здесь, чтобы взять их значения.`,
  'merge.droppedColumns': ({ columns }) => `В файле нет столбцов ${columns}: эти ячейки останутся такими, как здесь.`,
  'merge.reformatted': ({ columns }) => `Переформатированы табличной программой и не считаются изменениями: ${columns}.`,
  'merge.more': ({ count }, f) => `…и ещё ${f.number(count)}.`,
  'merge.apply': 'Применить объединение',
  'merge.undecided': ({ count }, f) =>
    f.plural(count, {
      one: 'Чтобы применить, решите ещё # конфликт.',
      few: 'Чтобы применить, решите ещё # конфликта.',
      many: 'Чтобы применить, решите ещё # конфликтов.',
      other: 'Чтобы применить, решите ещё # конфликта.',
    }),
  'merge.done': ({ count, file }, f) => `Объединено ${f.plural(count, CHANGES)} из ${file}`,
  'merge.cancelled': ({ file }) => `Объединение отменено: из ${file} ничего не взято, ничего не изменилось.`,
  'merge.planning': ({ file }) => `Сравниваем ${file} с вашими соглашениями…`,
  'merge.failed': ({ file, reason }) => `${file} не объединён: ${reason}`,

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

  // Spreadsheet habits: clipboard, find and replace
  'changes.source.pasted': 'вставлено здесь',
  'changes.source.filled': 'заполнено вниз здесь',
  'changes.source.cleared': 'очищено здесь',
  'changes.source.replaced': 'заменено здесь (найти и заменить)',
  'clipboard.clipped': ({ count }, f) =>
    f.plural(count, {
      one: '# вставленная ячейка оказалась правее последнего столбца и не вставлена.',
      few: '# вставленные ячейки оказались правее последнего столбца и не вставлены.',
      many: '# вставленных ячеек оказались правее последнего столбца и не вставлены.',
      other: '# вставленной ячейки оказались правее последнего столбца и не вставлены.',
    }),
  'findReplace.open': 'Найти и заменить',
  'findReplace.openHint': 'Найти и заменить (Ctrl+H)',
  'findReplace.find': 'Найти',
  'findReplace.replaceWith': 'Заменить на',
  'findReplace.column': 'Столбец',
  'findReplace.allColumns': 'Все столбцы',
  'findReplace.matchCase': 'С учётом регистра',
  'findReplace.wholeCell': 'Ячейка целиком',
  'findReplace.matches': ({ count }, f) =>
    count === 0
      ? 'Совпадений нет'
      : f.plural(count, { one: 'Совпадает # ячейка', few: 'Совпадают # ячейки', many: 'Совпадают # ячеек', other: 'Совпадают # ячейки' }),
  'findReplace.counting': 'Подсчёт…',
  'findReplace.replaceAll': ({ count }, f) => `Заменить все (${f.number(count)})`,
  'findReplace.replacing': 'Замена…',
  'findReplace.replaced': ({ count }, f) =>
    f.plural(count, { one: 'Заменена # ячейка.', few: 'Заменены # ячейки.', many: 'Заменено # ячеек.', other: 'Заменено # ячейки.' }),

  // Columns, keyboard and phone width
  'columns.menu': 'Столбцы',
  'columns.menuLabel': 'Столбцы: показать, скрыть, закрепить и подогнать',
  'columns.freezePartner': 'Закрепить «Партнёр»',
  'columns.dragHint': 'Чтобы переместить столбец, перетащите его заголовок.',
  'columns.pin': ({ name }) => `Закрепить «${name}» слева`,
  'columns.pinShort': 'Закрепить',
  'columns.fit': ({ name }) => `Подогнать «${name}» по содержимому`,
  'columns.fitShort': 'Подогнать',
  'columns.fitAll': 'Подогнать все столбцы',
  'columns.close': 'Закрыть',
  'access.skipToGrid': 'Перейти к соглашениям',
  'access.gridLabel': 'Соглашения',
  'access.more': 'Ещё',
};
