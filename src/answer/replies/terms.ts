import type { Knowledge, PassageEntry, SessionEntry, TermEntry } from '../../search/knowledge.js';
import { fold } from '../../text/normalize.js';
import type { Answer, Part } from '../answer.js';
import { passageSource, sessionSource, summarize, uniqueSources } from '../answer.js';
import { findOrgs, findSessions, findSpeakers, findTermMatch, searchPassages, unknownWords, type PassageHit } from '../../search/lookup.js';
import { analyze } from '../../search/analyze.js';
import { declineNaming, notCovered, sessionSuggestion } from './common.js';
import { orgAnswer, speakerAnswer } from './people.js';
import { answeringPassages, MIN_COVERAGE, searchAnswer } from './search.js';
import { bestSentence, firstSentence } from './quotes.js';
import { sessionDetail } from './session-detail.js';

/** The sessions that mention a term, most mentions first, then in conference order. */
function sessionsMentioning(k: Knowledge, term: TermEntry): SessionEntry[] {
  const counts = new Map<SessionEntry, number>();
  for (const m of term.mentions) {
    if (!m.session) continue;
    const entry = k.sessionById.get(m.session.id)!;
    counts.set(entry, (counts.get(entry) ?? 0) + 1);
  }
  const order = (e: SessionEntry): number => k.sessions.indexOf(e);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || order(a[0]) - order(b[0])).map(([e]) => e);
}

/** The first sentence of a passage that names the term. */
function sentenceNaming(entry: PassageEntry, term: TermEntry): string {
  return firstSentence(entry, (s) => term.matcher.pattern.test(fold(s)));
}

/** A topic's sessions: the share of the most on-topic session's weight a session needs, and how many are shown. */
const TOPIC_SHARE = 0.3;
const TOPIC_SESSIONS = 8;

/**
 * Sessions whose passages (or titles) hold a topic that is not a glossary term, most on the topic
 * first, each with the passage that holds it best. A session weighs the coverage of all its
 * passages that hold the topic, not its best one's score: the Vault talk is about security in
 * every passage that names Vault (the glossary says what Vault is), while a keynote that says
 * "security" once scores higher on that one line. Every session that says enough counts, not just
 * the top few answers a search would quote.
 */
function sessionsOnTopic(k: Knowledge, phrase: string): Array<{ entry: SessionEntry; hit: PassageHit }> {
  const best = new Map<SessionEntry, PassageHit>();
  const weight = new Map<SessionEntry, number>();
  for (const hit of searchPassages(k, phrase, (p) => p.session !== null)) {
    if (hit.coverage < MIN_COVERAGE) continue;
    const entry = k.sessionById.get(hit.entry.session!.id)!;
    if (!best.has(entry)) best.set(entry, hit);
    weight.set(entry, (weight.get(entry) ?? 0) + hit.coverage);
  }
  const ranked = [...best.entries()].map(([entry, hit]) => ({ entry, hit, weight: weight.get(entry)! })).sort((a, b) => b.weight - a.weight);
  // Either measure is enough: one line that holds the topic as well as the best session's does
  // (the HBO keynote's one line on backups), or as much of the session on it.
  const topWeight = ranked[0]?.weight ?? 0;
  const topScore = Math.max(0, ...ranked.map((r) => r.hit.score));
  return ranked.filter((r) => r.weight >= topWeight * TOPIC_SHARE || r.hit.score >= topScore * TOPIC_SHARE).slice(0, TOPIC_SESSIONS);
}

/**
 * `what is <term>`: the report's own definition of a project or technology, and the sessions that
 * mention it. Anything else it might name (a speaker, a company, a session) gets that answer;
 * failing all, a search.
 *
 * @example
 * defineAnswer(knowledge, 'ark').parts[0]; // { type: 'quote', text: 'Heptio Ark allows to do restore of API objects …', … }
 */
