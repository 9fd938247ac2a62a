// Types for serve.mjs, which stays plain ESM so that the bench runs on Node 20 as it is.
export const CONTENT_TYPES: Record<string, string>;
export function serve(root: string, extra: Record<string, Buffer>): Promise<{ url: string; close: () => Promise<void> }>;
