import { execFileSync } from 'node:child_process';
import { appendFileSync, mkdirSync, mkdtempSync, rmSync, statfsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A small tmpfs, to give Chromium a disk that really fills up. Mounting needs root, which CI
 * (and the machines this project is developed on) has; elsewhere the test fails and says why,
 * rather than being skipped.
 */
export class SmallDisk {
  readonly path: string;

  constructor(private readonly megabytes: number) {
    this.path = join(mkdtempSync(join(tmpdir(), 'pactsheet-disk-')), 'mount');
  }

  mount(): void {
    mkdirSync(this.path, { recursive: true });
    try {
      execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${this.megabytes}m`, 'tmpfs', this.path], { stdio: 'pipe' });
    } catch (error) {
      throw new Error(
        `The full-disk test gives Chromium a ${this.megabytes} MB tmpfs and needs root to mount it ` +
          `(mount -t tmpfs): ${String(error)}. Run the browser tests as root (CI does).`,
      );
    }
  }

  /**
   * Fills the disk from outside until only about `leave` bytes are free. In steps, reading the
   * free space again each time: Chromium may be writing to the same disk meanwhile, and a write
   * that meets a full disk has filled it.
   */
  fill(leave: number): void {
    const filler = join(this.path, 'filler');
    for (;;) {
      const { bavail, bsize } = statfsSync(this.path);
      const step = Math.min(bavail * bsize - leave, 4_000_000);
      if (step <= 0) return;
      try {
        appendFileSync(filler, Buffer.alloc(step, 1));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOSPC') return;
        throw error;
      }
    }
  }

  /** Frees what `fill` took, as a user freeing disk space would. */
  release(): void {
    rmSync(join(this.path, 'filler'), { force: true });
  }

  unmount(): void {
    try {
      execFileSync('umount', ['-l', this.path], { stdio: 'pipe' });
    } catch {
      // Already gone; a lazy unmount cannot fail in a way worth failing the suite for.
    }
  }
}