export function defineAnswer(k: Knowledge, phrase: string): Answer {
  const found = findTermMatch(k, phrase);
  if (found && !found.whole) {
    // "what is the CNCF member count": the other words matter, so let the search try them first;
    // "kubernetes on mars" asks what the report cannot know.
    const hits = answeringPassages(k, phrase);
    if (hits[0]?.entry.terms.includes(found.entry.matcher)) {
      const search = searchAnswer(k, phrase, 'define', hits);
      if (search.matched) return search;
    }
    if (unknownWords(k, phrase).length > 0) return declineNaming(notCovered(k, 'define', phrase), found.entry.matcher.term.name);
  }
  if (found) return termAnswer(k, found.entry);
  if (findSpeakers(k, phrase).length > 0) return speakerAnswer(k, phrase);
  if (findOrgs(k, phrase).length > 0) return orgAnswer(k, phrase);
  const search = searchAnswer(k, phrase, 'define');
  if (search.matched) return search;
  // "what is the game of thrones talk": every word in one title (a speaker's name is not enough).
  const [titled] = findSessions(k, phrase, ['title']);
  return titled && titled.coverage >= 1 && analyze(phrase).length >= 2 ? sessionDetail(k, titled.entry) : search;
}

function termAnswer(k: Knowledge, term: TermEntry): Answer {
  const name = term.matcher.term.name;
  const sessions = sessionsMentioning(k, term);
  const definition = term.definition;
  const parts: Part[] = [];
  if (definition) parts.push({ type: 'quote', text: definition.text, source: passageSource(definition.from) });
  if (sessions.length > 0) {
    parts.push({ type: 'sessions', heading: `Mentioned in ${sessions.length} session${sessions.length === 1 ? '' : 's'}`, sessions: sessions.map(summarize) });
  }
  return {
    intent: 'define',
    title: name,
    parts,
    sources: uniqueSources([...(definition ? [passageSource(definition.from)] : []), ...sessions.map(sessionSource)]),
    suggestions: [{ label: `Who talked about ${name}?`, query: `who talked about ${name}` }, ...(definition?.from.session ? [sessionSuggestion(definition.from.session.title)] : [])],
    matched: true,
  };
}

/**
 * `who talked about <topic>`: the sessions that cover a topic, with each one's line on it.
 *
 * @example
 * topicAnswer(knowledge, 'helm').sources.map((s) => s.title)[0]; // 'One Chart to Rule Them All: …'
 */
export function topicAnswer(k: Knowledge, phrase: string): Answer {
  // "helm" or "the Ark project" is the term; "kubernetes on mars" says more, so the search decides.
  const match = findTermMatch(k, phrase);
  const term = match?.whole ? match.entry : null;
  let ranked: Array<{ entry: SessionEntry; quote: PassageEntry; line: string }> = [];
  if (term) {
    ranked = sessionsMentioning(k, term).map((entry) => {
      const quote = term.mentions.find((m) => m.session === entry.session)!;
      return { entry, quote, line: sentenceNaming(quote, term) };
    });
  } else {
    ranked = sessionsOnTopic(k, phrase).map(({ entry, hit }) => ({ entry, quote: hit.entry, line: bestSentence(hit.entry, hit.matchedTerms) }));
  }
  if (ranked.length === 0) return notCovered(k, 'topic', phrase, `No session in the report talks about "${phrase}".`);
  const label = term?.matcher.term.name ?? phrase;
  const parts: Part[] = [
    { type: 'text', text: `${ranked.length} session${ranked.length === 1 ? '' : 's'} talked about ${label}:` },
    { type: 'sessions', heading: null, sessions: ranked.map((r) => summarize(r.entry)) },
    ...ranked.slice(0, 3).map((r): Part => ({ type: 'quote', text: r.line, source: passageSource(r.quote) })),
  ];
  return {
    intent: 'topic',
    title: `Who talked about ${label}`,
    parts,
    sources: ranked.map((r) => sessionSource(r.entry)),
    suggestions: term ? [{ label: `What is ${label}?`, query: `what is ${label}` }] : [],
    matched: true,
  };
}
