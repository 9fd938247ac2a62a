import type { ImportError } from '../../../src/lib/domain/import-result';
import { say } from '../../../src/lib/text/messages';

/** A refusal's reason, worded in the current language (English unless a test switches). */
export const reasonOf = (error: ImportError): string => say(error.reason);

/**
 * A result with its refusal worded as `{ message, line }`, so that a test asserts the sentence the
 * user reads; a result that is not a refusal comes back as it is.
 */
export function worded(result: { ok: boolean; error?: ImportError }): unknown {
  if (result.ok || !result.error) return result;
  const { reason, line } = result.error;
  return { ok: false, error: line === undefined ? { message: say(reason) } : { message: say(reason), line } };
}
