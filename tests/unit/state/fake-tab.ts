import 'fake-indexeddb/auto';
import { readDataset, readMeta } from '../../../src/lib/db/dataset-repo';
import { reopen } from '../../../src/lib/db/db';
import { PactsheetDB } from '../../../src/lib/db/schema';
import { Editor } from '../../../src/lib/state/editor';
import type { Messages } from '../../../src/lib/state/storage-guard.svelte';
import type { StoragePort } from '../../../src/lib/state/storage-port';
import { TabSync } from '../../../src/lib/state/tab-sync';
import { Workspace } from '../../../src/lib/state/workspace.svelte';
import type { DataRequest, DataResponse } from '../../../src/lib/workers/data-protocol';
import { DataService } from '../../../src/lib/workers/data-service';
import { fixture } from '../support/sample';
import { say } from '../../../src/lib/text/messages';

/** Messages as a list, to assert on. */
export class MessageLog implements Messages {
  errors: string[] = [];
  infos: string[] = [];
  error(text: string) {
    this.errors.push(text);
    return this.errors.length;
  }
  info(text: string) {
    this.infos.push(text);
    return -this.infos.length;
  }
  dismiss() {}
}

/**
 * One browser tab under Node: the app's state over a real IndexedDB engine (fake-indexeddb), with
 * the data worker's own code (DataService) behind the port, messages cloned as postMessage does.
 * `intercept` lets a test fail a request or hold it.
 */
export class FakeTab {
  readonly db: PactsheetDB;
  readonly messages = new MessageLog();
  readonly workspace: Workspace;
  readonly editor: Editor;
  readonly sync: TabSync;
  readonly port: StoragePort;
  intercept: ((body: DataRequest) => DataResponse | undefined) | null = null;
  requests: DataRequest['type'][] = [];

  constructor(name: string) {
    this.db = new PactsheetDB(name);
    const service = new DataService(this.db);
    this.port = {
      request: async (body) => {
        this.requests.push(body.type);
        const intercepted = this.intercept?.(body);
        if (intercepted) return intercepted;
        await reopen(this.db).catch(() => undefined);
        return structuredClone((await service.handle(structuredClone(body))).response);
      },
      running: true,
      readDataset: () => readDataset(this.db),
      readMeta: () => readMeta(this.db),
      reopen: () => reopen(this.db),
      close: () => this.db.close(),
    };
    this.workspace = new Workspace(this.port, this.messages, { renewalMonths: 6 }, { retryMs: 5 });
    this.editor = new Editor(this.workspace, this.port, this.messages);
    this.sync = new TabSync(this.workspace, this.messages);
  }

  /** Imports a fixture as the importer does (parse, prepare, pages, store), then shows it. */
  async importFixture(name: string): Promise<void> {
    await this.importBytes(fixture(name).slice().buffer, name);
  }

  /** Imports a file's bytes as the importer does. */
  async importBytes(bytes: ArrayBuffer, name: string): Promise<void> {
    await this.port.request({ type: 'parse', file: new Blob([bytes]) });
    const prepared = await this.port.request({ type: 'prepare', fileName: name, now: Date.UTC(2026, 10, 28), stamp: this.workspace.ownStamp() });
    if (prepared.type !== 'prepared') throw new Error(prepared.type);
    const stored = await this.port.request({ type: 'store' });
    if (stored.type !== 'stored') throw new Error(stored.type === 'failed' ? say(stored.reason) : stored.type);
    await this.workspace.load();
  }

  cells(): string[][] {
    return this.workspace.dataset.rows.map((row) => [...row.cells]);
  }

  async storedCells(): Promise<string[][] | undefined> {
    return (await readDataset(this.db))?.pages.flat().map((row) => [...row.cells]);
  }
}
