import type { Knowledge, SessionEntry } from '../../search/index.js';
import type { Answer } from '../answer.js';
import { sessionSource, summarize } from '../answer.js';
import { findSessions, findSpeakers, findTerm, type SessionHit } from '../../search/lookup.js';
import { fold } from '../../text/normalize.js';
import { notCovered, sessionSuggestion, whereAndWhen } from './common.js';
import { sessionDetail } from './session-detail.js';
import { topicAnswer } from './terms.js';
import { answeringPassages, searchAnswer } from './search.js';

/** How much of a query a title must hold to count as naming that session. */
const TITLE_COVERAGE = 0.5;

/**
 * The session a phrase names, if it names one clearly enough.
 *
 * @example
 * sessionNamed(knowledge, 'spinnaker culture')?.session.title; // 'Cloud Native CD: Spinnaker and the Culture Behind the Tech'
 */
export function sessionNamed(k: Knowledge, phrase: string, coverage = TITLE_COVERAGE): SessionEntry | null {
  const [best] = findSessions(k, phrase);
  return best && best.coverage >= coverage ? best.entry : null;
}

function others(hits: readonly SessionHit[], shown: SessionEntry): Answer['suggestions'] {
  const top = hits[0]?.score ?? 0;
  return hits
    .filter((h) => h.entry !== shown && h.score >= top * 0.6 && h.coverage >= TITLE_COVERAGE)
    .slice(0, 3)
    .map((h) => sessionSuggestion(h.entry.session.title, h.entry.session.title));
}

/**
 * `session <title words>`: the session those words name, typos forgiven.
 *
 * @example
 * sessionAnswer(knowledge, 'disaster recovery').sources[0]?.title; // 'Disaster Recovery for your Kubernetes Clusters'
 */
export function sessionAnswer(k: Knowledge, words: string): Answer {
  const hits = findSessions(k, words);
  const best = hits[0];
  // More than half the words must match: "quantum computing" is not "a talk by Quantum".
  if (!best || best.coverage <= TITLE_COVERAGE) {
    const answer = notCovered(k, 'session', words, `No session title matches "${words}".`);
    const near = hits.slice(0, 3).map((h) => sessionSuggestion(h.entry.session.title, h.entry.session.title));
    return { ...answer, suggestions: [...near, ...answer.suggestions].slice(0, 5) };
  }
  return sessionDetail(k, best.entry, others(hits, best.entry));
}

/**
 * `when was <talk or speaker>`: the day and section, for a session title, a speaker, or a topic.
 *
 * @example
 * whenAnswer(knowledge, 'the game of thrones talk').parts[0]; // { type: 'text', text: '"Pushing the Limits …" was a keynote on Day #2 (Thursday), in Morning Keynotes …' }
 */
export function whenAnswer(k: Knowledge, phrase: string): Answer {
  const cleaned = phrase.replace(/\b(the|talk|keynote|session|presentation|on|about|given|held)\b/gi, ' ').trim();
  const speakers = findSpeakers(k, cleaned);
  // By title and speakers only: a session that merely mentions Ark is not "the Ark talk".
  const [best] = findSessions(k, cleaned, ['title', 'people']);
  let entries: SessionEntry[] = speakers.length > 0 && speakers.length <= 2 ? speakers.flatMap((s) => s.sessions) : best && best.coverage >= 0.99 ? [best.entry] : [];
  if (entries.length === 0) {
    const term = findTerm(k, cleaned);
    // "when was the CRI-O talk": the one session named after the term…
    const titled = term && !/\bmention/i.test(phrase) ? k.sessions.filter((e) => term.matcher.pattern.test(fold(e.session.title))) : [];
    if (titled.length === 1) entries = titled;
    // …else "when was Ark mentioned": the sessions that talked about it, with their days.
    else if (term) return { ...topicAnswer(k, cleaned), intent: 'when' };
  }
  if (entries.length === 0) {
    // "when is the next KubeCon": no session is named in full, but the report says it in so many words.
    const said = answeringPassages(k, phrase).filter((h) => h.inText && h.coverage >= 0.99);
    if (said.length > 0) return searchAnswer(k, phrase, 'when', said);
    if (best && best.coverage >= TITLE_COVERAGE) entries = [best.entry];
  }
  if (entries.length === 0) return notCovered(k, 'when', phrase, `No session or speaker in the report matches "${phrase}".`);
  const lines = entries.map((e) => `"${e.session.title}" was ${whereAndWhen(e)}, by ${e.session.speakers.map((s) => s.name).join(' & ')}.`);
  return {
    intent: 'when',
    title: entries.length === 1 ? entries[0]!.session.title : `When ${speakers.map((s) => s.speaker.name).join(', ')} spoke`,
    parts: [{ type: 'text', text: lines.join('\n') }, { type: 'sessions', heading: null, sessions: entries.map(summarize) }],
    sources: entries.map(sessionSource),
    suggestions: entries.slice(0, 2).map((e) => sessionSuggestion(e.session.title)),
    matched: true,
  };
}

/** Buttons open a session in full by its id; the Slack layer reaches it here. */
export { sessionDetail } from './session-detail.js';
