import type { Locale } from './locale.svelte';

/**
 * ag-grid's own words (its `localeText` option): the overlay when no row shows, the column filter
 * and the screen-reader hints. ag-grid ships English and no Kazakh; these are the keys the modules
 * of ui/grid/modules.ts show (a key left out falls back to ag-grid's English, so the list is
 * checked against the English one in tests/unit/text/catalogues.test.ts). English is ag-grid's own.
 */
const KEYS = [
  'noRowsToShow', 'noMatchingRows', 'loadingOoo', 'loadingError',
  'textFilter', 'filterOoo', 'empty', 'equals', 'notEqual', 'contains', 'notContains', 'startsWith', 'endsWith',
  'blank', 'notBlank', 'andCondition', 'orCondition', 'applyFilter', 'clearFilter', 'resetFilter', 'cancelFilter',
  'ariaFilterInput', 'ariaFilterMenuOpen', 'ariaFilteringOperator', 'ariaFilterValue', 'ariaFilterColumn',
  'ariaLabelColumnFilter', 'ariaColumnFiltered', 'ariaSortableColumn', 'ariaHeaderSelection', 'ariaRowSelectAll',
  'ariaRowToggleSelection', 'ariaRowSelect', 'ariaRowDeselect', 'ariaRowSelectionDisabled', 'ariaInputEditor',
  'ariaLabelInputClear', 'ariaLabelSelectField', 'ariaSkeletonCellLoading',
] as const;

export type GridLocaleKey = (typeof KEYS)[number];
export const GRID_LOCALE_KEYS: readonly GridLocaleKey[] = KEYS;

const ru: Record<GridLocaleKey, string> = {
  noRowsToShow: 'Нет строк',
  noMatchingRows: 'Нет подходящих строк',
  loadingOoo: 'Загрузка…',
  loadingError: 'ОШИБКА',
  textFilter: 'Текстовый фильтр',
  filterOoo: 'Фильтр…',
  empty: 'Выберите условие',
  equals: 'Равно',
  notEqual: 'Не равно',
  contains: 'Содержит',
  notContains: 'Не содержит',
  startsWith: 'Начинается с',
  endsWith: 'Заканчивается на',
  blank: 'Пусто',
  notBlank: 'Не пусто',
  andCondition: 'И',
  orCondition: 'ИЛИ',
  applyFilter: 'Применить',
  clearFilter: 'Очистить',
  resetFilter: 'Сбросить',
  cancelFilter: 'Отмена',
  ariaFilterInput: 'Поле фильтра',
  ariaFilterMenuOpen: 'Открыть меню фильтра',
  ariaFilteringOperator: 'Оператор фильтра',
  ariaFilterValue: 'Значение фильтра',
  ariaFilterColumn: 'Нажмите CTRL ENTER, чтобы открыть фильтр',
  ariaLabelColumnFilter: 'Фильтр столбца',
  ariaColumnFiltered: 'Столбец отфильтрован',
  ariaSortableColumn: 'Нажмите ENTER, чтобы отсортировать',
  ariaHeaderSelection: 'Столбец выбора строк',
  ariaRowSelectAll: 'Нажмите ПРОБЕЛ, чтобы выбрать все строки или снять выбор',
  ariaRowToggleSelection: 'Нажмите ПРОБЕЛ, чтобы выбрать строку или снять выбор',
  ariaRowSelect: 'Нажмите ПРОБЕЛ, чтобы выбрать эту строку',
  ariaRowDeselect: 'Нажмите ПРОБЕЛ, чтобы снять выбор с этой строки',
  ariaRowSelectionDisabled: 'Эту строку нельзя выбрать',
  ariaInputEditor: 'Редактор ячейки',
  ariaLabelInputClear: 'Очистить',
  ariaLabelSelectField: 'Выбор поля',
  ariaSkeletonCellLoading: 'Строка загружается',
};

const kk: Record<GridLocaleKey, string> = {
  noRowsToShow: 'Көрсететін жол жоқ',
  noMatchingRows: 'Сәйкес жол жоқ',
  loadingOoo: 'Жүктелуде…',
  loadingError: 'ҚАТЕ',
  textFilter: 'Мәтін сүзгісі',
  filterOoo: 'Сүзгі…',
  empty: 'Шартты таңдаңыз',
  equals: 'Тең',
  notEqual: 'Тең емес',
  contains: 'Құрамында бар',
  notContains: 'Құрамында жоқ',
  startsWith: 'Басталуы',
  endsWith: 'Аяқталуы',
  blank: 'Бос',
  notBlank: 'Бос емес',
  andCondition: 'ЖӘНЕ',
  orCondition: 'НЕМЕСЕ',
  applyFilter: 'Қолдану',
  clearFilter: 'Тазалау',
  resetFilter: 'Қалпына келтіру',
  cancelFilter: 'Бас тарту',
  ariaFilterInput: 'Сүзгі өрісі',
  ariaFilterMenuOpen: 'Сүзгі мәзірін ашу',
  ariaFilteringOperator: 'Сүзгі операторы',
  ariaFilterValue: 'Сүзгі мәні',
  ariaFilterColumn: 'Сүзгіні ашу үшін CTRL ENTER басыңыз',
  ariaLabelColumnFilter: 'Баған сүзгісі',
  ariaColumnFiltered: 'Баған сүзілген',
  ariaSortableColumn: 'Сұрыптау үшін ENTER басыңыз',
  ariaHeaderSelection: 'Жолдарды таңдау бағаны',
  ariaRowSelectAll: 'Барлық жолды таңдау немесе таңдауды алу үшін БОС ОРЫН басыңыз',
  ariaRowToggleSelection: 'Жолды таңдау немесе таңдауды алу үшін БОС ОРЫН басыңыз',
  ariaRowSelect: 'Осы жолды таңдау үшін БОС ОРЫН басыңыз',
  ariaRowDeselect: 'Осы жолдың таңдауын алу үшін БОС ОРЫН басыңыз',
  ariaRowSelectionDisabled: 'Бұл жолды таңдауға болмайды',
  ariaInputEditor: 'Ұяшық өңдегіші',
  ariaLabelInputClear: 'Тазалау',
  ariaLabelSelectField: 'Өрісті таңдау',
  ariaSkeletonCellLoading: 'Жол жүктелуде',
};

/** The grid's `localeText` for a language; undefined for English, which is ag-grid's own. */
export function gridLocaleText(locale: Locale): Record<string, string> | undefined {
  return locale === 'ru' ? ru : locale === 'kk' ? kk : undefined;
}
