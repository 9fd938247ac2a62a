import { describe, expect, it } from 'vitest';
import { loose } from '../../../../src/lib/domain/merge/match';

describe('a key as matching compares it', () => {
  it.each([
    ['01-19/1', '01-19/1'],
    ['AB-01/2', 'ab-01/2'],
    ['  007 ', '7'],
    ["'0012", '12'],
    ['0', '0'],
    ['00', '0'],
    ['0x1F', '0x1f'],
    ['Алматы', 'алматы'],
    ['İstanbul', 'İstanbul'.toLowerCase()],
    ['', ''],
  ])('%j → %j', (text, key) => {
    expect(loose(text)).toBe(key);
  });
});
