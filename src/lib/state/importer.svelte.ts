import { agreements, importDetails, importHeadline } from '../domain/import-summary';
import type { ParsedTable } from '../domain/import-result';
import { ParserClient } from '../workers/parser-client';
import { notices } from './notices.svelte';
import { workspace } from './workspace.svelte';

export interface PendingImport {
  table: ParsedTable;
  fileName: string;
}

/**
 * An import in three steps: read and validate the file (in a worker), ask before replacing
 * existing data, then store it in one transaction. Nothing stored changes until the last step,
 * so a refused or cancelled file leaves the workspace exactly as it was.
 */
class Importer {
  /** What is happening now, for the progress bar; null when idle. */
  busy = $state<string | null>(null);
  pending = $state.raw<PendingImport | null>(null);
  private parser = new ParserClient();

  async importFile(file: File): Promise<void> {
    if (this.busy) return;
    this.busy = `Reading ${file.name}…`;
    try {
      const result = await this.parser.parse(await file.arrayBuffer());
      if (!result.ok) {
        const where = result.error.line ? ` (line ${result.error.line})` : '';
        notices.error(`${file.name} was not imported${where}: ${result.error.message}`);
        return;
      }
      if (workspace.rows.length === 0) {
        await this.store({ table: result.table, fileName: file.name });
      } else {
        this.pending = { table: result.table, fileName: file.name };
      }
    } finally {
      this.busy = null;
    }
  }

  async importSample(): Promise<void> {
    // The sample ships with the app (public/), so this works offline and never leaves the origin.
    const response = await fetch(new URL('partner-agreements.tsv', document.baseURI));
    const blob = await response.blob();
    await this.importFile(new File([blob], 'partner-agreements.tsv'));
  }

  async confirmReplace(): Promise<void> {
    const pending = this.pending;
    this.pending = null;
    if (pending) await this.store(pending);
  }

  cancel(): void {
    if (this.pending) notices.info(`Import cancelled: ${this.pending.fileName} was not imported; nothing changed.`);
    this.pending = null;
  }

  private async store(pending: PendingImport): Promise<void> {
    this.busy = `Saving ${agreements(pending.table.rows.length)}…`;
    try {
      if (await workspace.replace(pending.table, pending.fileName)) {
        notices.info(importHeadline(pending.table), importDetails(pending.table));
      }
    } finally {
      this.busy = null;
    }
  }
}

export const importer = new Importer();
