import { readFileSync } from 'node:fs';
import { stem } from './stem.js';

/** Where the derived table lives, from the repository root (`npm run word-classes` writes it). */
export const WORD_CLASSES_FILE = 'data/english/word-classes.txt';

/**
 * The table as read: its sorted lines (`stem share`, `=word share`), searched in place. Nothing is
 * parsed up front (a map of its 32k lines took 25 ms to build on a cold start); a lookup is a
 * binary search over the text, a few microseconds.
 */
export class WordClasses {
  constructor(private readonly text: string) {}

  /** The share on the line whose key is `key`, or undefined. */
  get(key: string): number | undefined {
    const text = this.text;
    let lo = 0;
    let hi = text.length;
    while (lo < hi) {
      const start = text.lastIndexOf('\n', ((lo + hi) >>> 1) - 1) + 1;
      const end = text.indexOf('\n', start) < 0 ? text.length : text.indexOf('\n', start);
      const space = text.indexOf(' ', start);
      const order = compareAt(text, start, space < 0 || space > end ? end : space, key);
      if (order === 0) {
        const share = Number(text.slice(space + 1, end));
        return Number.isFinite(share) && share >= 0 && share <= 1 ? share : undefined;
      }
      if (order < 0) lo = end + 1;
      else hi = start;
    }
    return undefined;
  }
}

/**
 * How `text.slice(start, end)` sorts against `key` (negative before, 0 equal, positive after), by
 * UTF-16 code units as `<` compares strings, without cutting the slice out: a lookup compares
 * some fifteen lines, and each cut was a new string.
 *
 * @example
 * compareAt('ark 1', 0, 3, 'ark'); // 0
 * compareAt('ark 1', 0, 3, 'arkade') < 0; // true
 */
export function compareAt(text: string, start: number, end: number, key: string): number {
  const length = Math.min(end - start, key.length);
  for (let i = 0; i < length; i++) {
    const difference = text.charCodeAt(start + i) - key.charCodeAt(i);
    if (difference !== 0) return difference;
  }
  return end - start - key.length;
}

let shares: WordClasses | null = null;

function table(): WordClasses {
  // Read on the first question that needs it, not at start-up. A missing table only means every
  // word counts as a topic.
  if (shares === null) {
    try {
      shares = new WordClasses(readFileSync(new URL(`../../${WORD_CLASSES_FILE}`, import.meta.url), 'utf8'));
    } catch {
      shares = new WordClasses('');
    }
  }
  return shares;
}

/**
 * How much of an English word's use is as a noun (0–1), from WordNet's sense counts: a thing the
 * question is about, rather than the asker's way of saying something. The word's own share where
 * it differs from its stem family's ("entanglement" is a thing, "entangle" is not), else its
 * stem's. A word English never uses but as a noun, or no English word at all (`kubeflow`), is 1.
 *
 * @example
 * nounShare('hotel', 'hotel');   // 1     ("what hotel did he stay at": a topic)
 * nounShare('unveil', 'unveil'); // 0.29  ("what did intel unveil": how the asker says "announced")
 */
export function nounShare(word: string, stem: string): number {
  const t = table();
  const own = t.get(`=${word}`);
  if (own !== undefined) return own;
  // A word WordNet lacks whose suffix makes nouns ("observability", "debuggability") is a thing,
  // whatever its stem's family mostly is ("observe").
  if (NOUN_SUFFIX.test(word)) return 1;
  return t.get(stem) ?? 1;
}

/**
 * Whether the word-class table lists a word or its stem family: a word WordNet knows in more than
 * one part of speech ("talks", "team"). Words used only as nouns are not listed, nor names.
 *
 * @example
 * listedWord('talks', 'talk');       // true
 * listedWord('drucker', 'drucker');  // false
 */
export function listedWord(word: string, stem: string): boolean {
  const t = table();
  return t.get(`=${word}`) !== undefined || t.get(stem) !== undefined;
}

/** Suffixes that make nouns of other words: "-ability", "-ness", "-ment", "-tion" … */
const NOUN_SUFFIX = /.{3}(?:ity|ness|ment|tion|sion|ance|ence|ism|ship|hood)s?$/;

/**
 * Whether a word and the particle after it make a phrasal verb (WordNet's "end up", "kick off",
 * "sign up"): then the word is the asker's verb, not a thing the question is about.
 *
 * @example
 * phrasalVerb('end', 'up');   // true  ("which party did he end up at")
 * phrasalVerb('party', 'up'); // false
 */
export function phrasalVerb(stem: string, particle: string): boolean {
  // Most words are followed by no particle: no need to search the table for them.
  return PARTICLES.has(particle) && table().get(`+${stem}_${particle}`) !== undefined;
}

/**
 * Where a text's (folded) tokens hold a phrasal verb: the positions of the verbs, each followed by
 * its particle ("which party did he end up at": the position of "end").
 *
 * @example
 * phrasalVerbsIn(['who', 'kicked', 'off', 'the', 'conference']); // Set { 1 }
 */
export function phrasalVerbsIn(tokens: readonly string[]): ReadonlySet<number> {
  const verbs = new Set<number>();
  for (let i = 0; i + 1 < tokens.length; i++) if (phrasalVerb(stem(tokens[i]!), tokens[i + 1]!)) verbs.add(i);
  return verbs;
}

/** The particles that make a verb phrasal ("end up", "kick off", "stick around"): `npm run word-classes` lists those verbs. */
export const PARTICLES: ReadonlySet<string> = new Set('up down off out in on over around away back through along about by together apart ahead forward'.split(' '));
