import { sentence } from '../format';
import type { files as english } from '../en/files';
import type { Translation } from '../messages';
import { agreements, megabytes } from './words';

/** Kazakh: importing, exporting, backups, typed dates, whole-file fidelity. */
export const files: Translation<typeof english> = {
  'import.reading': ({ file }) => `${file} оқылуда…`,
  'import.saving': ({ count }, f) => `${agreements(count, f)} сақталуда…`,
  'import.headline': ({ count }, f) => `${agreements(count, f)} импортталды`,
  'import.busy': ({ file }) => `${file} импортталмады: басқа импорт немесе қалпына келтіру жүріп жатыр. Ол аяқталғанда қайталап көріңіз.`,
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
    sentence([
      skipped > 0 && `Келісім емес ${f.number(skipped)} жол өз орнында сақталады`,
      ragged > 0 && `өріс саны басқа ${f.number(ragged)} жол сол күйінде қалады`,
    ]),
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
  'backup.unreadable': 'оны оқу мүмкін болмады.',
  // Dates typed the way people type them
  'dates.storedAs': ({ typed, stored, column }) => `${typed} → ${stored} («${column}» бағанында)`,
  'dates.stored': ({ described }) => `Сақталды: ${described}`,
  'dates.storedSeveral': ({ count, described, more }, f) =>
    `${f.number(count)} енгізілген күн файлдың пішімімен сақталды: ${described.join('; ')}${more > 0 ? ` және тағы ${f.number(more)}` : ''}`,
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
};
