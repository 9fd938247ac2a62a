/// <reference lib="webworker" />
import { importBytes } from '../domain/import-file';
import type { ParseRequest, ParseResponse } from './parse-protocol';

// A thin shell: decoding and parsing live in domain/ (tested under Node); this only moves the
// work off the main thread so a big file never freezes the page.
self.onmessage = (event: MessageEvent<ParseRequest>) => {
  const { id, bytes } = event.data;
  let response: ParseResponse;
  try {
    response = { id, result: importBytes(new Uint8Array(bytes)) };
  } catch (error) {
    // importBytes returns errors as values; reaching here is a bug, reported rather than hung on.
    const detail = error instanceof Error ? error.message : String(error);
    response = { id, result: { ok: false, error: { message: `Pactsheet could not read this file (${detail}).` } } };
  }
  (self as unknown as DedicatedWorkerGlobalScope).postMessage(response);
};
