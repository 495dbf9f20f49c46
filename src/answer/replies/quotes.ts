import type { PassageEntry } from '../../search/knowledge.js';
import { analyze } from '../../search/analyze.js';
import { splitSentences } from '../../text/normalize.js';

/** Passages up to this long are quoted whole; longer ones by their best sentences. */
const WHOLE_PASSAGE = 500;

/** A sentence of a passage, and its analysed words. */
export interface Sentence {
  sentence: string;
  tokens: readonly string[];
}

/** Each passage's sentences and their analysed words, worked out on first use: the report does not change. */
const sentencesByPassage = new WeakMap<PassageEntry, readonly Sentence[]>();

/**
 * A passage's sentences with their analysed words, worked out once per passage.
 *
 * @example
 * sentencesOf(entry)[0]; // { sentence: 'Heptio Ark allows …', tokens: ['heptio', 'ark', …] }
 */
export function sentencesOf(entry: PassageEntry): readonly Sentence[] {
  let sentences = sentencesByPassage.get(entry);
  if (!sentences) {
    sentences = splitSentences(entry.passage.text).map((sentence) => ({ sentence, tokens: analyze(sentence) }));
    sentencesByPassage.set(entry, sentences);
  }
  return sentences;
}

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
  const sentences = sentencesOf(entry).map(({ sentence, tokens }, index) => ({
    sentence,
    index,
    hits: tokens.filter((t) => wanted.has(t)).length,
  }));
  const chosen = sentences
    .filter((s) => s.hits > 0)
    .sort((a, b) => b.hits - a.hits || a.index - b.index)
    .slice(0, max)
    .sort((a, b) => a.index - b.index);
  const picked = chosen.length > 0 ? chosen : sentences.slice(0, 2);
  return picked.map((s, i) => (i > 0 && s.index !== picked[i - 1]!.index + 1 ? `… ${s.sentence}` : s.sentence)).join(' ');
}

/** A list heading on its own ("Security:") says nothing when quoted alone. */
function isHeading(sentence: string): boolean {
  return /:\s*$/.test(sentence) && sentence.trim().split(/\s+/).length <= 4;
}

/**
 * The one sentence of a passage that holds the most of some words (the first of equals), for a
 * one-line quote. Bare list headings are passed over.
 *
 * @example
 * bestSentence(entry, ['security']); // 'A goal is to retain as much security as possible …'
 */
export function bestSentence(entry: PassageEntry, words: readonly string[]): string {
  const wanted = new Set(words);
  let best: { sentence: string; hits: number } | null = null;
  for (const { sentence, tokens } of sentencesOf(entry)) {
    if (isHeading(sentence)) continue;
    const hits = tokens.filter((t) => wanted.has(t)).length;
    if (!best || hits > best.hits) best = { sentence, hits };
  }
  return best?.sentence ?? entry.passage.text;
}

/**
 * The first sentence a test accepts, passing over bare list headings; the passage itself if none.
 *
 * @example
 * firstSentence(entry, (s) => /ark/i.test(s)); // 'Heptio Ark allows to do restore of API objects …'
 */
export function firstSentence(entry: PassageEntry, accept: (sentence: string) => boolean = () => true): string {
  return sentencesOf(entry).find(({ sentence }) => !isHeading(sentence) && accept(sentence))?.sentence ?? entry.passage.text;
}
