import type { Knowledge, PassageEntry } from '../../search/knowledge.js';
import type { Answer, Part } from '../answer.js';
import { passageSource } from '../answer.js';
import { findSessions, searchPassages, type PassageHit } from '../../search/lookup.js';
import { notCovered, quotesAnswer, sessionsAnswer } from './common.js';
import { analyze } from '../../search/analyze.js';
import { bestSentences } from './quotes.js';
import { cutText } from '../../text/normalize.js';

/** Share of a question's information a passage must hold to be an answer rather than padding. */
export const MIN_COVERAGE = 0.6;

/**
 * The passages that answer free text, best first, only those that hold enough of the question.
 * A second passage joins the first only when it scores close to it.
 */
export function answeringPassages(k: Knowledge, text: string, filter?: (p: PassageEntry) => boolean): PassageHit[] {
  const counting = /^(how (many|much|big|large|long|often|fast)|number of)\b/i.test(text.trim());
  // In "how long was the flight" the quantity word asks for a number; it is not a topic.
  const topic = counting ? text.trim().replace(/^how \w+/i, 'how') : text;
  const hits = searchPassages(k, topic, filter)
    .filter((h) => h.coverage >= MIN_COVERAGE)
    // "How many people …" wants the passage with the number in it.
    .map((h) => (counting && /\d/.test(h.entry.passage.text) ? { ...h, score: h.score * 2 } : h))
    .sort((a, b) => b.score - a.score);
  const top = hits[0];
  if (!top) return [];
  const words = analyze(topic).length;
  return hits.filter((h, i) => i === 0 || (i < 3 && words >= 2 && h.coverage >= 0.99 && h.score >= top.score * 0.75));
}

/**
 * Free-text questions: the report's own words that answer them, with where they stand; or an
 * honest "not covered" with close names to try.
 *
 * @example
 * searchAnswer(knowledge, 'how many people attended').parts[0]; // { type: 'quote', text: 'There are over 4k+ people at the KubeCon. …', … }
 */
export function searchAnswer(k: Knowledge, text: string, intent = 'search', found?: PassageHit[]): Answer {
  if (analyze(text).length === 0) {
    return notCovered(k, intent, text, 'I need a topic to look for: a project, a speaker, a company or a day.');
  }
  const hits = found ?? answeringPassages(k, text);
  if (hits[0] && !hits[0].inText) {
    // "who gave the opening keynote": the words name sessions, not anything said in them.
    const titled = findSessions(k, text).filter((h) => h.coverage >= 0.99);
    if (titled.length > 0)
      return sessionsAnswer(
        intent,
        `Sessions matching "${text.length > 60 ? `${cutText(text, 59)}…` : text}"`,
        titled.map((h) => h.entry),
      );
  }
  if (hits.length === 0) return notCovered(k, intent, text);
  const parts: Part[] = hits.map((h) => ({ type: 'quote', text: bestSentences(h.entry, h.matchedTerms), source: passageSource(h.entry) }));
  return quotesAnswer(
    k,
    intent,
    hits.map((h) => h.entry),
    parts,
  );
}
