import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, statfsSync, writeFileSync } from 'node:fs';
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

  /** Fills the disk from outside until only `leave` bytes are free. */
  fill(leave: number): void {
    const { bavail, bsize } = statfsSync(this.path);
    const free = bavail * bsize;
    if (free > leave) writeFileSync(join(this.path, 'filler'), Buffer.alloc(free - leave, 1));
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
