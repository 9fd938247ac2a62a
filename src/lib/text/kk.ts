import type { Format } from './format';
import type { Catalogue } from './messages';

/**
 * Every sentence Pactsheet shows, in Kazakh, key for key as en.ts (a missing key is a compile
 * error). A Kazakh noun stays singular after a number («74 келісім»), so counts need one form;
 * they still go through `f.plural` so that the number is written the Kazakh way («100 000»).
 */

const agreements = (count: number, f: Format) => f.plural(count, { other: '# келісім' });
const findings = (count: number, f: Format) => f.plural(count, { other: '# мәселе' });
/** «2026 ж. 28 қараша» (merge review): the month spelled, so no one reads 11/28 as the 11th. */
const exportDate = (date: number, f: Format) => f.date(date, { day: 'numeric', month: 'long', year: 'numeric' });
const megabytes = (bytes: number, f: Format) =>
  `${f.number(bytes / 1_000_000, { maximumFractionDigits: bytes < 10_000_000 ? 1 : 0 })} МБ`;
/** A phrase that opens a sentence here but sits inside one in English. */
const capital = (text: string) => text.charAt(0).toLocaleUpperCase('kk') + text.slice(1);

export const kk: Catalogue = {
  agreements: ({ count }, f) => agreements(count, f),
  'common.reload': 'Қайта жүктеу',
  'common.cancel': 'Бас тарту',
  'common.close': 'Жабу',
  'column.unnamed': ({ number }) => `${number}-баған`,

  'status.active': 'Жарамды',
  'status.renewal-due': 'Ұзарту керек',
  'status.expired': 'Мерзімі өтті',
  'status.permanent': 'Мерзімсіз',
  'status.unknown': 'Белгісіз',
  'status.reason.noDate': '«Valid until» күні көрсетілмеген.',
  'status.reason.notADate': ({ text, format }) => `«${text}» — ${format} пішіміндегі күн де, «Permanent» де емес.`,
  'legend.label': 'Күйі бойынша сүзу',
  'legend.renewalWindow': ({ input }) => `«Ұзарту керек» — мерзімі біткенге дейін ${input} ай қалғанда`,

  'app.title': ({ name }) => (name ? `Pactsheet — ${name}` : 'Pactsheet'),
  'app.opening': 'Келісімдеріңіз ашылуда…',
  'app.importFileLabel': 'Файлды импорттау',
  'app.notExported': 'Өзгерістер әлі экспортталмаған',
  'app.exportedToday': 'Соңғы экспорт — бүгін',
  'app.exportedDaysAgo': ({ days }, f) => f.plural(days, { other: 'Соңғы экспорт — # күн бұрын' }),
  'app.upgraded': 'Pactsheet басқа қойындыда жаңартылды. Барлық өзгерістеріңіз сақталды. Жалғастыру үшін бетті қайта жүктеңіз.',
  'app.importFailed': ({ error }) => `Импорттау сәтсіз аяқталды: ${error}`,

  'toolbar.import': 'Импорттау',
  'toolbar.exportTsv': 'TSV экспорттау',
  'toolbar.addRow': 'Жол қосу',
  'toolbar.deleteSelected': ({ count }, f) => (count > 0 ? `Таңдалғандарды жою (${f.number(count)})` : 'Таңдалғандарды жою'),
  'toolbar.undo': 'Болдырмау',
  'toolbar.undoHint': 'Болдырмау (Ctrl+Z)',
  'toolbar.redo': 'Қайталау',
  'toolbar.redoHint': 'Қайталау (Ctrl+Y)',
  'toolbar.search': 'Іздеу',
  'toolbar.searchPlaceholder': 'Кез келген баған…',
  'toolbar.loading': ({ total }, f) => `${agreements(total, f)} жүктелуде…`,
  'toolbar.shown': ({ shown, total }, f) => `${f.number(shown)} / ${agreements(total, f)}`,
  'save.unstored': 'Әлі сақталмаған',
  'save.saving': 'Сақталуда…',
  'save.saved': 'Барлық өзгерістер сақталды',

  'empty.title': 'Келісімдер файлын осында сүйреп әкеліңіз',
  'empty.body':
    'Excel немесе Google Sheets-тен сақталған, табуляциямен бөлінген файл (.tsv немесе .txt). Ол осы браузерде қалады: ештеңе ешқайда жіберілмейді.',
  'empty.import': 'Файлды импорттау…',
  'empty.sample': 'Үлгіні ашу',
  'drop.overlay': 'Импорттау үшін босатыңыз',
  'notice.dismiss': 'Хабарды жабу',

  'import.reading': ({ file }) => `${file} оқылуда…`,
  'import.saving': ({ count }, f) => `${agreements(count, f)} сақталуда…`,
  'import.headline': ({ count }, f) => `${agreements(count, f)} импортталды`,
  'import.busy': ({ file }) => `${file} импортталмады: басқа импорт жүріп жатыр. Ол аяқталғанда қайталап көріңіз.`,
  'import.notImported': ({ file, line, reason }) => `${file} импортталмады${line ? ` (${line}-жол)` : ''}: ${reason}`,
  'import.cancelled': ({ file }) => `Импорттау тоқтатылды: ${file} импортталмады, ештеңе өзгерген жоқ.`,
  'import.notStored': 'Импортты сақтау мүмкін болмады.',
  'import.lostInImport':
    'Импорт сыймады, содан кейін браузер сақтағанының бәрін жойды — диск толығымен толғанда Chromium осылай істейді. Бұрын сақталған келісімдер бұл браузерден жойылды: орын босатып, соңғы сақтық көшірмені қалпына келтіріңіз («Бағдарлама туралы / Құпиялық») немесе соңғы экспортталған файлды импорттаңыз.',
  'import.skipped': ({ count, lines }, f) =>
    `Келісім емес ${f.plural(count, { other: '# жол' })} өткізіп жіберілді: ${lines.join(', ')}.`,
  'import.skippedBlank': ({ line }) => `${line}-жол (бос)`,
  'import.skippedText': ({ line, text }) => `${line}-жол «${text}»`,
  'import.ragged': ({ line, fields, expected }) =>
    `${line}-жолда ${fields} өріс бар, ал тақырып жолында ${expected}; жол сол күйінде қалдырылды.`,
  'import.raggedMore': ({ count }, f) => `…және ұзындығы басқа тағы ${f.plural(count, { other: '# жол' })}.`,

  'replace.title': 'Келісімдеріңізді ауыстыру керек пе?',
  'replace.fileHolds': ({ file, count, columns }, f) =>
    `${file} файлында ${f.number(columns)} бағанда ${agreements(count, f)} бар.`,
  'replace.discards': ({ count }, f) =>
    `Ауыстырғанда қазіргі ${agreements(count, f)} өңдеулеріңізбен бірге жойылады. Оларды сақтағыңыз келсе, алдымен экспорттаңыз.`,
  'replace.oddLines': ({ skipped, ragged }, f) =>
    `Келісім емес ${f.number(skipped)} жол өткізіп жіберіледі; өріс саны басқа ${f.number(ragged)} жол сол күйінде қалады.`,
  'replace.confirm': 'Ауыстыру',

  'export.progress': ({ count }, f) => `${agreements(count, f)} экспортталуда…`,
  'export.done': ({ count, file }, f) => `${agreements(count, f)} ${file} файлына экспортталды`,
  'export.failed': 'Экспорттау сәтсіз аяқталды.',
  'export.neutralised': ({ count }, f) =>
    f.plural(count, {
      other: "# ұяшық =, +, @, табуляция немесе жол ауысуынан басталады; Excel мен Google Sheets формуланы орындамай, мәтінді көрсетуі үшін алдына ' қойылды.",
    }),
  'export.quotedInRaw': ({ count }, f) =>
    f.plural(count, {
      other: '# ұяшықта табуляция немесе жол ауысуы бар, сондықтан ол Excel-дегідей тырнақшаға алынды.',
    }),
  'export.unencodable': ({ count, encoding }, f) =>
    `${f.plural(count, { other: '# таңбаны' })} файлдың ${encoding} кодтауында жазу мүмкін емес, олар «?» таңбасына ауыстырылды.`,

  'save.failed': ({ error }) => `Өзгерісіңізді сақтау мүмкін болмады: ${error}.`,
  'save.failedOutcome': ({ outcome }) => `Өзгерісіңізді сақтау мүмкін болмады (${outcome}).`,
  'storage.full': ({ doing }) =>
    `${capital(doing)} мүмкін болмады: браузер қоймасы толы. Ештеңе жартылай жазылған жоқ; дискіде орын босатып (немесе экспорттап, ескі деректерді тазалап), қайталаңыз.`,
  'storage.refused': ({ doing, detail }) => `${capital(doing)} мүмкін болмады: браузер қоймасы бас тартты (${detail}).`,
  'storage.doing.open': 'сақталған келісімдерді ашу',
  'storage.doing.storeImport': 'импортталған келісімдерді сақтау',
  'storage.lost': ({ failure, count }, f) =>
    `${failure ? `${failure} ` : ''}Браузер ${agreements(count, f)} сақталған көшірмесін жойды — диск толығымен толғанда Chromium осылай істейді. Олардың бәрі әлі осында, осы қойындыда. Қойындыны жаппаңыз және дискіде орын босатыңыз: Pactsheet оларды өзі қайта сақтайды. Сенімді болу үшін қазір «TSV экспорттау» жасаңыз.`,
  'storage.storedAgain': ({ count }, f) =>
    `Қайта сақталды: браузер өз көшірмесін жойған еді, енді барлық ${agreements(count, f)} онда қайтадан қауіпсіз.`,
  'storage.megabytes': ({ bytes }, f) => megabytes(bytes, f),
  'sync.conflict':
    'Дәл сол сәтте басқа қойынды осы келісімдерді өзгертті, сондықтан жолдағы соңғы өзгерісіңіз сақталмады. Кестеде ең соңғы деректер тұр: әрекетті қайталаңыз.',
  'sync.changedElsewhere': 'Келісімдер басқа қойындыда өзгертілді.',
  'sync.changedWhileIndexing': 'Индекстеу кезінде келісімдер өзгерді.',
  'replaced.cell': ({ column, now, typed }) => `${column} енді «${now}» (сіз «${typed}» деп терген едіңіз)`,
  'replaced.deletedRow': ({ column, typed }) => `${column} бағанына «${typed}» деп терген жолыңыз жойылды`,
  'replaced.summary': ({ count, described, more }, f) =>
    `Басқа қойынды сіз өңдеген ${f.plural(count, { other: '# ұяшықты' })} өзгертті: ${described.join('; ')}${more > 0 ? `, және тағы ${f.number(more)}` : ''}.`,

  'pwa.updateReady': 'Pactsheet-тің жаңа нұсқасы дайын. Деректеріңіз сол күйінде қалады.',
  'pwa.installOffer': 'Pactsheet-ті жұмыс үстелінен ашу және TSV файлдарын онымен ашу үшін орнатыңыз — желісіз де жұмыс істейді.',
  'pwa.install': 'Қолданбаны орнату',
  'pwa.oneFileAtATime': ({ names }) => `Pactsheet бір уақытта бір файл ашады: ${names.join(', ')} ашылмады.`,
  'pwa.couldNotOpen': ({ file, error }) => `${file} ашылмады: ${error}`,

  'about.title': 'Бағдарлама туралы / Құпиялық',
  'about.whereHeading': 'Деректеріңіз қайда сақталады',
  'about.where':
    'Тек осы браузерде, осы құрылғыда (оның IndexedDB қоймасында). Pactsheet-тің сервері жоқ: импорттаған не терген ештеңеңіз ешқайда жіберілмейді, қолданба басқа сайттарға ешқашан қосылмайды. Ол желісіз жұмыс істейді.',
  'about.storageHeading': 'Қойма',
  'about.persisted': 'Тұрақты қойма: рұқсат етілген. Браузер орын босату үшін бұл деректерді өшірмейді.',
  'about.notPersisted': 'Тұрақты қойма: рұқсат етілмеген. Дискіде орын азайса, браузер бұл деректерді өшіруі мүмкін — сақтық көшірме жасап қойыңыз.',
  'about.askAgain': 'Қайта сұрау',
  'about.persistenceUnknown': 'Тұрақты қойма: браузер бұл туралы хабарламайды.',
  'about.usage': ({ usage, quota }, f) => `Осы сайтқа қолжетімді ${megabytes(quota, f)} көлемнің ${megabytes(usage, f)} пайдаланылуда.`,
  'about.backupHeading': 'Сақтық көшірме',
  'about.backingUp': ({ exportTsv, downloadBackup, restore }) =>
    `${exportTsv} әріптестеріңіз Excel немесе Google Sheets-те ашатын файл жазады. ${downloadBackup} Pactsheet білетіннің бәрін (жолдарды, файл пішімін, баптауларды) бір файлға сақтайды, оны ${restore} осында немесе басқа браузерде дәл сол күйінде қайта оқиды. Браузерде осы сайттың деректерін тазаласаңыз, келісімдеріңіз жойылады: алдымен сақтық көшірме жасаңыз.`,
  'about.downloadBackup': 'Сақтық көшірмені жүктеп алу',
  'about.restore': 'Қалпына келтіру',
  'about.restoreFileLabel': 'Сақтық көшірме файлынан қалпына келтіру',
  'about.snapshot': ({ name, importedAt }, f) =>
    `Әр ауыстыратын импорт немесе қалпына келтіру алдында ауыстырылатын деректер сақталады: ${name}, импортталған күні ${f.date(importedAt)}.`,
  'about.restoreEarlier': 'Бұрынғы деректерді қалпына келтіру',
  'backup.saved': ({ file }) => `Сақтық көшірме ${file} ретінде сақталды. Оны қауіпсіз жерде сақтаңыз; «Қалпына келтіру» оны дәл сол күйінде қайта оқиды.`,
  'backup.failed': 'Сақтық көшірме жасау сәтсіз аяқталды.',
  'backup.notRestored': ({ file, reason }) => `${file} қалпына келтірілмеді: ${reason}`,
  'backup.restoreFailed': 'Қалпына келтіру сәтсіз аяқталды.',
  'backup.restored': ({ count, file }, f) => `${file} файлынан ${agreements(count, f)} қалпына келтірілді`,
  'backup.restoredEarlier': ({ count }, f) =>
    `Бұрынғы деректер қалпына келтірілді: ${agreements(count, f)}. Сізде жаңа ғана болған деректер өз кезегінде бұрынғы деректер ретінде сақталды.`,
  'backup.noEarlier': 'Қалпына келтіретін бұрынғы деректер жоқ.',

  'grid.status': 'Күйі',
  'grid.unnamedColumn': ({ number }) => `(${number}-баған)`,
  'grid.notADate': ({ text, format }) => `«${text}» — ${format} пішіміндегі күн емес.`,
  'language.label': 'Тіл',
  'backup.unreadable': 'оны оқу мүмкін болмады.',
  'editor.registerNotStored': 'Жаңа тізілімді сақтау мүмкін болмады.',

  // Dates typed the way people type them
  'dates.storedAs': ({ typed, stored, column }) => `${typed} → ${stored} («${column}» бағанында)`,
  'dates.stored': ({ described }) => `Сақталды: ${described}`,
  'dates.storedSeveral': ({ count, described, more }, f) =>
    `${f.number(count)} енгізілген күн файлдың пішімімен сақталды: ${described.join('; ')}${more > 0 ? ` және тағы ${f.number(more)}` : ''}`,

  // Changes
  'changes.button': 'Өзгерістер',
  'changes.title': 'Өзгерістер',
  'changes.all': 'Барлық өзгерістер',
  'changes.sinceExport': 'Соңғы экспорттан бері',
  'changes.sinceExportHint': ({ when }) =>
    when ? `Соңғы экспорттан бергі өзгерістер (${when}).` : 'Әлі экспортталмаған: деректер жүктелгеннен бергі өзгерістер.',
  'changes.none': 'Көрсететін өзгеріс жоқ.',
  'changes.loading': 'Өзгерістер журналы оқылуда…',
  'changes.more': 'Ертерек өзгерістерді көрсету',
  'changes.exportTsv': 'Осы өзгерістерді экспорттау (TSV)',
  'changes.exported': ({ count, file }, f) => `${f.number(count)} өзгеріс ${file} файлына экспортталды`,
  'changes.when': ({ at }, f) => f.date(at, { dateStyle: 'medium', timeStyle: 'short' }),
  'changes.exportedWhen': ({ at }, f) => f.date(at, { dateStyle: 'medium', timeStyle: 'short' }),
  'changes.col.when': 'Қашан',
  'changes.col.agreement': 'Келісім',
  'changes.col.column': 'Баған',
  'changes.col.change': 'Бұрын → қазір',
  'changes.col.source': 'Қайдан',
  'changes.empty': '(бос)',
  'changes.unknownRow': '(бұл келісім енді жоқ)',
  'changes.noRegistration': 'тіркеу нөмірі жоқ',
  'changes.rowAdded': 'Келісім қосылды',
  'changes.rowDeleted': 'Келісім жойылды',
  'changes.imported': ({ count }, f) => `${agreements(count, f)} импортталды`,
  'changes.importedFrom': ({ count, file }, f) => `${file} файлынан ${agreements(count, f)} импортталды`,
  'changes.restoredFrom': ({ count, file }, f) => `${file} файлынан ${agreements(count, f)} қалпына келтірілді`,
  'changes.restoredEarlier': ({ count }, f) => `Бұрынғы деректер қалпына келтірілді (${agreements(count, f)})`,
  'changes.started': 'Жаңа тізілім басталды',
  'changes.source.edited': 'осында өзгертілді',
  'changes.source.undone': 'болдырылмады',
  'changes.source.redone': 'қайталанды',
  'changes.source.merged': 'біріктірілді',
  'changes.source.mergedFrom': ({ file }) => `${file} файлынан біріктірілді`,
  'changes.source.imported': 'импортталды',
  'changes.source.restored': 'қалпына келтірілді',
  'changes.source.started': 'жаңа тізілім',
  'changes.tsv.when': 'Қашан',
  'changes.tsv.partner': 'Серіктес',
  'changes.tsv.registration': 'Тіркеу нөмірі',
  'changes.tsv.column': 'Баған',
  'changes.tsv.before': 'Бұрынғы мәні',
  'changes.tsv.after': 'Жаңа мәні',
  'changes.tsv.source': 'Қайдан',
  'changes.marked': ({ was }) => `Соңғы экспорттан кейін өзгертілді (бұрын «${was}» еді)`,
  'changes.markedEmpty': 'Соңғы экспорттан кейін өзгертілді (бұрын бос еді)',

  // Checks (domain/checks/, ui/ChecksPanel.svelte): «мәселе» for a finding
  'changes.source.fixed': '«Тексерулерде» түзетілді',
  'checks.button': 'Тексерулер',
  'checks.count': ({ count }, f) => f.number(count),
  'checks.buttonLabel': ({ count }, f) => `Тексерулер: ${findings(count, f)}`,
  'checks.title': 'Тексерулер',
  'checks.checking': 'Тізілім тексерілуде…',
  'checks.none': 'Мәселе жоқ: барлық тексеруден өтті.',
  'checks.summary': ({ count }, f) => `${findings(count, f)}, алдымен ең маңыздылары.`,
  'checks.more': ({ count }, f) => `және тағы ${findings(count, f)} (оларды көру үшін кейбірін түзетіңіз немесе елемеңіз).`,
  'checks.fix': 'Түзету',
  'checks.ignore': 'Елемеу',
  'checks.close': 'Жабу',
  'checks.suggestion': ({ fix }) => `Ұсыныс: «${fix}»`,
  'checks.blank': '(бос)',
  'checks.severity.error': 'Қате',
  'checks.severity.warning': 'Ескерту',
  'checks.severity.info': 'Ескертпе',
  'checks.go': ({ agreement, column }) => `Өту: ${agreement}, «${column}» бағаны`,
  'checks.missing-value': 'Бос: бұл баған әр келісім үшін толтырылады.',
  'checks.not-a-date': ({ format }) => `Бұл бағанның пішіміндегі (${format}) күн емес.`,
  'checks.ends-before-start': ({ start }) => `Келісім күнінен (${start}) бұрын аяқталады.`,
  'checks.not-an-anniversary': ({ start }) => `Келісім күнінің (${start}) жылдығына сәйкес келмейді: қате терілген бе?`,
  'checks.not-a-ranking': 'Рейтинг емес: сан, аралық (1001-1200), N+ немесе - жазыңыз.',
  'checks.extra-spaces': 'Мәтіннің басында не соңында артық бос орын немесе ішінде қос бос орын бар.',
  'checks.registration-year': ({ suffix, year }) => `Тіркеу нөміріндегі жыл — «${suffix}», ал келісім ${year} жылы жасалған.`,
  'checks.not-a-country': 'Ел атауы емес (ISO 3166).',
  'checks.city-elsewhere': ({ city, lies, country }) => `${city} ${country} елінде емес, ${lies} елінде орналасқан.`,
  'checks.partner-names-country': ({ named, country }) => `Серіктестің атауында ${named} аталған, ал жолда — ${country}.`,
  'checks.country-variant': ({ main }) => `Тізілімнің басқа жерлерінде «${main}» деп жазылған елдің басқа атауы.`,
  'checks.repeated-registration': ({ count }, f) => `Бірдей тіркеу нөмірі ${f.plural(count, { other: '# келісімде' })} тұр.`,
  'checks.same-agreement': ({ count }, f) => `Серіктес те, күні де бірдей: ${agreements(count, f)}.`,
  'checks.partner-variant': ({ main }) => `Тізілімнің басқа жерлерінде «${main}» деп жазылған.`,

  // Renewals, overview and print: calendar, reminders, Overview, Print
  'calendar.name': ({ name }) => `${name}: ұзарту мерзімдері`,
  'calendar.renew': ({ partner, date }) => `Ұзарту: ${partner} — мерзімі ${date} аяқталады`,
  'calendar.expires': ({ partner }) => `Мерзімі аяқталады: ${partner}`,
  'calendar.noPartner': '(серіктес көрсетілмеген)',
  'calendar.description': ({ place, actor, registration, date }) =>
    [place, actor && `Бастамашы: ${actor}`, registration && `Тіркеу нөмірі: ${registration}`, date && `Келісім күні: ${date}`]
      .filter(Boolean)
      .join('\n'),
  'calendar.exported': ({ count, file }, f) =>
    `${file} файлына ${f.plural(count, { other: '# оқиға' })} сақталды. Оны Google Calendar, Outlook немесе Apple Calendar арқылы ашыңыз.`,
  'calendar.none': 'Күні көрсетілген әрекеттегі келісім жоқ: күнтізбе бос болар еді.',
  'more.label': 'Ұзарту, шолу және басып шығару',
  'more.exportCalendar': 'Күнтізбені экспорттау',
  'more.reminders': 'Пошта арқылы еске салу',
  'more.overview': 'Шолу',
  'more.print': 'Басып шығару',
  'reminders.title': 'Пошта арқылы еске салу',
  'reminders.intro': ({ months }, f) =>
    `Ұзарту керек келісімдер (мерзімі ${f.plural(months, { other: '# ай' })} ішінде аяқталатындар), бастамашылар бойынша. Әр сілтеме пошта бағдарламаңызда хаттың жобасын ашады; мұнда ештеңе жіберілмейді.`,
  'reminders.none': 'Ұзарту керек келісім жоқ.',
  'reminders.draft': ({ count }, f) => `Хат жобасы (${agreements(count, f)})`,
  'reminders.noActor': '(бастамашы көрсетілмеген)',
  'reminders.subject': ({ count, actor }, f) => `Ұзарту керек ${agreements(count, f)} — ${actor}`,
  'reminders.opening': ({ actor }) => `Құрметті әріптестер (${actor})!\n\nМына келісімдерді ұзарту қажет:`,
  'reminders.line': ({ partner, place, until, registration }) =>
    `- ${partner}${place ? ` (${place})` : ''} — мерзімі ${until} аяқталады${registration ? `, тіркеу нөмірі ${registration}` : ''}`,
  'reminders.closing': 'Ұзарту рәсімін алдын ала бастауыңызды сұраймыз.',
  'overview.title': 'Шолу',
  'overview.byStatus': 'Келісімдер күйі бойынша',
  'overview.byQuarter': 'Тоқсан сайын мерзімі аяқталатындар, алдағы үш жыл',
  'overview.byCountry': 'Келісімдер елдер бойынша (алғашқы 15)',
  'overview.byActor': 'Келісімдер бастамашылар бойынша',
  'overview.byYear': 'Жыл сайынғы жаңа келісімдер',
  'overview.blank': '(көрсетілмеген)',
  'overview.bar': ({ label, count }, f) => `${label}: ${agreements(count, f)}. Кестеде көрсету.`,
  'overview.empty': 'Көрсететін дерек жоқ.',
  'overview.quarter': ({ year, quarter }) => `${year} ж. ${quarter}-тоқсан`,
  'rowSet.showing': ({ label }) => `Көрсетілгені: ${label}`,
  'rowSet.clear': 'Барлығын көрсету',
  'print.heading': ({ name, date }, f) => `${name} — басып шығарылған күні: ${f.date(date)}`,
  'print.count': ({ shown, total }, f) => `${f.number(shown)} / ${agreements(total, f)}`,

  // Merging a returned file: «Біріктіру», «Менікін қалдыру» / «Файлдағыны алу»
  'merge.offerTitle': 'Келісімдеріңізді біріктіру ме, әлде ауыстыру ма?',
  'merge.merge': 'Біріктіру',
  'merge.fromExport': ({ date }, f) =>
    `Файл сіздің ${exportDate(date, f)} күнгі экспортыңыздан алынған: «Біріктіру» ондағы өзгерістерді алады және сіздікін сақтайды.`,
  'merge.noExport': 'Файл сіздің ешбір экспортыңызға сәйкес келмейді: «Біріктіру» барлық айырмашылықты көрсетеді, таңдауды өзіңіз жасайсыз.',
  'merge.reviewTitle': ({ file }) => `Біріктіру: ${file}`,
  'merge.comparedWith': ({ date }, f) => `сіздің ${exportDate(date, f)} күнгі экспортыңызбен салыстырғанда`,
  'merge.twoWay': 'бұл файлға сіздің ешбір экспортыңыз сәйкес келмейді: әр айырмашылықты өзіңіз таңдайсыз',
  'merge.summary': ({ total, edited, added, deleted }, f) =>
    `Файлдан ${f.plural(total, { other: '# өзгеріс' })}: ${f.number(edited)} өзгертілген, ${f.number(added)} қосылған, ${f.number(deleted)} жойылған`,
  'merge.conflicts': ({ count }, f) => f.plural(count, { other: '# қайшылық' }),
  'merge.nothing': 'Файлда біріктіретін өзгеріс жоқ.',
  'merge.changesHeading': 'Файлдағы өзгерістер',
  'merge.conflictsHeading': 'Қайшылықтар: әрқайсысы үшін таңдаңыз',
  'merge.agreement': ({ partner, registration }) =>
    registration ? `${partner || '(серіктес көрсетілмеген)'} · ${registration}` : partner || '(серіктес көрсетілмеген)',
  'merge.added': 'қосылды',
  'merge.deleted': 'жойылды',
  'merge.base': 'Бастапқы',
  'merge.mine': 'Менікі',
  'merge.theirs': 'Файлда',
  'merge.none': '(жоқ)',
  'merge.keepMine': 'Менікін қалдыру',
  'merge.takeTheirs': 'Файлдағыны алу',
  'merge.typeValue': 'Немесе мәнін теріңіз',
  'merge.deletedHere': 'Сіз бұл келісімді жойдыңыз; файлда ол өзгертілген.',
  'merge.deletedThere': 'Файлда бұл келісім жойылған; сіз оны өзгерттіңіз.',
  'merge.onlyTheirs': 'Бұл келісім тек файлда бар.',
  'merge.onlyMine': 'Бұл келісім тек сізде бар.',
  'merge.addedColumns': ({ columns }) =>
    `Файлда біріктірілмейтін бағандар бар: ${columns}. Олардың мәндерін алу үшін бұл бағандарды осында қосыңыз.`,
  'merge.droppedColumns': ({ columns }) => `Файлда мына бағандар жоқ: ${columns}; ол ұяшықтар осындағы күйінде қалады.`,
  'merge.reformatted': ({ columns }) => `Электрондық кесте бағдарламасы пішімін өзгерткен, өзгеріс ретінде саналмайды: ${columns}.`,
  'merge.more': ({ count }, f) => `…және тағы ${f.number(count)}.`,
  'merge.apply': 'Біріктіруді қолдану',
  'merge.undecided': ({ count }, f) => `Қолдану үшін тағы ${f.plural(count, { other: '# қайшылықты' })} шешіңіз.`,
  'merge.done': ({ count, file }, f) => `${file} файлынан ${f.plural(count, { other: '# өзгеріс' })} біріктірілді`,
  'merge.cancelled': ({ file }) => `Біріктіру тоқтатылды: ${file} файлынан ештеңе алынған жоқ, ештеңе өзгерген жоқ.`,
  'merge.planning': ({ file }) => `${file} келісімдеріңізбен салыстырылуда…`,
  'merge.failed': ({ file, reason }) => `${file} біріктірілмеді: ${reason}`,

  // Whole file in, whole file out: lines that are not agreements, CSV
  'fidelity.kept': ({ count, lines }, f) =>
    `Келісім емес ${f.plural(count, { other: '# жол' })} сақталды, экспортта олар өз орнында жазылады: ${lines.join(', ')}.`,
  'fidelity.keptBlank': ({ line }) => `${line}-жол (бос)`,
  'fidelity.keptText': ({ line, text }) => `${line}-жол «${text}» (тақырып не түсіндірме)`,
  'fidelity.keptComment': ({ line, text }) => `${line}-жол «${text}» (түсініктеме)`,
  'fidelity.keptPreamble': ({ line, text }) => `${line}-жол «${text}» (тақырып жолының алдында)`,
  'fidelity.shortRecords': ({ count }, f) =>
    `${f.plural(count, { other: '# жолда' })} өріс тақырып жолындағыдан аз, бірақ деректер бар: олар келісім ретінде оқылды (Google Sheets жолдың соңындағы бос ұяшықтарды жазбайды).`,
  'fidelity.csvRead': ({ delimiter }) => `«${delimiter}» бөлгішімен CSV ретінде оқылды; «CSV экспорттау» оны дәл солай қайта жазады.`,
  'fidelity.exportCsv': 'CSV экспорттау',
  'fidelity.linesButton': ({ count }, f) => `Келісім емес жолдар (${f.number(count)})`,
  'fidelity.linesTitle': 'Келісім емес жолдар',
  'fidelity.linesHint': 'Олар файлдағыдай дәл сақталады және өз орнында экспортталады.',
  'fidelity.lineAt': ({ line }) => `${line}-жол`,
  'fidelity.blankLine': '(бос)',
  'fidelity.deleteLine': 'Жою',
  'fidelity.lineToRow': 'Келісімге айналдыру',
  'fidelity.close': 'Жабу',
  'fidelity.lineDeleted': ({ line }) => `${line}-жол жойылды: ол экспортталмайды. «Болдырмау» оны қайтарады.`,
  'fidelity.lineMadeRow': ({ line }) => `${line}-жол енді келісім. «Болдырмау» оны қайтадан жай жолға айналдырады.`,

  // Spreadsheet habits: clipboard, find and replace
  'changes.source.pasted': 'осында қойылды',
  'changes.source.filled': 'осында төмен толтырылды',
  'changes.source.cleared': 'осында тазартылды',
  'changes.source.replaced': 'осында ауыстырылды (табу және ауыстыру)',
  'clipboard.clipped': ({ count }, f) =>
    f.plural(count, { other: 'Қойылған # ұяшық соңғы бағаннан тыс қалды, сондықтан қойылмады.' }),
  'findReplace.open': 'Табу және ауыстыру',
  'findReplace.openHint': 'Табу және ауыстыру (Ctrl+H)',
  'findReplace.find': 'Табу',
  'findReplace.replaceWith': 'Мынаған ауыстыру',
  'findReplace.column': 'Баған',
  'findReplace.allColumns': 'Барлық бағандар',
  'findReplace.matchCase': 'Регистрді ескеру',
  'findReplace.wholeCell': 'Ұяшық толығымен',
  'findReplace.matches': ({ count }, f) => (count === 0 ? 'Сәйкес ұяшық жоқ' : f.plural(count, { other: '# ұяшық сәйкес келеді' })),
  'findReplace.counting': 'Саналуда…',
  'findReplace.replaceAll': ({ count }, f) => `Барлығын ауыстыру (${f.number(count)})`,
  'findReplace.replacing': 'Ауыстырылуда…',
  'findReplace.replaced': ({ count }, f) => f.plural(count, { other: '# ұяшық ауыстырылды.' }),

  // Columns, keyboard and phone width
  'columns.menu': 'Бағандар',
  'columns.menuLabel': 'Бағандар: көрсету, жасыру, бекіту және сыйдыру',
  'columns.freezePartner': '«Серіктес» бағанын бекіту',
  'columns.dragHint': 'Бағанды жылжыту үшін оның тақырыбын сүйреңіз.',
  'columns.pin': ({ name }) => `«${name}» бағанын сол жаққа бекіту`,
  'columns.pinShort': 'Бекіту',
  'columns.fit': ({ name }) => `«${name}» бағанын мазмұнына сыйдыру`,
  'columns.fitShort': 'Сыйдыру',
  'columns.fitAll': 'Барлық бағандарды сыйдыру',
  'columns.close': 'Жабу',
  'access.skipToGrid': 'Келісімдерге өту',
  'access.gridLabel': 'Келісімдер',
  'access.more': 'Тағы',
};
