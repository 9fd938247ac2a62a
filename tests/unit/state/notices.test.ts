import { describe, expect, it } from 'vitest';
import { Notices } from '../../../src/lib/state/notices.svelte';

const texts = (n: Notices) => n.list.map((m) => `${m.kind}: ${typeof m.text === 'function' ? m.text() : m.text}`);

describe('notices', () => {
  it('drops a refused file’s error once the next import succeeds', () => {
    const notices = new Notices();
    notices.error('notes.pdf was not imported: it is not a text file', undefined, 'import');
    notices.info('Imported 74 agreements', undefined, 'import');
    expect(texts(notices)).toEqual(['info: Imported 74 agreements']);
  });

  it('keeps an error on another topic beside an import’s outcome', () => {
    const notices = new Notices();
    notices.error('The backup failed.');
    notices.info('Imported 74 agreements', undefined, 'import');
    expect(texts(notices)).toEqual(['error: The backup failed.', 'info: Imported 74 agreements']);
  });

  it('still lets a newer message of the same kind replace the older', () => {
    const notices = new Notices();
    notices.info('Exported 74 agreements');
    notices.info('Imported 74 agreements', undefined, 'import');
    expect(texts(notices)).toEqual(['info: Imported 74 agreements']);
  });
});
