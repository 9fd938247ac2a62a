import type { refusals as english, StorageDoing } from '../en/refusals';
import type { Translation } from '../messages';
import { agreements, capital } from './words';

/** What failed, as it opens «… мүмкін болмады» (capitalised there). */
const DOING: Record<StorageDoing, string> = {
  open: 'сақталған келісімдерді ашу',
  storeImport: 'импортталған келісімдерді сақтау',
  storeAll: 'келісімдеріңізді сақтау',
  restoreBackup: 'сақтық көшірмені қалпына келтіру',
  restoreEarlier: 'бұрынғы деректерді қалпына келтіру',
  saveChange: 'өзгерісіңізді сақтау',
  saveSetting: 'баптауды сақтау',
  recordExport: 'экспорт уақытын жазу',
};

// The names of Excel's own menu items and file types in its Kazakh interface.
const SAVE_AS_TEXT = 'Excel-де «Басқаша сақтау» → «Мәтін (табуляциямен бөлінген)» немесе «Юникод мәтіні» пішімін таңдаңыз.';
const SAVE_AS_TSV = 'Оны Excel-де ашып, «Басқаша сақтау» → «Мәтін (табуляциямен бөлінген)» пішімін таңдаңыз.';
const NO_COLUMNS = 'Табуляциямен бөлінген бағандар табылмады:';
const SAVE_AS_TABLE = 'Келісімдер кестесін ашып, оны мәтін ретінде сақтаңыз.';

