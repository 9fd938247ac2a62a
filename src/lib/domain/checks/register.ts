import type { Row } from '../row';
import { Groups } from './groups';
import { fingerprint } from './names';
import { typoPairs, typosOf } from './typos';
import type { CheckContext, Finding, Severity } from './types';

/**
 * The checks that compare rows with each other: a registration number used twice, the same
 * agreement twice (same partner, same date), a country written two ways, a partner written two
 * ways. Rows are indexed as they come and go, so an edit re-indexes the edited rows only and the
 * findings are read from the groups that repeat.
 */
export class RegisterChecks {
  private readonly rows = new Map<number, Row>();
  private readonly registrations = new Groups();
  private readonly agreements = new Groups();
  private readonly countries = new Groups();
  private readonly partners = new Groups();
  private readonly typos = new Map<string, Set<string>>();
  private typosFound = false;
  /** Findings of each repeated key, made again only for keys whose rows changed (see Groups.takeChanged). */
  private readonly made = { registrations: new Map<string, Finding[]>(), agreements: new Map<string, Finding[]>(), partners: new Map<string, Finding[]>() };
  private readonly fingerprints = new Map<string, string>();
  /** The findings made afresh by each `findings()` (variant countries, partner typos), by row. */
  private others = new Map<number, Finding[]>();

  constructor(private readonly ctx: CheckContext) {}

  add(row: Row): void {
    const { map } = this.ctx;
    const text = (column: number | undefined) => (column === undefined ? '' : (row.cells[column] ?? '').trim());
    const known = (value: string) => (value === '' || value === '-' ? null : value);
    this.rows.set(row.id, row);
    this.registrations.add(row.id, known(text(map.registration)));
    this.countries.add(row.id, known(text(map.country)));
    const partner = known(text(map.partner)) && this.fingerprintOf(text(map.partner));
    const date = known(text(map.date));
    this.agreements.add(row.id, partner && date ? `${partner}\u0000${date}` : null);
    const isNew = !!partner && !this.partners.has(partner);
    this.partners.add(row.id, partner || null);
    // A name that appears after the first full search is compared with every other one (~20 ms at 100,000).
    if (isNew && this.typosFound) for (const other of typosOf(partner, this.partners.keys())) this.pair(partner, other);
  }

  remove(id: number): void {
    this.rows.delete(id);
    for (const groups of [this.registrations, this.agreements, this.countries, this.partners]) groups.remove(id);
  }

  /** Partners repeat thousands of times in a big register: each name is fingerprinted once. */
  private fingerprintOf(name: string): string {
    let found = this.fingerprints.get(name);
    if (found === undefined) {
      if (this.fingerprints.size > 50_000) this.fingerprints.clear();
      this.fingerprints.set(name, (found = fingerprint(name)));
    }
    return found;
  }

  /** Looks for typos among all partner names; done once the rows are all in, then kept up to date by `add`. */
  findTypos(): void {
    this.typos.clear();
    for (const [a, b] of typoPairs([...this.partners.keys()])) this.pair(a, b);
    this.typosFound = true;
  }

  /**
   * Makes the findings of the groups whose rows changed, about `rows` rows' worth, and says
   * whether any are left: after a full check every group has changed (100,000 findings at
   * 100,000 rows, ~0.3 s), so the caller does them a chunk at a time, yielding in between.
   */
  prepare(rows = Infinity): boolean {
    const { map } = this.ctx;
    const repeat = (check: 'repeated-registration' | 'same-agreement', severity: Severity) => (ids: ReadonlySet<number>) => () =>
      ({ check, code: 'unique-error', severity, params: { count: ids.size } }) as const;
    this.remake(this.registrations, this.made.registrations, map.registration, repeat('repeated-registration', 'error'), rows);
    this.remake(this.agreements, this.made.agreements, map.partner, repeat('same-agreement', 'warning'), rows);
    this.partnerForms(rows);
    return this.registrations.hasChanged || this.agreements.hasChanged || this.partners.hasChanged;
  }

  findings(): Finding[] {
    const { places } = this.ctx;
    this.prepare();
    const found: Finding[] = [];
    for (const made of Object.values(this.made)) for (const list of made.values()) for (const f of list) found.push(f);
    const others: Finding[] = [];
    if (places) this.countryVariants(collect(this.rows, others), (text) => places.countryCode(text));
    this.partnerTypos(collect(this.rows, others));
    this.others = new Map();
    for (const f of others) {
      found.push(f);
      this.others.set(f.rowId, [...(this.others.get(f.rowId) ?? []), f]);
    }
    return found;
  }

