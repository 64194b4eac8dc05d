import type { SourceText } from '../graph/types';
import seedText from './seed.txt?raw';

/**
 * The built-in sample corpus: two articles in one file (encryption backdoors; Amnesty on
 * "us vs them" politics). Share links refer to it by id plus a hash of its text.
 */
export const SEED_ID = 'seed';
export const SEED: SourceText = { source: 'builtin:seed', text: seedText };
