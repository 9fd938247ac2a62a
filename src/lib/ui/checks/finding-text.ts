import type { Finding } from '../../domain/checks/types';
import { t, type MessageKey } from '../../text/messages';

/** What a finding says, in the catalogue's words (text/en.ts `checks.<check>`). */
export function findingMessage(finding: Finding): string {
  const key = `checks.${finding.check}` as MessageKey;
  // Each check's parameters are the ones its message takes (domain/checks/*.ts fill them).
  return (t as (key: MessageKey, params: unknown) => string)(key, finding.params);
}
