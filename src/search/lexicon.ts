import { LEXICON_VERSION, type Lexicon } from '../conference/load.js';

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
 * vocabulary a lexicon may point to. Takes `Knowledge` (typed by shape, so this module and
 * `index.ts` do not import each other).
 */
export function indexedText(k: { passages: ReadonlyArray<{ passage: { text: string }; session: { title: string } | null; section: { heading: string } | null }> }): string {
  return k.passages.map(({ passage, session, section }) => `${passage.text}\n${session?.title ?? section?.heading ?? ''}`).join('\n');
}

/** A conference folder without `lexicon.json`: nothing is related to anything. */
export const EMPTY_LEXICON: Lexicon = { source: 'none', text: '', kinds: null, times: new Set() };

const NONE: readonly Relation[] = [];
const parsed = new WeakMap<Lexicon, Map<string, readonly Relation[]>>();

/**
 * The report stems a stem is related to, closest first; empty when the lexicon knows none.
 *
 * @example
 * related(lexicon, 'meal'); // [{ stem: 'breakfast', weight: 0.6 }, { stem: 'lunch', weight: 0.6 }, { stem: 'food', weight: 0.5 }]
 */
export function related(lexicon: Lexicon, stem: string): readonly Relation[] {
  let memo = parsed.get(lexicon);
  if (!memo) {
    memo = new Map();
    parsed.set(lexicon, memo);
  }
  let relations = memo.get(stem);
  if (!relations) {
    const line = lineOf(lexicon.text, stem);
    relations =
      line === null
        ? NONE
        : line
            .slice(stem.length + 1)
            .split(' ')
            .map((pair) => ({ stem: pair.slice(0, -2), weight: Number(pair.slice(-1)) / 10 }));
    // Bounded: a stream of odd questions must not grow this forever.
    if (memo.size < 10_000) memo.set(stem, relations);
  }
  return relations;
}

/**
 * The line for `stem` in the sorted lines, by binary search over the text: no 15k-entry map (nor
 * array) built at start-up. Each probe reads the line around a midpoint; a line's word ends at its
 * first space, and words are unique, so the line whose word is `stem` is the one.
 */
function lineOf(text: string, stem: string): string | null {
  let lo = 0;
  let hi = text.length;
  while (lo < hi) {
    const start = text.lastIndexOf('\n', ((lo + hi) >>> 1) - 1) + 1;
    const newline = text.indexOf('\n', start);
    const end = newline < 0 ? text.length : newline;
    const space = text.indexOf(' ', start);
    const word = text.slice(start, space < 0 || space > end ? end : space);
    if (word === stem) return text.slice(start, end);
    if (word < stem) lo = end + 1;
    else hi = start;
  }
  return null;
}

/** The words (stems) a lexicon has relations for. */
export function lexiconWords(lexicon: Lexicon): string[] {
  if (lexicon.text === '') return [];
  return lexicon.text.split('\n').map((line) => line.slice(0, line.indexOf(' ')));
}
