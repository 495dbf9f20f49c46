import type { Knowledge } from '../../search/knowledge.js';
import type { Query } from '../../understand/query.js';
import { passageSource, type Answer, type Part } from '../answer.js';
import { retrieve, type Candidate } from '../candidates.js';
import { ANSWERABLE, featureVector, traitsOf, type Decision } from '../features.js';
import { analyze } from '../../search/analyze.js';
import { stem } from '../../search/stem.js';
import { quoteOf } from '../quote.js';
import { probability, scorers, type Scorer } from '../scorer.js';
import { declineNaming, notCovered, quotesAnswer } from './common.js';

/** A candidate with what would be quoted of it and the scorer's probability that this answers the question. */
export interface Scored {
  candidate: Candidate;
  quote: string;
  p: number;
  /** Its features, for the fitting script. */
  x: number[];
}

/**
 * The scorer in use: the one fitted with the model's features when the model runs, else the one
 * fitted without them.
 */
export const scorerFor = (k: Knowledge): Scorer => (k.dense ? scorers().model : scorers().lexical);

/**
 * Every candidate of a question, scored, best first.
 *
 * @example
 * ranked(knowledge, understand(knowledge, 'how many people attended'))[0]?.quote; // 'There are over 4k+ people at the KubeCon. …'
 */
export function ranked(k: Knowledge, q: Query, scorer: Scorer = scorerFor(k)): { list: Scored[]; decision: Decision | null } {
  const r = retrieve(k, q);
  const list = r.candidates
    .map((c) => {
      const quote = quoteOf(k, c, q);
      const x = featureVector({ c, q, r, t: traitsOf(quote) });
      return { candidate: c, quote, x, p: probability(scorer.weights, x) };
    })
    .sort((a, b) => b.p - a.p);
  const top = list[0];
  if (!top) return { list, decision: null };
  const quoted = new Set(analyze(top.quote));
  const focus = [...new Set(analyze(q.focus.join(' ')))];
  const asked = q.asks === null ? null : stem(q.asks);
  const decision: Decision = {
    q,
    r,
    best: top.p,
    second: list[1]?.p ?? 0,
    top: top.candidate,
    quote: top.quote,
    focusInQuote: focus.length === 0 ? 1 : focus.filter((w) => quoted.has(w)).length / focus.length,
    asksKnown: asked !== null && k.documentFrequency.has(asked),
    asksInQuote: asked !== null && quoted.has(asked),
  };
  return { list, decision };
}

/**
 * How likely the best candidate answers the question at all (see `ANSWERABLE`).
 *
 * @example
 * answerability(scorer, decision) >= scorer.threshold; // the report answers it
 */
export function answerability(scorer: Scorer, d: Decision): number {
  return probability(
    scorer.answerable,
    ANSWERABLE.map((f) => f.of(d)),
  );
}

/** A second quote, from another passage, is added when it scores at least this share of the first. */
const SECOND = 0.8;

/**
 * Answers a question by the passage the fitted scorer ranks first (and a second nearly as good),
 * or says the report does not cover it when the best is below the scorer's calibrated threshold.
 *
 * @example
 * retrievedAnswer(knowledge, understand(knowledge, 'is there a recording of the keynotes')).matched; // true
 */
export function retrievedAnswer(k: Knowledge, q: Query, intent = 'search'): Answer {
  const scorer = scorerFor(k);
  const { list, decision } = ranked(k, q, scorer);
  const best = list[0];
  if (!best || !decision || answerability(scorer, decision) < scorer.threshold) {
    const declined = notCovered(k, intent, q.text);
    const names = q.entities.terms.map((t) => t.matcher.term.name);
    return names.length === 1 ? declineNaming(declined, names[0]!) : declined;
  }
  const chosen = [best];
  const second = list[1];
  if (second && second.p >= best.p * SECOND) chosen.push(second);
  const parts: Part[] = chosen.map((s) => ({ type: 'quote', text: s.quote, source: passageSource(s.candidate.entry) }));
  return quotesAnswer(
    k,
    intent,
    chosen.map((s) => s.candidate.entry),
    parts,
  );
}
