import { t } from '../text/messages';
import type { ColumnMap } from './columns';
import { parseDate, type DateFormat } from './dates';
import { cellOf, type Row } from './row';

/**
 * The Overview's numbers, counted from the cells. Each bar keeps the ids of its rows, so that a
 * click on it shows exactly those rows in the grid. (Counts by status are the legend's own.)
 */
export interface Bar {
  label: string;
  count: number;
  ids: number[];
}

export interface Overview {
  /** Expiries from today to the end of the 12th quarter from this one, per quarter (zeros kept). */
  byQuarter: Bar[];
  /** The 15 countries with most agreements, most first; the text as typed (trimmed). */
  byCountry: Bar[];
  byActor: Bar[];
  /** Agreements per year of "Date of agreement", oldest first, years between with none kept. */
  byYear: Bar[];
}

export const TOP_COUNTRIES = 15;
const QUARTERS = 12;
const YEAR_ONLY = /^\s*(\d{4})\s*$/;

export function overviewOf(rows: readonly Row[], columns: ColumnMap, dateFormat: DateFormat, today: Date): Overview {
  return {
    byQuarter: byQuarter(rows, columns, dateFormat, today),
    byCountry: grouped(rows, columns.country).slice(0, TOP_COUNTRIES),
    byActor: grouped(rows, columns.actor),
    byYear: byYear(rows, columns, dateFormat),
  };
}

/** Rows grouped by a column's trimmed text, most rows first, then by name; blank has a word. */
function grouped(rows: readonly Row[], column: number | undefined): Bar[] {
  const groups = new Map<string, number[]>();
  for (const row of rows) {
    const text = cellOf(row, column).trim();
    const ids = groups.get(text);
    if (ids) ids.push(row.id);
    else groups.set(text, [row.id]);
  }
  return [...groups.entries()]
    .map(([text, ids]) => ({ label: text || t('overview.blank'), count: ids.length, ids }))
    .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
}

function byQuarter(rows: readonly Row[], columns: ColumnMap, dateFormat: DateFormat, today: Date): Bar[] {
  const firstYear = today.getFullYear();
  const firstQuarter = Math.floor(today.getMonth() / 3);
  const bars: Bar[] = Array.from({ length: QUARTERS }, (_, i) => {
    const q = firstQuarter + i;
    return { label: t('overview.quarter', { year: firstYear + Math.floor(q / 4), quarter: (q % 4) + 1 }), count: 0, ids: [] };
  });
  // A register repeats the same dates: each distinct text is read once.
  const slotOf = new Map<string, number>();
  for (const row of rows) {
    const text = cellOf(row, columns.validUntil);
    let slot = slotOf.get(text);
    if (slot === undefined) {
      const date = parseDate(text, dateFormat);
      slot = date && date >= today ? (date.getFullYear() - firstYear) * 4 + Math.floor(date.getMonth() / 3) - firstQuarter : -1;
      slotOf.set(text, slot);
    }
    if (slot >= 0 && slot < QUARTERS) {
      bars[slot].count++;
      bars[slot].ids.push(row.id);
    }
  }
  return bars;
}

/** The year an agreement was made: from its date, or a cell holding only a year (the sample's "2020"). */
function yearOf(text: string, dateFormat: DateFormat): number | null {
  const year = YEAR_ONLY.exec(text);
  if (year) return Number(year[1]);
  return parseDate(text, dateFormat)?.getFullYear() ?? null;
}

function byYear(rows: readonly Row[], columns: ColumnMap, dateFormat: DateFormat): Bar[] {
  const years = new Map<number, number[]>();
  for (const row of rows) {
    const year = yearOf(cellOf(row, columns.date), dateFormat);
    if (year === null) continue;
    const ids = years.get(year);
    if (ids) ids.push(row.id);
    else years.set(year, [row.id]);
  }
  if (years.size === 0) return [];
  const first = Math.min(...years.keys());
  const last = Math.max(...years.keys());
  return Array.from({ length: last - first + 1 }, (_, i) => {
    const ids = years.get(first + i) ?? [];
    return { label: String(first + i), count: ids.length, ids };
  });
}
