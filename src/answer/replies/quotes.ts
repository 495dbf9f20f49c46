import type { PassageEntry } from '../../search/index.js';
import { analyze } from '../../search/analyze.js';
import { splitSentences } from '../../text/normalize.js';

/** Passages up to this long are quoted whole; longer ones by their best sentences. */
const WHOLE_PASSAGE = 500;

/**
 * The part of a passage worth quoting for some words: the whole passage when short, else up to
 * `max` sentences that hold the most of the words, kept in the report's order.
 *
 * @example
 * bestSentences(entry, ['ark']); // 'Heptio Ark allows to do restore of API objects …'
 */
export function bestSentences(entry: PassageEntry, words: readonly string[], max = 3): string {
  const text = entry.passage.text;
  if (text.length <= WHOLE_PASSAGE) return text;
  const wanted = new Set(words);
  const sentences = splitSentences(text).map((sentence, index) => ({
    sentence,
    index,
    hits: analyze(sentence).filter((t) => wanted.has(t)).length,
  }));
  const chosen = sentences
    .filter((s) => s.hits > 0)
    .sort((a, b) => b.hits - a.hits || a.index - b.index)
    .slice(0, max)
    .sort((a, b) => a.index - b.index);
  const picked = chosen.length > 0 ? chosen : sentences.slice(0, 2);
  return picked.map((s, i) => (i > 0 && s.index !== picked[i - 1]!.index + 1 ? `… ${s.sentence}` : s.sentence)).join(' ');
}
