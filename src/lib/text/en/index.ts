import { core } from './core';
import { files } from './files';
import { refusals } from './refusals';
import { review } from './review';
import { tools } from './tools';

/**
 * Every sentence Pactsheet shows, in English: the catalogue other languages copy key for key
 * (messages.ts makes a missing key a compile error). Parameters are named; counts go through
 * `f.number`/`f.plural`, line and column numbers are written plain. User data (file names, cell
 * text) is put next to a plural form, never inside one, where a "#" in it would be replaced.
 */
export const en = { ...core, ...files, ...review, ...tools, ...refusals };
