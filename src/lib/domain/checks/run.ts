import type { Row } from '../row';
import { placeChecks } from './countries';
import { dateChecks } from './dates';
import { rankingChecks } from './rankings';
import { registrationYear } from './registration';
import { missingValues } from './required';
import { extraSpaces } from './spaces';
import type { CheckContext, Finding, RowCheck } from './types';

/** Every check that needs only the row itself; register.ts has those that compare rows. */
const ROW_CHECKS: readonly RowCheck[] = [missingValues, dateChecks, rankingChecks, registrationYear, placeChecks, extraSpaces];

export function checkRow(row: Row, ctx: CheckContext): Finding[] {
  const found: Finding[] = [];
  for (const check of ROW_CHECKS) for (const f of check(row, ctx)) found.push(f);
  return found;
}
