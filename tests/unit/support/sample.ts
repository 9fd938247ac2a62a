import { readFileSync } from 'node:fs';
import { importBytes } from '../../../src/lib/domain/import-file';
import type { ParsedTable } from '../../../src/lib/domain/import-result';
import { reasonOf } from './worded';

export function fixture(name: string): Uint8Array {
  return new Uint8Array(readFileSync(new URL(`../../fixtures/${name}`, import.meta.url)));
}

/** Imports a fixture that must import; a refusal fails the test with its message. */
export function importFixture(name: string): ParsedTable {
  const result = importBytes(fixture(name));
  if (!result.ok) throw new Error(`${name} was refused: ${reasonOf(result.error)}`);
  return result.table;
}
