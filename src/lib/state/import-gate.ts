/**
 * From an import's start until it is stored or given up: what work that can wait (the full Checks)
 * waits for, leaving the machine to the import.
 */
export class ImportGate {
  private open: { promise: Promise<void>; resolve: () => void } | null = null;

  /** An import began (one under way is over: a newer one replaced it). */
  begin(): void {
    this.end();
    let resolve!: () => void;
    this.open = { promise: new Promise<void>((done) => (resolve = done)), resolve };
  }

  /** The import is stored, given up, or replaced by other data. */
  end(): void {
    this.open?.resolve();
    this.open = null;
  }

  get importing(): boolean {
    return this.open !== null;
  }

  /** Resolves at once, or when the import under way ends. */
  passed(): Promise<void> {
    return this.open?.promise ?? Promise.resolve();
  }
}
