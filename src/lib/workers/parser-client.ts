import type { ImportResult } from '../domain/import-result';
import type { ParseRequest, ParseResponse } from './parse-protocol';

/** Parses files in a worker, one typed request/response per file. */
export class ParserClient {
  private worker: Worker | null = null;
  private nextId = 1;
  private waiting = new Map<number, (result: ImportResult) => void>();

  parse(bytes: ArrayBuffer): Promise<ImportResult> {
    const worker = this.start();
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.waiting.set(id, resolve);
      // Transferred, not copied: a 50 MB file is handed over for free.
      worker.postMessage({ id, bytes } satisfies ParseRequest, [bytes]);
    });
  }

  private start(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(new URL('./parse.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<ParseResponse>) => {
      this.waiting.get(event.data.id)?.(event.data.result);
      this.waiting.delete(event.data.id);
    };
    worker.onerror = (event) => {
      const message = `The file reader stopped unexpectedly (${event.message || 'worker error'}). Reload the page and try again.`;
      for (const resolve of this.waiting.values()) resolve({ ok: false, error: { message } });
      this.waiting.clear();
      this.worker = null;
    };
    this.worker = worker;
    return worker;
  }
}
