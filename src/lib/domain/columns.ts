/**
 * The columns Pactsheet understands, found by header name so that a file's columns may come in
 * any order. Unknown columns are still kept, shown and exported; they just have no meaning here.
 */
export type KnownColumn =
  | 'no'
  | 'date'
  | 'partner'
  | 'city'
  | 'country'
  | 'qs'
  | 'the'
  | 'validUntil'
  | 'actor'
  | 'registration';

const NAMES: Record<KnownColumn, string[]> = {
  no: ['No', 'No.', 'Number', '#'],
  date: ['Date of agreement', 'Agreement date', 'Date'],
  partner: ['Partner University / Organisation', 'Partner University / Organization', 'Partner'],
  city: ['City'],
  country: ['Country'],
  qs: ['QS ranking', 'QS'],
  the: ['THE ranking', 'THE'],
  validUntil: ['Valid until', 'Valid till', 'Expiry date', 'Expires'],
  actor: ['Initiating actor'],
  registration: ['Registration number', 'Registration no', 'Reg. number'],
};

/** Case, spacing and punctuation don't matter: "Valid  until", "VALID UNTIL" and "valid-until" match. */
export function normaliseHeader(name: string): string {
  return name.toLowerCase().replace(/[^\p{L}\p{N}#]+/gu, '');
}

const LOOKUP = new Map<string, KnownColumn>(
  (Object.entries(NAMES) as [KnownColumn, string[]][]).flatMap(([key, names]) =>
    names.map((name) => [normaliseHeader(name), key] as const),
  ),
);

export type ColumnMap = Partial<Record<KnownColumn, number>>;

/** Where each known column sits in this header; the first match wins if a name repeats. */
export function mapColumns(header: readonly string[]): ColumnMap {
  const map: ColumnMap = {};
  header.forEach((name, index) => {
    const key = LOOKUP.get(normaliseHeader(name));
    if (key && map[key] === undefined) map[key] = index;
  });
  return map;
}
