import { describe, expect, it } from 'vitest';
import type { BackupSummary } from '../../../src/lib/domain/backup';
import { summarise } from '../../../src/lib/domain/import-result';
import { cancelledMessage, replaceQuestion, type Replacement } from '../../../src/lib/domain/replace-question';
import { importFixture } from '../support/sample';

const backup: BackupSummary = { name: 'partner-agreements', rowCount: 74, columnCount: 10, savedAt: '2026-11-28T12:00:00.000Z' };
const restore: Replacement = { kind: 'restore', fileName: 'agreements-backup.json', summary: backup };
const sample: Replacement = { kind: 'import', fileName: 'partner-agreements.tsv', summary: summarise(importFixture('partner-agreements.tsv')) };
const clean: Replacement = { kind: 'import', fileName: 'clean.tsv', summary: summarise(importFixture('sample-excel-bom-crlf.tsv')) };

describe('the replace question', () => {
  it('says which dataset a backup holds, when it was saved, and that settings come with it', () => {
    expect(replaceQuestion(restore, 1)).toEqual({
      holds: 'is a backup of partner-agreements saved on Nov 28, 2026: 74 agreements in 10 columns, with its settings.',
      discards: 'Replacing discards the 1 agreement you have now, including your edits, and your settings. Export first if you want to keep them.',
    });
  });

  it('says what an imported file holds and what it replaces, with its skipped lines', () => {
    expect(replaceQuestion(sample, 1_234)).toEqual({
      holds: 'holds 74 agreements in 10 columns.',
      discards: 'Replacing discards the 1,234 agreements you have now, including your edits. Export first if you want to keep them.',
      note: '6 lines are not agreements and will be kept where they stand; 0 rows have a different number of fields and will be kept as they are.',
    });
  });

  it('adds no note for a file whose every line is an agreement', () => {
    expect(replaceQuestion(clean, 74).note).toBeUndefined();
  });

  it('counts one column as one', () => {
    const narrow: Replacement = { ...restore, summary: { ...backup, rowCount: 1, columnCount: 1 } };
    expect(replaceQuestion(narrow, 2).holds).toContain(': 1 agreement in 1 column,');
  });

  it.each([
    ['restore', restore, 'Restore cancelled: agreements-backup.json was not restored; nothing changed.'],
    ['import', sample, 'Import cancelled: partner-agreements.tsv was not imported; nothing changed.'],
  ])('says a cancelled %s changed nothing', (_, replacement, message) => {
    expect(cancelledMessage(replacement)).toBe(message);
  });
});
