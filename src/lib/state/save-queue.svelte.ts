/**
 * Writes in flight, in the order they were made: the toolbar says "Saving…" until `pending` is
 * back to 0, and `flush` waits for all of them (before an import, an export, a reload).
 */
export class SaveQueue {
  pending = $state(0);
  private writes: Promise<unknown> = Promise.resolve();

  queue<T>(write: () => Promise<T>): Promise<T> {
    // With nothing in flight, start at once: a microtask later is after the grid has finished its
    // own work on the keystroke. Otherwise after the last write, so writes land in order.
    const started = this.pending === 0 ? write() : this.writes.then(write, write);
    return this.track(started);
  }

  /** Counts other work as saving (finding out whether the stored copy survived, say). */
  track<T>(work: Promise<T>): Promise<T> {
    this.pending++;
    const next = work.finally(() => this.pending--);
    this.writes = Promise.all([this.writes, next.catch(() => undefined)]);
    return next;
  }

  /** Resolves once every write queued so far has landed (or failed). */
  flush(): Promise<void> {
    return this.writes.then(() => undefined);
  }
}
