/* eslint-disable svelte/prefer-svelte-reactivity -- its Maps and Sets are indexes, published as new arrays */
import { listFindings } from '../domain/checks/listing';
import { ignoreKey } from '../domain/checks/order';
import type { RegisterChecks } from '../domain/checks/register';
import type { checkRow } from '../domain/checks/run';
import type { CheckContext, Finding, Places } from '../domain/checks/types';
import type { Row } from '../domain/row';
import type { DatasetState, RowsEvent } from './dataset.svelte';

/** Ignored findings, stored per dataset (an import starts with none ignored). */
export interface IgnoredSetting {
  dataset: string;
  keys: string[];
}

export const IGNORED_SETTING = 'checks.ignored';

/** The checks themselves and the place names they use: a chunk of their own, loaded when first needed. */
export interface CheckEngine {
  places: Places;
  checkRow: typeof checkRow;
  RegisterChecks: typeof RegisterChecks;
}

/** What the checks need from outside: their engine and the stored Ignores. */
export interface ChecksPort {
  loadEngine(): Promise<CheckEngine>;
  readIgnored(): Promise<IgnoredSetting | null>;
  writeIgnored(value: IgnoredSetting): Promise<void>;
  /**
   * Resolves when the page has a moment, with how long it lasts where the browser says: a full
   * check runs only in such moments, so it never delays a start-up, an import or an edit's answer.
   */
  idle(): Promise<IdleBudget | void>;
  /**
   * Resolves once the rows shown are stored: an import's rows are checked after the import has
   * stored them, not while the machine is busy storing them.
   */
  stored(): Promise<void>;
  /**
   * Resolves at such a moment, but not before an edit made now has had time to be saved: the
   * list is made again then, so its one pass over every finding never holds up the save's answer.
   */
  quiet(): Promise<void>;
}

export interface IdleBudget {
  timeRemaining(): number;
}

/** Rows checked between two yields to the page: ~10-15 ms of work, so typing and scrolling stay smooth. */
const CHUNK = 1000;
/** Rows a full check does in each idle moment at least, however short the moment. */
const IDLE_ROWS = 100;
/**
 * The longest slice of a full check in one idle moment (the browser may offer 50 ms): a message
 * from the worker that arrives meanwhile, such as an edit's "saved", waits at most this long.
 */
const IDLE_SLICE_MS = 8;

const yieldToPage = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** How many findings the panel lists; the rest it counts ("and N more"). */
export const LISTED = 200;

/**
 * The Checks: every row checked when a dataset is shown, in chunks so the page stays responsive,
 * then only the rows each change touches (the register-wide checks read their groups, kept up to
 * date row by row). `listed` is what the panel lists, `count` how many there are, and `forCell`
 * what the grid marks, ignored ones left out.
 */
export class ChecksState {
  /** The first findings, most serious first: at most LISTED of them. */
  listed = $state.raw<readonly Finding[]>([]);
  /** Every finding, listed or not. */
  count = $state(0);
  /** The findings an Ignore hides, for the panel to show again on request. */
  ignoredFindings = $state.raw<readonly Finding[]>([]);
  /** Set once every row has been checked: until then the count is not worth showing. */
  ready = $state(false);
  /** Rises whenever the findings change: the grid redraws its marks. */
  version = $state(0);

  private perRow = new Map<number, Finding[]>();
  private register!: RegisterChecks;
  private ctx: CheckContext = { map: {}, dateFormat: 'M/d/yyyy' };
  /** Each row's findings as the grid asked for them, until the next publish. */
  private byRow = new Map<number, Finding[]>();
  private ignored = new Set<string>();
  /** Rows with an Ignore: only their findings are looked up in `ignored` (100,000 keys a publish otherwise). */
  private ignoredRows = new Set<number>();
  /** A list to make at the page's next idle moment; a publish before it makes it moot. */
  private publishing: object | null = null;
  /**
   * Rows changed and not checked again yet, by id (null: gone). A paste or a Replace all of
   * thousands of rows is checked a chunk at a time, so the page answers meanwhile.
   */
  private pending = new Map<number, Row | null>();
  private draining = false;
  private datasetKey = '';
  /** Counts full runs: a run that a newer one replaced stops at its next chunk. */
  private run = 0;
  private engine: Promise<CheckEngine> | null = null;
  private checkRow: CheckEngine['checkRow'] = () => [];

  constructor(
    private readonly dataset: DatasetState,
    private readonly port: ChecksPort,
  ) {}

  /** Starts following the dataset; returns the stop. */
  start(): () => void {
    const unsubscribe = this.dataset.subscribe((event) => this.onRows(event));
    if (this.dataset.meta) void this.checkAll();
    return () => {
      this.run++;
      unsubscribe();
    };
  }

  /** The findings on one cell, for the grid's marker. */
  forCell(rowId: number, column: number): readonly Finding[] {
    let found = this.byRow.get(rowId);
    if (!found) {
      if (!this.ready) return [];
      found = this.findingsOfRow(rowId).filter((f) => this.shown(f));
      this.byRow.set(rowId, found);
    }
    return found.filter((f) => f.column === column);
  }

  /** Hides a finding for the cell's present text, remembered across reloads. */
  async ignore(finding: Finding): Promise<void> {
    this.ignored.add(ignoreKey(finding));
    this.ignoredRows.add(finding.rowId);
    this.publish();
    await this.port.writeIgnored({ dataset: this.datasetKey, keys: [...this.ignored] });
  }

  /** Takes an Ignore back: the finding is listed and marked again. */
  async unignore(finding: Finding): Promise<void> {
    this.ignored.delete(ignoreKey(finding));
    this.publish();
    await this.port.writeIgnored({ dataset: this.datasetKey, keys: [...this.ignored] });
  }

