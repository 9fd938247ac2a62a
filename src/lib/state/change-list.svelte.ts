/* eslint-disable svelte/prefer-svelte-reactivity -- its Dates are timestamps, never rendered */
import { format } from 'date-fns';
import { ChangeLines, changesTsv, type ChangeLine } from '../domain/change-list';
import { netChanges } from '../domain/net-changes';
import type { EncodeResult } from '../domain/tsv-encode';
import type { ChangeLogPort } from './change-log-port';
import type { Workspace } from './workspace.svelte';

/** Log entries read per page; lines are shown in steps of `STEP`. */
const PAGE = 200;
const STEP = 200;

/**
 * The Changes view's list: every change in the log, newest first, or only what changed since the
 * last export, as it adds up (domain/net-changes.ts). All changes are read a page at a time, as far as the view shows, so a 10,000-entry log
 * costs what the screen holds. While it is open it follows every commit and other tabs' writes.
 */
export class ChangeList {
  sinceExport = $state(false);
  /** The lines read so far, newest first. */
  lines = $state.raw<ChangeLine[]>([]);
  /** How many of them the view shows. */
  shown = $state(STEP);
  loading = $state(false);
  /** Older entries exist beyond the lines read. */
  private before: number | undefined;
  private lineMaker: ChangeLines;
  private generation = 0;

  private olderExist = $state(false);
  visible = $derived(this.lines.slice(0, this.shown));
  hasMore = $derived(this.lines.length > this.shown || this.olderExist);

  constructor(
    private readonly workspace: Workspace,
    private readonly log: ChangeLogPort,
  ) {
    this.lineMaker = this.newLineMaker();
  }

  /** Reads the list from the start and follows changes until the returned function is called. */
  open(): () => void {
    void this.reload();
    const stopCommits = this.workspace.onCommit(() => void this.reload());
    const stopRows = this.workspace.dataset.subscribe((event) => event.kind !== 'append' && void this.reload());
    return () => {
      stopCommits();
      stopRows();
      this.generation++;
    };
  }

  async setSinceExport(since: boolean): Promise<void> {
    this.sinceExport = since;
    this.shown = STEP;
    await this.reload();
  }

  /** Shows the next lines, reading older entries if the ones read don't reach. */
  async showMore(): Promise<void> {
    this.shown += STEP;
    const generation = this.generation;
    while (this.lines.length < this.shown && this.olderExist && generation === this.generation) await this.readPage(generation);
  }

  /** Reads the list again from the newest (after a change), as far as it was shown. */
  async reload(): Promise<void> {
    const generation = ++this.generation;
    this.loading = true;
    try {
      await this.workspace.flush();
      if (generation !== this.generation) return;
      this.lineMaker = this.newLineMaker();
      this.before = undefined;
      this.olderExist = false;
      if (this.sinceExport) {
        const entries = await this.readSince();
        if (generation === this.generation) this.lines = netChanges(this.lineMaker.add(entries));
        return;
      }
      this.lines = [];
      do await this.readPage(generation);
      while (this.lines.length < this.shown && this.olderExist && generation === this.generation);
    } finally {
      if (generation === this.generation) this.loading = false;
    }
  }

  /** "What I changed": the changes since the last export as a TSV in the register's dialect. */
  async sinceExportTsv(now = new Date()): Promise<(EncodeResult & { fileName: string; count: number }) | null> {
    const meta = this.workspace.meta;
    if (!meta) return null;
    await this.workspace.flush();
    const lines = netChanges(this.newLineMaker().add(await this.readSince()));
    const result = changesTsv(lines, meta.header, meta.dialect);
    return { ...result, count: lines.length, fileName: `${meta.name}-changes-${format(now, 'yyyy-MM-dd')}.tsv` };
  }

  private readSince() {
    return this.log.readSince(this.workspace.meta?.exportedAt);
  }

  private async readPage(generation: number): Promise<void> {
    const page = await this.log.readPage(this.before, PAGE);
    if (generation !== this.generation) return;
    this.before = page.before;
    this.olderExist = page.before !== undefined;
    this.lines = [...this.lines, ...this.lineMaker.add(page.entries)];
  }

  private newLineMaker(): ChangeLines {
    const paged = () => this.workspace.dataset.paged;
    return new ChangeLines((id) => paged().get(id));
  }
}
