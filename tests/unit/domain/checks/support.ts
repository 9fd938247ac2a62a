import { readFileSync } from 'node:fs';
import countries from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import { makePlaces } from '../../../../src/lib/domain/checks/places';
import type { CheckContext, Finding } from '../../../../src/lib/domain/checks/types';
import { mapColumns } from '../../../../src/lib/domain/columns';
import { detectDateFormat } from '../../../../src/lib/domain/dates';
import { importBytes } from '../../../../src/lib/domain/import-file';
import type { Row } from '../../../../src/lib/domain/row';
import cities from '../../../../src/lib/domain/checks/gazetteer.json' with { type: 'json' };

export const places = makePlaces({ countries: countries.countries, cities });

export const HEADER = ['No', 'Date of agreement', 'Partner University / Organisation', 'City', 'Country', 'QS ranking', 'THE ranking', 'Valid until', 'Initiating actor', 'Registration number'];
export const ctx: CheckContext = { map: mapColumns(HEADER), dateFormat: 'M/d/yyyy', places };

/** The office's own file, as rows with ids 1…74 in file order. */
export function sample(): { rows: Row[]; ctx: CheckContext } {
  const result = importBytes(readFileSync(new URL('../../../fixtures/partner-agreements.tsv', import.meta.url)));
  if (!result.ok) throw new Error('the sample did not import');
  const { header, rows } = result.table;
  const map = mapColumns(header);
  const dateFormat = detectDateFormat(rows.map((r) => r[map.date!]));
  return { rows: rows.map((cells, i) => ({ id: i + 1, cells })), ctx: { map, dateFormat, places } };
}

/** A row of the office's columns, from a few named cells. */
export function row(id: number, cells: Partial<Record<'no' | 'date' | 'partner' | 'city' | 'country' | 'qs' | 'the' | 'validUntil' | 'actor' | 'registration', string>>): Row {
  const full = {
    no: String(id), date: '3/1/2022', partner: 'Cracow University of Technology', city: 'Cracow', country: 'Poland',
    qs: '-', the: '-', validUntil: '3/1/2027', actor: 'International Cooperation Department', registration: `0${id}-22`, ...cells,
  };
  return { id, cells: [full.no, full.date, full.partner, full.city, full.country, full.qs, full.the, full.validUntil, full.actor, full.registration] };
}

/** Findings as short readable facts: "row 16 Country city-elsewhere". */
export const brief = (found: Finding[], rows: Row[], header: readonly string[]) =>
  found.map((f) => `${rows.find((r) => r.id === f.rowId)?.cells[0] || `#${f.rowId}`} ${header[f.column]} ${f.check}${f.fix !== undefined ? ` → ${f.fix}` : ''}`);
