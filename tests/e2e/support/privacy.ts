import type { BrowserContext, Request } from 'playwright-core';

/** URLs that never leave the device, whatever page made them. */
const LOCAL_SCHEMES = new Set(['data:', 'blob:', 'about:']);

/**
 * Records every request of a browser context, the service worker's included (Playwright reports
 * them on the context, with `request.serviceWorker()` set), so a test can prove that nothing
 * went to any origin but the app's. Attach it before the first navigation.
 */
export class RequestRecorder {
  readonly requests: { url: string; fromServiceWorker: boolean }[] = [];
  private readonly origin: string;
  private readonly listener = (request: Request) =>
    this.requests.push({ url: request.url(), fromServiceWorker: request.serviceWorker() !== null });

  constructor(
    private readonly context: BrowserContext,
    /** The app's origin, or any URL on it. */
    appUrl: string,
  ) {
    this.origin = new URL(appUrl).origin;
    context.on('request', this.listener);
  }

  /** Every request whose URL is neither on the app's origin nor local (data:, blob:). */
  foreign(): string[] {
    return this.requests
      .map((r) => r.url)
      .filter((url) => {
        const parsed = new URL(url);
        return !LOCAL_SCHEMES.has(parsed.protocol) && parsed.origin !== this.origin;
      });
  }

  stop(): void {
    this.context.off('request', this.listener);
  }
}

export interface CspViolation {
  directive: string;
  blockedURI: string;
  sourceFile: string;
  sample: string;
}

/**
 * Collects Content-Security-Policy violations from every page of the context, across reloads.
 * Call before the first navigation: the listener is installed ahead of the app's own scripts.
 */
export async function recordCspViolations(context: BrowserContext): Promise<CspViolation[]> {
  const violations: CspViolation[] = [];
  await context.exposeBinding('__reportCspViolation', (_source, violation: CspViolation) => {
    violations.push(violation);
  });
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      const report = (window as unknown as { __reportCspViolation: (v: unknown) => void }).__reportCspViolation;
      report({ directive: e.effectiveDirective, blockedURI: e.blockedURI, sourceFile: e.sourceFile, sample: e.sample });
    });
  });
  return violations;
}
