import { fold, isAscii, splitSentences } from '../text/normalize.js';
import type { TermMatcher } from './terms.js';

/** A sentence of the report that says what a term is, with the passage it came from. */
export interface Definition<P> {
  text: string;
  from: P;
}

/** Words right after a term that make a sentence a definition: "Envoy is …", "Decco manages …". */
const VERB = String.raw`(?:is|are|has|allows?|implements?|makes?|solves?|means|helps?|handles?|provides?|manages?|utilizes|supports|lets|or)\b`;
const CUE_AFTER = new RegExp(String.raw`^\s*(?:\(\s*(?:short\b|${VERB})|(?:\([^)]*\)\s*)?${VERB})`);
/** What may stand before a term that opens its sentence: a list dash, an article, one qualifier ("Heptio Ark"). */
const OPENS_SENTENCE = /^(?:-\s+)?["“']?(?:(?:the|a|an)\s+)?(?:[\p{L}'.]+\s+)?$/u;
/**
 * `OPENS_SENTENCE` and `PURPOSE_AFTER` as they read ASCII text (a letter is `[A-Za-z]`, `“` cannot
 * occur): a first question would otherwise pay V8 building its `\p{L}` tables and compiling them.
 */
const ASCII_OPENS_SENTENCE = /^(?:-\s+)?["']?(?:(?:the|a|an)\s+)?(?:[A-Za-z'.]+\s+)?$/;
/** Words right before a term that introduce it: "… a new container runtime called Kata containers". */
const CUE_BEFORE = /\b(?:called|named)\s+$/;
const INTRO_BEFORE = /\b(?:project|tool)\s+$/;
/** The term, perhaps with more names after it, then what they are for: "…, Istio and Kerberos for securing …". */
const PURPOSE_AFTER = /^(?:,\s*[\p{L}-]+)*(?:,?\s+and\s+[\p{L}-]+)?\s+for\s+\p{L}+ing\b/u;
const ASCII_PURPOSE_AFTER = /^(?:,\s*[A-Za-z-]+)*(?:,?\s+and\s+[A-Za-z-]+)?\s+for\s+[A-Za-z]+ing\b/;
const FIRST_PERSON = /\b(?:I|I'm|I've|my)\b/;
/** A sentence opening with these goes on from the one before it. */
export const BACK_REFERENCE = /^(?:It|They|This|That|These|Also|Additionally)\b/;
/** The most a sentence and the one going on from it may hold together to be quoted as one. */
export const GOES_ON = 420;

/** A sentence of a passage, as written and folded (terms are matched in folded text). */
export interface Sentence {
  text: string;
  folded: string;
}

/**
 * A text's sentences, each folded once: every term a passage mentions is looked for in the same
 * sentences.
 *
 * @example
 * splitForDefinitions('Envoy is a proxy. It is fast.').map((s) => s.folded); // ['envoy is a proxy.', 'it is fast.']
 */
export function splitForDefinitions(text: string): Sentence[] {
  return splitSentences(text).map((sentence) => ({ text: sentence, folded: fold(sentence) }));
}

/**
 * Scores how well a sentence defines a term; 0 when it does not mention it. A definition names the
 * term early and goes on with a defining verb, or introduces it by name.
 */
function definitionScore({ text: sentence, folded }: Sentence, matcher: TermMatcher): number {
  const m = matcher.pattern.exec(folded);
  if (!m) return 0;
  const before = folded.slice(0, m.index);
  const after = folded.slice(m.index + m[0].length);
  let score = 1;
  if (CUE_BEFORE.test(before)) score += 5;
  else if (INTRO_BEFORE.test(before)) score += 3;
  if (CUE_AFTER.test(after)) score += (isAscii(before) ? ASCII_OPENS_SENTENCE : OPENS_SENTENCE).test(before) ? 5 : 2;
  // "Spiffe, Istio and Kerberos for securing workload identity": what it is for.
  else if ((isAscii(after) ? ASCII_PURPOSE_AFTER : PURPOSE_AFTER).test(after)) score += 1;
  if (sentence.length < 30) score -= 2;
  // The author's own doings ("I only attended the party with … SPIFFE") seldom say what a thing is.
  if (FIRST_PERSON.test(sentence)) score -= 0.5;
  return score;
}

/**
 * Picks the sentence that best defines a term among the passages that mention it (earliest wins a
 * tie), and adds the sentence after it when that one goes on about the same thing. `sentencesOf`
 * gives a passage's sentences (`splitForDefinitions`), so a caller can split each passage once.
 *
 * @example
 * findDefinition(matcher, mentions, (m) => splitForDefinitions(m.text))?.text; // 'Spinnaker is a continous integration and deployment tool, …'
 */
export function findDefinition<P>(matcher: TermMatcher, mentions: readonly P[], sentencesOf: (p: P) => readonly Sentence[]): Definition<P> | null {
  let best: { score: number; sentences: readonly Sentence[]; index: number; from: P } | null = null;
  for (const from of mentions) {
    const sentences = sentencesOf(from);
    sentences.forEach((sentence, index) => {
      const score = definitionScore(sentence, matcher);
      if (score > 0 && (!best || score > best.score)) best = { score, sentences, index, from };
    });
  }
  if (!best) return null;
  const { sentences: split, index, from } = best as { score: number; sentences: readonly Sentence[]; index: number; from: P };
  const sentences = split.map((s) => s.text);
  let text = sentences[index]!;
  const next = sentences[index + 1];
  const previous = sentences[index - 1];
  // "Also named Zero Trust network model." names what the sentence before it said: that one is the
  // definition, the naming its end.
  if (previous !== undefined && BACK_REFERENCE.test(text) && !previous.endsWith(':') && previous.length + text.length < GOES_ON) text = `${previous} ${text}`;
  if (text.endsWith(':')) {
    // A lead-in ("The flow of an operator is like:") is only a definition with its list.
    for (const item of sentences.slice(index + 1)) {
      if (!item.startsWith('- ') || text.length + item.length > 600) break;
      text += `\n${item}`;
    }
  } else if (next && !next.startsWith('- ') && text.length + next.length < GOES_ON && BACK_REFERENCE.test(next)) {
    text += ` ${next}`;
  }
  return { text, from };
}
