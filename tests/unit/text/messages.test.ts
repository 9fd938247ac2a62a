import { describe, expect, it } from 'vitest';
import { en } from '../../../src/lib/text/en';
import { formatFor } from '../../../src/lib/text/format';
import { format, messageParts, t, type Catalogue } from '../../../src/lib/text/messages';

describe('t', () => {
  it.each([
    [0, '0 agreements'],
    [1, '1 agreement'],
    [2, '2 agreements'],
    [100_000, '100,000 agreements'],
  ])('counts %i as "%s"', (count, text) => {
    expect(t('agreements', { count })).toBe(text);
  });

  it('gives fixed text for a key without parameters', () => {
    expect(t('toolbar.exportTsv')).toBe('Export TSV');
    expect(t('status.renewal-due')).toBe('Renewal due');
  });

  it('writes counts with thousands separators and line numbers plain', () => {
    expect(t('toolbar.shown', { shown: 1234, total: 100_000 })).toBe('1,234 of 100,000 agreements');
    expect(t('import.ragged', { line: 12345, fields: 3, expected: 10 })).toBe(
      'Line 12345 has 3 fields where the header has 10; kept as it is.',
    );
  });

  it('keeps a "#" in a file name as typed', () => {
    expect(t('export.done', { count: 1, file: 'list #2.tsv' })).toBe('Exported 1 agreement to list #2.tsv');
    expect(t('export.unencodable', { count: 2, encoding: 'x#' })).toBe(
      `2 characters cannot be written in x#, the file's encoding, and became "?".`,
    );
  });

  it('shows "Delete selected" with the count only when rows are selected', () => {
    expect(t('toolbar.deleteSelected', { count: 0 })).toBe('Delete selected');
    expect(t('toolbar.deleteSelected', { count: 74 })).toBe('Delete selected (74)');
  });

  it('refuses unknown keys and wrong parameters at compile time', () => {
    // @ts-expect-error: no such key
    expect(() => t('toolbar.nothing')).toThrow();
    // @ts-expect-error: "agreements" needs its count
    void (() => t('agreements'));
    // @ts-expect-error: fixed text takes no parameters
    void (() => t('toolbar.import', { count: 1 }));
  });
});

describe('format', () => {
  it('formats numbers and picks plural forms for the language it is made for', () => {
    expect(format().number(100_000)).toBe('100,000');
    expect(format().number(2.345, { maximumFractionDigits: 1 })).toBe('2.3');
    const ru = formatFor('ru');
    const forms = { one: '# соглашение', few: '# соглашения', many: '# соглашений', other: '# соглашения' };
    expect([1, 3, 5, 21, 100_000].map((n) => ru.plural(n, forms))).toEqual([
      '1 соглашение',
      '3 соглашения',
      '5 соглашений',
      '21 соглашение',
      '100\u00a0000 соглашений',
    ]);
  });
});

describe('messageParts', () => {
  it('cuts a message where markup goes, keeping the other parameters formatted', () => {
    expect(messageParts('replace.fileHolds', { count: 74, columns: 10 }, ['file'])).toEqual([
      { slot: 'file' },
      ' holds 74 agreements in 10 columns.',
    ]);
    expect(messageParts('legend.renewalWindow', {}, ['input'])).toEqual([
      'Renewal due within ',
      { slot: 'input' },
      ' months',
    ]);
  });

  it('keeps each slot in the order the language puts it', () => {
    const parts = messageParts('about.backingUp', {}, ['restore', 'exportTsv', 'downloadBackup']);
    expect(parts.filter((p) => typeof p !== 'string')).toEqual([
      { slot: 'exportTsv' },
      { slot: 'downloadBackup' },
      { slot: 'restore' },
    ]);
  });
});

describe('a translation', () => {
  it('must give every key English has, with the same parameters', () => {
    // What a new language's file looks like; here English itself passes as one.
    const copy: Catalogue = en;
    expect(Object.keys(copy)).toEqual(Object.keys(en));
    const { 'toolbar.import': dropped, ...rest } = en;
    // @ts-expect-error: a catalogue without "toolbar.import" is not a Catalogue
    const missing: Catalogue = rest;
    expect([dropped, 'toolbar.import' in missing]).toEqual(['Import', false]);
  });
});