  /** Every row checked again from the start (a new dataset, or rows arriving). */
  async checkAll(): Promise<void> {
    const run = ++this.run;
    this.ready = false;
    const meta = this.dataset.meta;
    if (!meta) return this.clear();
    await this.port.stored();
    if (run !== this.run) return;
    await this.port.idle();
    if (run !== this.run) return;
    this.engine ??= this.port.loadEngine();
    const [{ places, checkRow, RegisterChecks }, ignored] = await Promise.all([this.engine, this.port.readIgnored()]);
    if (run !== this.run) return;
    this.datasetKey = meta.importedAt;
    this.ignored = new Set(ignored?.dataset === this.datasetKey ? ignored.keys : []);
    this.ignoredRows = new Set([...this.ignored].map((key) => Number(key.split('\u0000')[1])));
    this.ctx = { map: this.dataset.columnMap, dateFormat: this.dataset.dateFormat, places };
    this.perRow = new Map();
    this.pending.clear();
    this.register = new RegisterChecks(this.ctx);
    this.checkRow = checkRow;
    const rows = this.dataset.rows;
    for (let from = 0; from < rows.length; ) {
      const budget = await this.port.idle();
      if (run !== this.run) return;
      // As many rows as the moment allows (a chunk where the browser does not say), in slices with
      // the page's own tasks in between: an idle callback asked for inside another runs only in
      // the next idle moment, so each slice does not wait for one.
      for (;;) {
        const until = from + (budget ? IDLE_ROWS : CHUNK);
        const stop = performance.now() + IDLE_SLICE_MS;
        while (from < rows.length && (from < until || (budget && budget.timeRemaining() > 2 && performance.now() < stop))) this.add(rows[from++]);
        if (!budget || from >= rows.length || budget.timeRemaining() <= 2) break;
        await yieldToPage();
        if (run !== this.run) return;
      }
    }
    this.register.findTypos();
    // Every group changed: their findings are made a chunk at a time too.
    while (this.register.prepare(CHUNK * 5)) {
      await this.port.idle();
      if (run !== this.run) return;
    }
    this.ready = true;
    this.publish();
  }

  private clear(): void {
    this.perRow = new Map();
    this.listed = [];
    this.count = 0;
    this.ignoredFindings = [];
    this.byRow = new Map();
    this.version++;
  }

  private onRows(event: RowsEvent): void {
    // A new dataset, or an import's rows arriving: checked afresh once they are here; so are all
    // rows when a column came or went (a merge's new column may be one the checks know).
    if (event.kind === 'reset' || event.kind === 'append' || !this.ready || this.ctx.map !== this.dataset.columnMap) {
      void this.checkAll();
      return;
    }
    if (event.kind === 'structure') for (const row of event.removed) this.pending.set(row.id, null);
    for (const row of event.before) this.pending.set(row.id, null);
    for (const row of event.after) this.pending.set(row.id, row);
    if (event.kind === 'structure') for (const row of event.added) this.pending.set(row.id, row);
    if (this.draining || this.pending.size > CHUNK) {
      void this.drain();
    } else {
      this.checkPending(Infinity);
      this.publishSoon();
    }
  }

  /** Checks the pending rows a chunk at a time, then lists the findings once. */
  private async drain(): Promise<void> {
    if (this.draining) return;
    this.draining = true;
    const run = this.run;
    try {
      // Not in the change's own task: the grid shows the new cells first.
      do {
        await yieldToPage();
        if (run !== this.run) return;
        this.checkPending(CHUNK / 2);
      } while (this.pending.size > 0);
      this.publish();
    } finally {
      this.draining = false;
    }
  }

  private checkPending(limit: number): void {
    let done = 0;
    for (const [id, row] of this.pending) {
      this.pending.delete(id);
      this.remove(id);
      if (row) this.add(row);
      if (++done >= limit) return;
    }
  }

  /**
   * The list is made again at the page's next idle moment after a change, not during it: the
   * cell shows its new text and the edit is saved first, and a burst of typing makes the list once.
   */
  private publishSoon(): void {
    if (this.publishing) return;
    const ticket = (this.publishing = {});
    void this.port.quiet().then(() => this.publishing === ticket && this.publish());
  }

  private add(row: Row): void {
    const found = this.checkRow(row, this.ctx);
    if (found.length > 0) this.perRow.set(row.id, found);
    this.register.add(row);
  }

  private remove(id: number): void {
    this.perRow.delete(id);
    this.register.remove(id);
  }

  /** A row's findings, its own and the register-wide ones, ignored or not. */
  private findingsOfRow(id: number): Finding[] {
    return [...(this.perRow.get(id) ?? []), ...this.register.findingsOf(id)];
  }

  private shown(f: Finding): boolean {
    return !this.ignoredRows.has(f.rowId) || !this.ignored.has(ignoreKey(f));
  }

  private *shownFindings(): Generator<Finding> {
    for (const found of this.perRow.values()) for (const f of found) if (this.shown(f)) yield f;
    for (const f of this.register.findings()) if (this.shown(f)) yield f;
  }

  /**
   * One pass over the findings, no sort and no index of them all: at 100,000 rows (110,000
   * findings) either cost more than 0.25 s of main thread after each edit (listing.ts).
   */
  private publish(): void {
    this.publishing = null;
    // Row ids rise in the order rows were imported or added: close enough to the register's order.
    const { first, count } = listFindings(this.shownFindings(), LISTED, (id) => id);
    this.listed = first;
    this.count = count;
    // Only rows with an Ignore are looked at: a handful, however large the register.
    this.ignoredFindings = [...this.ignoredRows].flatMap((id) => this.findingsOfRow(id).filter((f) => !this.shown(f)));
    this.byRow = new Map();
    this.version++;
  }
}
