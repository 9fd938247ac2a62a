import { core } from './core';
import { files } from './files';
import { refusals } from './refusals';
import { review } from './review';
import { tools } from './tools';
import type { Catalogue } from '../messages';

/**
 * Every sentence Pactsheet shows, in Kazakh, key for key as en/ (a missing key is a compile
 * error). A Kazakh noun stays singular after a number («74 келісім»), so counts need one form;
 * they still go through `f.plural` so that the number is written the Kazakh way («100 000»).
 */
export const kk: Catalogue = { ...core, ...files, ...review, ...tools, ...refusals };
