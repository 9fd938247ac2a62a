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

  constructor(private readonly ctx: CheckContext) {}

  add(row: Row): void {
    const { map } = this.ctx;
    const text = (column: number | undefined) => (column === undefined ? '' : (row.cells[column] ?? '').trim());
    const known = (value: string) => (value === '' || value === '-' ? null : value);
    this.rows.set(row.id, row);
    this.registrations.add(row.id, known(text(map.registration)));
    this.countries.add(row.id, known(text(map.country)));
    const partner = known(text(map.partner)) && fingerprint(text(map.partner));
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

  /** Looks for typos among all partner names; done once the rows are all in, then kept up to date by `add`. */
  findTypos(): void {
    this.typos.clear();
    for (const [a, b] of typoPairs([...this.partners.keys()])) this.pair(a, b);
    this.typosFound = true;
  }

  findings(): Finding[] {
    const { map, places } = this.ctx;
    const found: Finding[] = [];
    const each = (ids: Iterable<number>, column: number | undefined, make: (row: Row) => Omit<Finding, 'rowId' | 'column' | 'value'> | null) => {
      if (column === undefined) return;
      for (const id of ids) {
        const row = this.rows.get(id)!;
        const made = make(row);
        if (made) found.push({ rowId: id, column, value: row.cells[column] ?? '', ...made });
      }
    };
    const repeat = (check: 'repeated-registration' | 'same-agreement', severity: Severity, count: number) => () =>
      ({ check, code: 'unique-error', severity, params: { count } }) as const;
    for (const key of this.registrations.repeated) {
      const ids = this.registrations.ids(key);
      each(ids, map.registration, repeat('repeated-registration', 'error', ids.size));
    }
    for (const key of this.agreements.repeated) {
      const ids = this.agreements.ids(key);
      each(ids, map.partner, repeat('same-agreement', 'warning', ids.size));
    }
    if (places) this.countryVariants(each, (text) => places.countryCode(text));
    this.partnerVariants(each);
    return found;
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

  /** Partner names that differ by case, accents, spacing or a typo: each becomes the most used form. */
  private partnerVariants(each: Each): void {
    const column = this.ctx.map.partner;
    if (column === undefined) return;
    const mainForm = (key: string) => {
      const counts = new Map<string, number>();
      for (const id of this.partners.ids(key)) {
        const text = (this.rows.get(id)!.cells[column] ?? '').trim();
        counts.set(text, (counts.get(text) ?? 0) + 1);
      }
      return [...counts].reduce((best, next) => (next[1] > best[1] ? next : best))[0];
    };
    for (const key of this.partners.repeated) {
      const main = mainForm(key);
      each(this.partners.ids(key), column, (row) =>
        (row.cells[column] ?? '').trim() === main
          ? null
          : { check: 'partner-variant', code: 'variant-error', severity: 'warning', params: { main }, fix: main },
      );
    }
    for (const [key, others] of this.typos) {
      for (const other of others) {
        if (!this.partners.has(key) || !this.partners.has(other)) continue;
        const mine = this.partners.ids(key).size;
        const theirs = this.partners.ids(other).size;
        // The rarer spelling is the typo; of two equally common, the one that sorts later.
        if (mine > theirs || (mine === theirs && key < other)) continue;
        const main = mainForm(other);
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

type Each = (ids: Iterable<number>, column: number | undefined, make: (row: Row) => Omit<Finding, 'rowId' | 'column' | 'value'> | null) => void;
