import type { KnownColumn } from '../columns';
import { cell, finding, type RowCheck } from './types';

/** The columns the office fills for every agreement: who started it, with whom, and where. */
const REQUIRED: readonly KnownColumn[] = ['actor', 'city', 'partner'];

/** A required cell that is blank (Frictionless missing-cell). "-" counts as a value: it says "none". */
export const missingValues: RowCheck = (row, ctx) =>
  REQUIRED.flatMap((key) => {
    const found = cell(row, ctx, key);
    return found && found[1].trim() === '' ? [finding(row, found[0], 'missing-value', 'missing-cell', 'error')] : [];
  });
