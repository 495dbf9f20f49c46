import type { Query } from '../understand/query.js';
import type { Candidate, Retrieval } from './candidates.js';

/** What a quote holds, for the kinds of answer a question wants. */
export interface Traits {
  number: boolean;
  time: boolean;
  /** A capitalised word past a sentence's first: a name of someone or something. */
  name: boolean;
  /** The author speaking of himself. */
  firstPerson: boolean;
  /** List items, or a lead-in to a list. */
  list: boolean;
  /** Says what something is ("X is a …", "X allows …"). */
  defining: boolean;
  /** Advice: "should", "need to", "don't", a list of dos. */
  advice: boolean;
}

const NUMBER = /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|fifty|hundreds?|thousands?|dozens?|million|billion)\b/i;
const TIME =
  /\b(?:day\s*#?\d|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|morning|evening|tonight|tomorrow|yesterday|\d{4}|\d{1,2}(?::\d\d)?\s*(?:am|pm))\b/i;
const NAME = /(?<=[a-z,]\s+)[A-Z][\w-]*[a-z]/;
const FIRST_PERSON = /\b(?:I|I'm|I've|I'd|my|me)\b/;
const LISTY = /^[-*•]\s|:\s*$/m;
const DEFINING = /\b(?:is|are|was)\s+(?:a|an|the)\b|\b(?:allows?|enables?|provides?|lets)\b/i;
const ADVICE = /\b(?:should|must|need to|try|don't|do not|avoid|make sure|recommend\w*|tips?|advice)\b/i;

/**
 * The traits of a quote (see `Traits`).
 *
 * @example
 * traitsOf('There are over 4k+ people at the KubeCon.').number; // true
 */
export function traitsOf(text: string): Traits {
  return {
    number: NUMBER.test(text),
    time: TIME.test(text),
    name: NAME.test(text),
    firstPerson: FIRST_PERSON.test(text),
    list: LISTY.test(text),
    defining: DEFINING.test(text),
    advice: ADVICE.test(text),
  };
}

/** A candidate as the scorer sees it: retrieval's signals, and the traits of what would be quoted. */
export interface Scoring {
  c: Candidate;
  q: Query;
  r: Retrieval;
  t: Traits;
}

const b = (x: boolean): number => (x ? 1 : 0);
const wantsNumber = (q: Query): boolean => q.wants === 'number' || q.wants === 'price';

/** A feature: its name, as stored with the fitted weights, and how it is worked out. */
interface Feature {
  name: string;
  of: (s: Scoring) => number;
}

/**
 * The scorer's features, in the order its weights are stored. Plain signals only: how near the
 * passage is to the question (dense and lexical), whether it stands where the question points,
 * whether its quote holds the kind of thing asked for, and how much of the question the report
 * holds anywhere (which moves every candidate alike, and so decides "not covered"). Their
 * weights come from `npm run fit`.
 */
export const FEATURES: readonly Feature[] = [
  { name: 'bias', of: () => 1 },
  { name: 'densePassage', of: ({ c }) => c.densePassage },
  { name: 'denseBest', of: ({ c }) => c.denseBest },
  { name: 'denseSecond', of: ({ c }) => c.denseSecond },
  { name: 'denseGap', of: ({ c, r }) => c.denseBest - r.bestDense },
  { name: 'denseFirst', of: ({ c }) => b(c.denseRank === 0) },
  { name: 'denseTop3', of: ({ c }) => b(c.denseRank < 3) },
  { name: 'lexical', of: ({ c }) => c.lexical },
  { name: 'lexicalFirst', of: ({ c }) => b(c.lexicalRank === 0) },
  { name: 'lexicalTop3', of: ({ c }) => b(c.lexicalRank < 3) },
  { name: 'coverage', of: ({ c }) => c.coverage },
  { name: 'topicCoverage', of: ({ c }) => c.topicCoverage },
  { name: 'rrf', of: ({ c }) => 60 / (60 + c.denseRank) + 60 / (60 + Math.min(c.lexicalRank, 1000)) - 1 },
  { name: 'inScope', of: ({ c, r }) => b(r.scoped && c.inScope) },
  { name: 'outOfScope', of: ({ c, r }) => b(r.scoped && !c.inScope) },
  { name: 'bestCoverage', of: ({ r }) => r.bestCoverage },
  { name: 'bestDense', of: ({ r }) => r.bestDense },
  { name: 'unknownWords', of: ({ r }) => r.unknown },
  { name: 'number×wantsNumber', of: ({ q, t }) => b(wantsNumber(q) && t.number) },
  { name: 'noNumber×wantsNumber', of: ({ q, t }) => b(wantsNumber(q) && !t.number) },
  { name: 'time×wantsTime', of: ({ q, t }) => b(q.wants === 'time' && t.time) },
  { name: 'noTime×wantsTime', of: ({ q, t }) => b(q.wants === 'time' && !t.time) },
  { name: 'name×wantsPerson', of: ({ q, t }) => b(q.wants === 'person' && t.name) },
  { name: 'session×wantsPerson', of: ({ c, q }) => b(q.wants === 'person' && c.entry.session !== null) },
  { name: 'firstPerson×author', of: ({ q, t }) => b(q.author && t.firstPerson) },
  { name: 'authorsPart×author', of: ({ c, q }) => b(q.author && (c.entry.passage.aside || c.entry.session === null)) },
  { name: 'authorsPart', of: ({ c }) => b(c.entry.passage.aside || c.entry.session === null) },
  { name: 'list×wantsList', of: ({ q, t }) => b(q.wants === 'list' && t.list) },
  { name: 'defining×wantsDefinition', of: ({ q, t }) => b(q.wants === 'definition' && t.defining) },
  { name: 'advice×wantsAdvice', of: ({ q, t }) => b(q.wants === 'advice' && t.advice) },
  { name: 'aside', of: ({ c }) => b(c.entry.passage.aside) },
];

/**
 * A candidate's feature vector, in `FEATURES` order.
 *
 * @example
 * featureVector({ c, q, r, t: traitsOf(quote) })[0]; // 1 (the bias)
 */
export function featureVector(s: Scoring): number[] {
  return FEATURES.map((f) => f.of(s));
}

/** A question's best candidate as the answerability features see it. */
export interface Decision {
  q: Query;
  r: Retrieval;
  /** The ranker's probability for the best candidate and the second. */
  best: number;
  second: number;
  top: Candidate;
  /** What would be quoted of the best candidate. */
  quote: string;
  /** Share of the question's focus words (analysed) the quote holds; 1 when it has none. */
  focusInQuote: number;
  /** Whether the kind of thing a "which …" asks for is a word the report uses, and whether the quote holds it. */
  asksKnown: boolean;
  asksInQuote: boolean;
}

/**
 * The features of whether a question's best candidate answers it at all: how sure the ranker is
 * and by what margin, how much of the question the best passage and its quote hold, and how much
 * of it the report holds anywhere. Fitted on the dev sets by `npm run fit`, the one place "not
 * covered" is decided for a free question.
 */
export const ANSWERABLE: ReadonlyArray<{ name: string; of: (d: Decision) => number }> = [
  { name: 'bias', of: () => 1 },
  { name: 'best', of: (d) => d.best },
  { name: 'margin', of: (d) => d.best - d.second },
  { name: 'coverage', of: (d) => d.top.coverage },
  { name: 'topicCoverage', of: (d) => d.top.topicCoverage },
  { name: 'bestCoverage', of: (d) => d.r.bestCoverage },
  { name: 'bestDense', of: (d) => d.r.bestDense },
  { name: 'denseBest', of: (d) => d.top.denseBest },
  { name: 'densePassage', of: (d) => d.top.densePassage },
  { name: 'unknownWords', of: (d) => d.r.unknown },
  { name: 'focusInQuote', of: (d) => d.focusInQuote },
  { name: 'asksKnown', of: (d) => b(d.asksKnown) },
  { name: 'asksUnknown', of: (d) => b(d.q.asks !== null && !d.asksKnown) },
  { name: 'asksInQuote', of: (d) => b(d.asksInQuote) },
  { name: 'wantsOne', of: (d) => b(['time', 'number', 'price', 'place', 'person'].includes(d.q.wants)) },
  { name: 'inScope', of: (d) => b(d.r.scoped && d.top.inScope) },
  { name: 'unscoped', of: (d) => b(!d.r.scoped) },
  { name: 'author', of: (d) => b(d.q.author) },
];
