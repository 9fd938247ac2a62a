import type { ColumnMap, KnownColumn } from '../columns';
import type { DateFormat } from '../dates';
import type { Row } from '../row';

/**
 * What a check found wrong with one cell. The codes follow Frictionless Data's table checks where
 * one fits (missing-cell, type-error, constraint-error, unique-error); `check` says which of
 * Pactsheet's checks it is, and picks the words the Checks panel shows (text/en.ts `checks.*`).
 */
export type FindingCode = 'missing-cell' | 'type-error' | 'constraint-error' | 'unique-error' | 'variant-error' | 'reference-error';

/** Most serious first: the order of SEVERITIES is the panel's. */
export type Severity = 'error' | 'warning' | 'info';
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

export type CheckId =
  | 'missing-value'
  | 'not-a-date'
  | 'ends-before-start'
  | 'not-an-anniversary'
  | 'not-a-ranking'
  | 'extra-spaces'
  | 'registration-year'
  | 'not-a-country'
  | 'city-elsewhere'
  | 'partner-names-country'
  | 'country-variant'
  | 'repeated-registration'
  | 'same-agreement'
  | 'partner-variant';

export interface Finding {
  rowId: number;
  column: number;
  check: CheckId;
  code: FindingCode;
  severity: Severity;
  /** The cell's text as checked: an Ignore holds for this text only. */
  value: string;
  /** Filled into the check's message. */
  params: Record<string, string | number>;
  /** The value Fix writes; none where a person must decide (a city in another country). */
  fix?: string;
}

/** Countries and cities by name, loaded with the Checks (domain/checks/places.ts). */
export interface Places {
  /** The ISO 3166 alpha-2 code a country name stands for ("Türkiye", "Turkey" → TR). */
  countryCode: (name: string) => string | undefined;
  /** A country's English name ("UA" → Ukraine). */
  countryName: (code: string) => string;
  /** The countries that have a city of this name (cities of 100,000+ people and capitals). */
  cityCountries: (city: string) => readonly string[] | undefined;
  /** The countries a text names ("… of the Republic of Korea in the Republic of Kazakhstan" → KR, KZ). */
  countriesNamedIn: (text: string) => string[];
}

export interface CheckContext {
  map: ColumnMap;
  dateFormat: DateFormat;
  /** Absent until the place names are loaded: the checks that need them wait. */
  places?: Places;
}

/** One check over one row at a time. */
export type RowCheck = (row: Row, ctx: CheckContext) => Finding[];

export function finding(
  row: Row,
  column: number,
  check: CheckId,
  code: FindingCode,
  severity: Severity,
  params: Record<string, string | number> = {},
  fix?: string,
): Finding {
  return { rowId: row.id, column, check, code, severity, value: row.cells[column] ?? '', params, ...(fix === undefined ? {} : { fix }) };
}

/** A known column's index and the row's text in it. */
export function cell(row: Row, ctx: CheckContext, key: KnownColumn): [number, string] | null {
  const column = ctx.map[key];
  return column === undefined ? null : [column, row.cells[column] ?? ''];
}
