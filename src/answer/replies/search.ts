import type { Knowledge, PassageEntry } from '../../search/index.js';
import type { Answer, Part } from '../answer.js';
import { passageSource, uniqueSources } from '../answer.js';
import { searchPassages, type PassageHit } from '../lookup.js';
import { notCovered } from './common.js';
import { bestSentences } from './quotes.js';

/** Share of a question's information a passage must hold to be an answer rather than padding. */
export const MIN_COVERAGE = 0.6;

/**
 * The passages that answer free text, best first, only those that hold enough of the question.
 * A second passage joins the first only when it scores close to it.
 */
export function answeringPassages(k: Knowledge, text: string, filter?: (p: PassageEntry) => boolean): PassageHit[] {
  const hits = searchPassages(k, text, filter).filter((h) => h.coverage >= MIN_COVERAGE);
  const top = hits[0];
  if (!top) return [];
  return hits.filter((h, i) => i === 0 || (i < 3 && h.score >= top.score * 0.6 && h.coverage >= top.coverage));
}

/**
 * Free-text questions: the report's own words that answer them, with where they stand; or an
 * honest "not covered" with close names to try.
 *
 * @example
 * searchAnswer(knowledge, 'how many people attended').parts[0]; // { type: 'quote', text: 'There are over 4k+ people at the KubeCon. …', … }
 */
export function searchAnswer(k: Knowledge, text: string, intent = 'search'): Answer {
  const hits = answeringPassages(k, text);
  if (hits.length === 0) return notCovered(k, intent, text);
  const parts: Part[] = hits.map((h) => ({ type: 'quote', text: bestSentences(h.entry, h.matchedTerms), source: passageSource(h.entry) }));
  const first = hits[0]!.entry;
  return {
    intent,
    title: first.session?.title ?? first.section?.heading ?? k.conference.name,
    parts,
    sources: uniqueSources(hits.map((h) => passageSource(h.entry))),
    suggestions: first.session ? [{ label: `Details: ${first.session.title}`.slice(0, 70), query: `session ${first.session.title}` }] : [],
    matched: true,
  };
}
