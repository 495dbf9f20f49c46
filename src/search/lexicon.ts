import { LEXICON_VERSION, type Lexicon } from '../conference/load.js';
import type { Knowledge } from './index.js';

export { LEXICON_VERSION, type Lexicon };

/** One report stem a word stands for, and how much of the word it carries (0–1). */
export interface Relation {
  stem: string;
  weight: number;
}

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

/** A conference folder without `lexicon.json`: nothing is related to anything. */
export const EMPTY_LEXICON: Lexicon = { source: 'none', related: new Map() };

const NONE: readonly Relation[] = [];
const parsed = new WeakMap<Lexicon, Map<string, readonly Relation[]>>();

/**
 * The report stems a stem is related to, closest first; empty when the lexicon knows none.
 *
 * @example
 * related(lexicon, 'meal'); // [{ stem: 'breakfast', weight: 0.6 }, { stem: 'lunch', weight: 0.6 }, { stem: 'food', weight: 0.5 }]
 */
export function related(lexicon: Lexicon, stem: string): readonly Relation[] {
  const line = lexicon.related.get(stem);
  if (line === undefined) return NONE;
  let memo = parsed.get(lexicon);
  if (!memo) parsed.set(lexicon, (memo = new Map()));
  let relations = memo.get(stem);
  if (!relations) {
    relations = line.split(' ').map((pair) => ({ stem: pair.slice(0, -2), weight: Number(pair.slice(-1)) / 10 }));
    memo.set(stem, relations);
  }
  return relations;
}
