import type { DataRequest, DataResponse, Envelope } from './data-protocol';

/** The app's side of the data worker: one typed request, one typed response. */
export class DataClient {
  private worker: Worker | null = null;
  private nextId = 1;
  private waiting = new Map<number, (response: DataResponse) => void>();

  /** Whether the worker is running: a request starts it. */
  get running(): boolean {
    return this.worker !== null;
  }

  request(body: DataRequest, transfer: Transferable[] = []): Promise<DataResponse> {
    const worker = this.start();
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.waiting.set(id, resolve);
      worker.postMessage({ id, body } satisfies Envelope<DataRequest>, transfer);
    });
  }

  private start(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(new URL('./data.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<Envelope<DataResponse>>) => {
      this.waiting.get(event.data.id)?.(event.data.body);
      this.waiting.delete(event.data.id);
    };
    worker.onerror = (event) => {
      const detail = event.message || 'worker error';
      for (const resolve of this.waiting.values()) resolve({ type: 'failed', reason: { key: 'failure.workerStopped', params: { detail } } });
      this.waiting.clear();
      // Ended for good, so that it holds no database connection another tab's upgrade waits on.
      worker.terminate();
      this.worker = null;
    };
    this.worker = worker;
    return worker;
  }
}

/** One worker for the whole app: it keeps the parsed file between "parse" and "store". */
export const dataWorker = new DataClient();