  /**
   * The findings the last `findings()` made on one row, for the grid's markers: looked up in the
   * row's groups, since indexing every finding by row after each edit cost ~0.1 s at 100,000 rows.
   */
  findingsOf(id: number): Finding[] {
    const found: Finding[] = [];
    const kinds = [[this.registrations, this.made.registrations], [this.agreements, this.made.agreements], [this.partners, this.made.partners]] as const;
    for (const [groups, made] of kinds) {
      const key = groups.keyFor(id);
      const mine = key === undefined ? undefined : made.get(key)?.find((f) => f.rowId === id);
      if (mine) found.push(mine);
    }
    return [...found, ...(this.others.get(id) ?? [])];
  }

  /** Makes the findings of the repeated keys whose rows changed, and forgets those of keys no longer repeated. */
  private remake(
    groups: Groups,
    made: Map<string, Finding[]>,
    column: number | undefined,
    make: (ids: ReadonlySet<number>, key: string) => (row: Row) => Omit<Finding, 'rowId' | 'column' | 'value'> | null,
    rows: number,
  ): void {
    for (const key of groups.takeChanged(rows)) {
      made.delete(key);
      if (!groups.repeated.has(key)) continue;
      const list: Finding[] = [];
      const ids = groups.ids(key);
      collect(this.rows, list)(ids, column, make(ids, key));
      if (list.length > 0) made.set(key, list);
    }
  }

  /** Forms of one country ("Turkey", "Türkiye"): each becomes the register's most used one. */
  private countryVariants(each: Each, codeOf: (text: string) => string | undefined): void {
    const forms = new Map<string, string[]>();
    for (const text of this.countries.keys()) {
      const code = codeOf(text);
      if (code) forms.set(code, [...(forms.get(code) ?? []), text]);
    }
    for (const texts of forms.values()) {
      if (texts.length < 2) continue;
      const main = this.mostUsed(this.countries, texts);
      for (const text of texts) {
        if (text === main) continue;
        each(this.countries.ids(text), this.ctx.map.country, () => ({
          check: 'country-variant', code: 'variant-error', severity: 'warning', params: { main }, fix: main,
        }));
      }
    }
  }

  /** The most used spelling among the rows of one partner fingerprint. */
  private mainForm(key: string): string {
    const column = this.ctx.map.partner!;
    const counts = new Map<string, number>();
    for (const id of this.partners.ids(key)) {
      const text = (this.rows.get(id)!.cells[column] ?? '').trim();
      counts.set(text, (counts.get(text) ?? 0) + 1);
    }
    return [...counts].reduce((best, next) => (next[1] > best[1] ? next : best))[0];
  }

  /** Partner names that differ by case, accents or spacing: each becomes the most used form. */
  private partnerForms(rows: number): void {
    const column = this.ctx.map.partner;
    this.remake(
      this.partners,
      this.made.partners,
      column,
      (_, key) => {
        const main = this.mainForm(key);
        return (row) =>
          (row.cells[column!] ?? '').trim() === main
            ? null
            : { check: 'partner-variant', code: 'variant-error', severity: 'warning', params: { main }, fix: main };
      },
      rows,
    );
  }

  /** Partner names one typo apart: the rarer spelling becomes the more common one. */
  private partnerTypos(each: Each): void {
    const column = this.ctx.map.partner;
    if (column === undefined) return;
    for (const [key, others] of this.typos) {
      for (const other of others) {
        if (!this.partners.has(key) || !this.partners.has(other)) continue;
        const mine = this.partners.ids(key).size;
        const theirs = this.partners.ids(other).size;
        // The rarer spelling is the typo; of two equally common, the one that sorts later.
        if (mine > theirs || (mine === theirs && key < other)) continue;
        const main = this.mainForm(other);
        each(this.partners.ids(key), column, () => ({ check: 'partner-variant', code: 'variant-error', severity: 'warning', params: { main }, fix: main }));
      }
    }
  }

  private mostUsed(groups: Groups, keys: string[]): string {
    return keys.reduce((best, key) => (groups.ids(key).size > groups.ids(best).size ? key : best));
  }

  private pair(a: string, b: string): void {
    for (const [x, y] of [[a, b], [b, a]]) {
      const set = this.typos.get(x) ?? new Set();
      set.add(y);
      this.typos.set(x, set);
    }
  }
}

/** Adds findings for these rows' cells in `column` to `found`. */
function collect(rows: ReadonlyMap<number, Row>, found: Finding[]): Each {
  return (ids, column, make) => {
    if (column === undefined) return;
    for (const id of ids) {
      const row = rows.get(id)!;
      const made = make(row);
      if (made) found.push({ rowId: id, column, value: row.cells[column] ?? '', ...made });
    }
  };
}

type Each = (ids: Iterable<number>, column: number | undefined, make: (row: Row) => Omit<Finding, 'rowId' | 'column' | 'value'> | null) => void;