/** Kazakh: why a file was refused, why storage failed, the data worker's other failures. */
export const refusals: Translation<typeof english> = {
  'refusal.png': `Бұл — кесте емес, PNG суреті. ${SAVE_AS_TABLE}`,
  'refusal.jpeg': `Бұл — кесте емес, JPEG суреті. ${SAVE_AS_TABLE}`,
  'refusal.gif': `Бұл — кесте емес, GIF суреті. ${SAVE_AS_TABLE}`,
  'refusal.pdf': 'Бұл — кесте емес, PDF құжаты. Бастапқы кестені ашып, оны мәтін ретінде сақтаңыз.',
  'refusal.xlsx': `Бұл — мәтіндік кесте емес, Excel кітабы (.xlsx) немесе басқа сығылған (zip) құжат. ${SAVE_AS_TEXT}`,
  'refusal.xls': `Бұл — мәтіндік кесте емес, ескі пішімдегі Excel кітабы (.xls). ${SAVE_AS_TEXT}`,
  'refusal.binary': `Бұл — мәтіндік кесте емес, екілік файл. ${SAVE_AS_TEXT}`,
  'refusal.json': 'Бұл — табуляциямен бөлінген кесте емес, JSON. Деректерді TSV ретінде экспорттаңыз.',
  'refusal.html': `Бұл — табуляциямен бөлінген кесте емес, веб-бет (HTML). ${SAVE_AS_TSV}`,
  'refusal.empty': 'Файл бос.',
  'refusal.bomOnly': 'Файлда тек байт ретінің белгісі (BOM) бар, мәтін жоқ. Ол бос күйінде сақталған болуы мүмкін.',
  'refusal.badUnicode': ({ encoding }) =>
    `Файл ${encoding} мәтіні деп көрсетілген, бірақ онда ${encoding} үшін жарамсыз байттар бар; ол бүлінген болуы мүмкін. Оны Excel-ден «Юникод мәтіні» ретінде қайта сақтаңыз.`,
  'refusal.badUtf8Line': ({ line }) =>
    `Файл — UTF-8 мәтіні, бірақ ${line}-жолда UTF-8 үшін жарамсыз байттар бар (бұзылған таңба); ол бүлінген болуы мүмкін. Оны Excel-ден «Юникод мәтіні» ретінде қайта сақтаңыз.`,
  'refusal.nul': ({ line }) =>
    `${line}-жолда NUL таңбасы (нөлдік байт) бар, ал мәтінде ол ешқашан болмайды: файл бүлінген немесе мәтіндік кесте емес. Бұл таңбаны өшіріңіз немесе файлды Excel-ден «Мәтін (табуляциямен бөлінген)» ретінде қайта сақтаңыз.`,
  'refusal.semicolonCsv': `${NO_COLUMNS} бұл «;» арқылы бөлінген CSV сияқты. ${SAVE_AS_TSV}`,
  'refusal.commaCsv': `${NO_COLUMNS} бұл «,» арқылы бөлінген CSV сияқты. ${SAVE_AS_TSV}`,
  'refusal.singleColumn': `${NO_COLUMNS} әр жолда тек бір баған бар. ${SAVE_AS_TSV}`,
  'refusal.headerOnly': ({ line }) => `Файлда тақырып жолы бар (${line}-жол), бірақ оның астында бірде-бір келісім жоқ.`,
  'refusal.tooMany': ({ count, max }, f) =>
    `Файлда ${agreements(count, f)} бар; жылдам жұмыс істеуі үшін Pactsheet бір деректер жиынында ең көбі ${agreements(max, f)} сақтайды. Файлды бөліп, өзіңіз жұмыс істейтін бөлігін импорттаңыз.`,
  'refusal.backupNotJson': 'Бұл Pactsheet сақтық көшірмесі емес: ол JSON емес.',
  'refusal.notBackup': 'Бұл Pactsheet сақтық көшірмесі емес (TSV файлдары үшін «Импорттау» батырмасын пайдаланыңыз).',
  'refusal.backupNewer': ({ version }) =>
    `Бұл сақтық көшірмені Pactsheet-тің жаңарақ нұсқасы жасаған (${version} пішімі); алдымен қолданбаны жаңартыңыз.`,
  'refusal.backupNoMeta': 'Pactsheet сақтық көшірмесі бүлінген: деректер жиынының сипаттамасы жоқ немесе қате.',
  'refusal.backupBadRow': ({ row }) => `Pactsheet сақтық көшірмесі бүлінген: ${row}-жол қате.`,
  'refusal.backupSameId': 'Pactsheet сақтық көшірмесі бүлінген: екі жолдың идентификаторы бірдей.',
  'storage.full': ({ doing }) =>
    `${capital(DOING[doing])} мүмкін болмады: браузер қоймасы толы. Ештеңе жартылай жазылған жоқ; дискіде орын босатып (немесе экспорттап, ескі деректерді тазалап), қайталаңыз.`,
  'storage.refused': ({ doing, detail }) => `${capital(DOING[doing])} мүмкін болмады: браузер қоймасы бас тартты (${detail}).`,
  'failure.nothingParsed': 'Сақтайтын оқылған файл жоқ.',
  'failure.nothingToBackUp': 'Әзірге сақтық көшірмеге салатын ештеңе жоқ.',
  'failure.noBackup': 'Қалпына келтіретін сақтық көшірме жоқ.',
  'failure.nothingToExport': 'Әзірге экспорттайтын ештеңе жоқ.',
  'failure.nothingToMerge': 'Әзірге біріктіретін деректер жоқ.',
  'failure.unexpected': ({ detail }) => `Pactsheet-те күтпеген қате болды (${detail}).`,
  'failure.workerStopped': ({ detail }) => `Фондық үдеріс күтпеген жерден тоқтады (${detail}). Бетті қайта жүктеп, қайталап көріңіз.`,
  'backup.restoring': ({ count }, f) => `${agreements(count, f)} қалпына келтірілуде…`,
  'backup.busy': ({ file }) =>
    `${file} қалпына келтірілмеді: басқа импорт немесе қалпына келтіру жүріп жатыр. Ол аяқталғанда қайталап көріңіз.`,
  'backup.cancelled': ({ file }) => `Қалпына келтіру тоқтатылды: ${file} қалпына келтірілмеді, ештеңе өзгерген жоқ.`,
  'replace.backupOf': ({ file, name, savedAt, count, columns }, f) =>
    `${file} — ${f.date(savedAt, { dateStyle: 'medium' })} сақталған «${name}» сақтық көшірмесі: ${f.number(columns)} бағанда ${agreements(count, f)}, баптауларымен бірге.`,
  'replace.discardsSettings': ({ count }, f) =>
    `Ауыстырғанда қазіргі ${agreements(count, f)} өңдеулеріңізбен және баптауларыңызбен бірге жойылады. Оларды сақтағыңыз келсе, алдымен экспорттаңыз.`,
};
