import type { tools as english } from '../en/tools';
import type { Translation } from '../messages';
import { OF_AGREEMENTS, agreements, FINDINGS } from './words';

/** Russian: checks, renewals, overview, print, clipboard and find and replace. */
export const tools: Translation<typeof english> = {
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
  'checks.ignoredToggle': ({ count }, f) => `Скрытые (${f.number(count)})`,
  'checks.ignoredList': 'Скрытые замечания',
  'checks.unignore': 'Показать снова',
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
};
