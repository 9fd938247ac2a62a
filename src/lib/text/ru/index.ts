import { core } from './core';
import { files } from './files';
import { refusals } from './refusals';
import { review } from './review';
import { tools } from './tools';
import type { Catalogue } from '../messages';

/**
 * Every sentence Pactsheet shows, in Russian, key for key as en/ (a missing key is a compile
 * error). Plurals have Russian's forms: one (1, 21), few (2–4, 22), many (5–20, 25), other (1,5).
 * The agreement is «соглашение» (neuter), so participles agree with it: «Импортировано 74 соглашения».
 */
export const ru: Catalogue = { ...core, ...files, ...review, ...tools, ...refusals };
