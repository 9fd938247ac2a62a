import type { Format } from './format';
import type { Catalogue } from './messages';

/**
 * Every sentence Pactsheet shows, in Kazakh, key for key as en.ts (a missing key is a compile
 * error). A Kazakh noun stays singular after a number («74 келісім»), so counts need one form;
 * they still go through `f.plural` so that the number is written the Kazakh way («100 000»).
 */

const agreements = (count: number, f: Format) => f.plural(count, { other: '# келісім' });
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
};
