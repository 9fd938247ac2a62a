/**
 * Rows grouped by a key (a registration number, a partner and date), kept up to date row by row,
 * with the keys that more than one row shares at hand: an edit costs one removal and one
 * addition, and listing the repeats walks the repeats only, not 100,000 groups.
 */
export class Groups {
  private readonly members = new Map<string, Set<number>>();
  private readonly keyOf = new Map<number, string>();
  readonly repeated = new Set<string>();
  /** Keys whose rows changed since `takeChanged` last said: their findings are made again. */
  private changed = new Set<string>();

  add(id: number, key: string | null): void {
    this.remove(id);
    if (key === null) return;
    let set = this.members.get(key);
    if (!set) this.members.set(key, (set = new Set()));
    set.add(id);
    this.keyOf.set(id, key);
    this.changed.add(key);
    if (set.size > 1) this.repeated.add(key);
  }

  remove(id: number): void {
    const key = this.keyOf.get(id);
    if (key === undefined) return;
    this.keyOf.delete(id);
    this.changed.add(key);
    const set = this.members.get(key)!;
    set.delete(id);
    if (set.size === 0) this.members.delete(key);
    if (set.size < 2) this.repeated.delete(key);
  }

  /** The key a row is grouped by, if any. */
  keyFor(id: number): string | undefined {
    return this.keyOf.get(id);
  }

  ids(key: string): ReadonlySet<number> {
    return this.members.get(key) ?? new Set();
  }

  keys(): IterableIterator<string> {
    return this.members.keys();
  }

  has(key: string): boolean {
    return this.members.has(key);
  }

  /** The changed keys, forgotten as they are taken; with `rows`, only keys holding about that many rows. */
  takeChanged(rows = Infinity): string[] {
    const taken: string[] = [];
    let size = 0;
    for (const key of this.changed) {
      if (taken.length > 0 && size + this.ids(key).size > rows) break;
      taken.push(key);
      size += this.ids(key).size;
    }
    if (taken.length === this.changed.size) this.changed = new Set();
    else for (const key of taken) this.changed.delete(key);
    return taken;
  }

  /** Whether any key changed since `takeChanged` last took it. */
  get hasChanged(): boolean {
    return this.changed.size > 0;
  }

  clear(): void {
    this.changed.clear();
    this.members.clear();
    this.keyOf.clear();
    this.repeated.clear();
  }
}
