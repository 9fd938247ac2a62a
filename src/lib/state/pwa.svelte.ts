import { Workbox } from 'workbox-window';
import { t } from '../text/messages';
import { importer } from './importer.svelte';
import { notices } from './notices.svelte';
import { workspace } from './app';

/** Chromium's install prompt event; not in TypeScript's DOM types. */
interface BeforeInstallPromptEvent extends Event {
  prompt(): Promise<void>;
  readonly userChoice: Promise<{ outcome: 'accepted' | 'dismissed' }>;
}

/** File Handling API: how an installed app receives the files it was opened with. */
interface LaunchParams {
  readonly files: readonly FileSystemHandle[];
}
type WithLaunchQueue = Window & { launchQueue?: { setConsumer(consumer: (params: LaunchParams) => void): void } };

/** How often an open tab asks the server for a new release (browsers only check on navigation). */
const UPDATE_CHECK_MS = 60 * 60 * 1000;

/**
 * The installed-app side of Pactsheet: the service worker (registered in "prompt" mode, so a new
 * release never reloads the page on its own), the install button, and files opened from the OS.
 */
class Pwa {
  /** A new release is waiting (or another tab already switched to it): offer "Reload". */
  updateReady = $state(false);
  /** The browser offered installation and the app is not installed yet. */
  canInstall = $state(false);

  private wb: Workbox | null = null;
  /** The new worker is still waiting; false once another tab has let it take over. */
  private waiting = false;
  private installEvent: BeforeInstallPromptEvent | null = null;

  /** Starts everything; returns the cleanup for the component that owns the app's lifetime. */
  start(): () => void {
    const onInstallPrompt = (event: Event) => {
      // Keep the event instead of letting Chromium show its own mini-infobar; our button uses it.
      event.preventDefault();
      this.installEvent = event as BeforeInstallPromptEvent;
      this.canInstall = true;
    };
    const onInstalled = () => {
      this.installEvent = null;
      this.canInstall = false;
    };
    window.addEventListener('beforeinstallprompt', onInstallPrompt);
    window.addEventListener('appinstalled', onInstalled);
    (window as WithLaunchQueue).launchQueue?.setConsumer((params) => void this.openLaunched(params));
    const stopUpdates = this.register();
    return () => {
      window.removeEventListener('beforeinstallprompt', onInstallPrompt);
      window.removeEventListener('appinstalled', onInstalled);
      stopUpdates();
    };
  }

  /** Commits the cell being edited, waits for the save, then switches to the new release. */
  async reload(): Promise<void> {
    // The grid stops editing (and saves the value) when the editor loses focus.
    (document.activeElement as HTMLElement | null)?.blur();
    await new Promise((resolve) => setTimeout(resolve, 0));
    await whenSaved();
    if (!this.wb || !this.waiting) {
      location.reload();
      return;
    }
    // Reload only once the new worker controls this page, or it would load the old release again.
    this.wb.addEventListener('controlling', () => location.reload());
    this.wb.messageSkipWaiting();
  }

  async install(): Promise<void> {
    const event = this.installEvent;
    if (!event) return;
    this.installEvent = null;
    this.canInstall = false;
    await event.prompt();
  }

  /** The built app only: in `vite dev` there is no service worker to register. */
  private register(): () => void {
    if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return () => {};
    // Relative to the page when the base is './', so a sub-path host works without configuration.
    const wb = new Workbox(`${import.meta.env.BASE_URL}sw.js`, { scope: import.meta.env.BASE_URL });
    this.wb = wb;
    wb.addEventListener('waiting', () => {
      this.waiting = true;
      this.updateReady = true;
    });
    wb.addEventListener('controlling', (event) => {
      // Another tab clicked "Reload": this page still runs the old code, so offer a reload too,
      // but never reload it without the user's click.
      if (event.isExternal || event.isUpdate) {
        this.waiting = false;
        this.updateReady = true;
      }
    });
    wb.register().catch((error: unknown) => console.warn('Offline use is unavailable:', error));
    const timer = setInterval(() => void wb.update().catch(() => undefined), UPDATE_CHECK_MS);
    return () => clearInterval(timer);
  }

  /** The OS opened the installed app with files: one dataset is open at a time, so the first. */
  private async openLaunched({ files }: LaunchParams): Promise<void> {
    const [first, ...rest] = files.filter((h): h is FileSystemFileHandle => h.kind === 'file');
    if (!first) return;
    try {
      if (rest.length > 0) notices.error(t('pwa.oneFileAtATime', { names: rest.map((h) => h.name) }));
      await importer.importFile(await first.getFile());
    } catch (error) {
      notices.error(t('pwa.couldNotOpen', { file: first.name, error: String(error) }));
    }
  }
}

/** Resolves when every edit has reached IndexedDB (or after 5 s, rather than never reloading). */
async function whenSaved(): Promise<void> {
  for (let waited = 0; workspace.saves.pending > 0 && waited < 5000; waited += 25) {
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

export const pwa = new Pwa();
