import { LEXICON_VERSION, type Lexicon } from '../conference/load.js';
import type { Knowledge } from './index.js';

export { LEXICON_VERSION, type Lexicon };

/**
 * A question word found in fewer passages than this is also searched through its related report
 * stems; one the report uses this often is searched as itself only.
 */
export const EXPAND_BELOW = 4;

/**
 * The text the passage index matches words in (passages, and the titles they stand under): the
 * vocabulary a lexicon may point to.
 */
export function indexedText(k: Pick<Knowledge, 'passages'>): string {
  return k.passages.map(({ passage, session, section }) => `${passage.text}\n${session?.title ?? section?.heading ?? ''}`).join('\n');
}

/** One report stem a word stands for, and how much of the word it carries (0–1). */
export interface Relation {
  stem: string;
  weight: number;
}

/** A conference folder without `lexicon.json`: nothing is related to anything. */
export const EMPTY_LEXICON: Lexicon = { version: LEXICON_VERSION, source: 'none', related: {} };

const NONE: readonly Relation[] = [];
const cache = new WeakMap<Lexicon, Map<string, readonly Relation[]>>();

/**
 * The report stems a stem is related to, closest first; empty when the lexicon knows none.
 *
 * @example
 * related(lexicon, 'meal'); // [{ stem: 'lunch', weight: 0.6 }, …]
 */
export function related(lexicon: Lexicon, stem: string): readonly Relation[] {
  const entry = Object.hasOwn(lexicon.related, stem) ? lexicon.related[stem] : undefined;
  if (!entry) return NONE;
  let memo = cache.get(lexicon);
  if (!memo) cache.set(lexicon, (memo = new Map()));
  let relations = memo.get(stem);
  if (!relations) {
    relations = Object.entries(entry)
      .map(([s, weight]) => ({ stem: s, weight }))
      .sort((a, b) => b.weight - a.weight);
    memo.set(stem, relations);
  }
  return relations;
}
