import type { Level } from '../../conference/model.js';
import type { Knowledge, OrgEntry, SessionEntry, SpeakerEntry } from '../../search/knowledge.js';
import type { Answer } from '../answer.js';
import { describeDay, describeSpeaker, sessionSource, summarize } from '../answer.js';
import { findOrgs, findSpeakers } from '../../search/lookup.js';
import { notCovered, sessionSuggestion, sessionsWithGists } from './common.js';

/**
 * Who a speaker is and what they talked about (`speaker kelsey`, `who is Brendan Burns`,
 * `what did Clayton Coleman talk about`). With no name: every speaker.
 *
 * @example
 * speakerAnswer(knowledge, 'kelsey').title; // 'Kelsey Hightower'
 */
export function speakerAnswer(k: Knowledge, name: string | undefined): Answer {
  if (!name) {
    return {
      intent: 'speaker',
      title: `Speakers (${k.speakers.length})`,
      parts: [{ type: 'list', heading: null, items: k.speakers.map((s) => `${describeSpeaker(s.speaker)}: ${s.sessions.map((e) => e.session.title).join('; ')}`) }],
      sources: [],
      suggestions: [{ label: `Who is ${k.facts.examples.speaker}?`, query: `who is ${k.facts.examples.speaker}` }],
      matched: true,
    };
  }
  const found = findSpeakers(k, name);
  if (found.length === 0) return notCovered(k, 'speaker', name, `No speaker called "${name}" in the report.`);
  return speakersAnswer(found);
}

/**
 * Speakers already found: who they are, their sessions and the gist of each.
 *
 * @example
 * speakersAnswer(findSpeakers(knowledge, 'kelsey')).title; // 'Kelsey Hightower'
 */
export function speakersAnswer(found: readonly SpeakerEntry[]): Answer {
  const entries = found.flatMap((s) => s.sessions);
  const people = found.map((s) => `${describeSpeaker(s.speaker)} gave ${describeCount(s.sessions)}.`);
  return {
    intent: 'speaker',
    title: found.map((s) => s.speaker.name).join(', '),
    parts: [{ type: 'text', text: people.join('\n') }, ...sessionsWithGists(unique(entries))],
    sources: unique(entries).map(sessionSource),
    suggestions: unique(entries)
      .slice(0, 3)
      .map((e) => sessionSuggestion(e.session.title)),
    matched: true,
  };
}

function describeCount(entries: readonly SessionEntry[]): string {
  return entries.map((e) => `${e.session.kind === 'keynote' ? 'a keynote' : 'a talk'} on ${describeDay(e.day.label, e.day.weekday)}`).join(' and ');
}

function unique<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}

/**
 * The sessions given by people of one organisation (`org heptio`, `heptio talks`, `talks by google`).
 * With no name: every organisation and how many sessions it gave.
 *
 * @example
 * orgAnswer(knowledge, 'heptio').sources.length; // 3
 */
export function orgAnswer(k: Knowledge, name: string | undefined, within: Within = ANY): Answer {
  if (!name) {
    const orgs = [...k.orgs].sort((a, b) => b.sessions.length - a.sessions.length || a.name.localeCompare(b.name));
    return {
      intent: 'org',
      title: `Organisations (${orgs.length})`,
      parts: [{ type: 'list', heading: null, items: orgs.map((o) => `${o.name}: ${o.sessions.length} session${o.sessions.length === 1 ? '' : 's'}`) }],
      sources: [],
      suggestions: [{ label: `Sessions by ${k.facts.examples.org}`, query: `org ${k.facts.examples.org}` }],
      matched: true,
    };
  }
  const orgs = findOrgs(k, name);
  if (orgs.length === 0) return notCovered(k, 'org', name, `No speaker from "${name}" in the report.`);
  return orgsAnswer(orgs, within);
}

/** A day and a kind of session a question narrows itself to ("who from heptio gave a talk on day 3"). */
export interface Within {
  day: number | null;
  kind: 'keynote' | 'talk' | null;
}

const ANY: Within = { day: null, kind: null };

/**
 * The sessions on that day, and keynotes only when keynotes are asked for ("talks" is said of any
 * session: "heptio talks" are its keynote too); all of them when none is left.
 */
function narrowed(entries: SessionEntry[], { day, kind }: Within): SessionEntry[] {
  const keynotes = kind === 'keynote';
  if (day === null && !keynotes) return entries;
  const kept = entries.filter((e) => (day === null || e.day.number === day) && (!keynotes || e.session.kind === 'keynote'));
  return kept.length > 0 ? kept : entries;
}

/**
 * Organisations already found: their sessions, with what was said for one or two.
 *
 * @example
 * orgsAnswer(findOrgs(knowledge, 'heptio')).sources.length; // 3
 */
export function orgsAnswer(orgs: readonly OrgEntry[], within: Within = ANY): Answer {
  const all = unique(orgs.flatMap((o) => o.sessions));
  const entries = narrowed(all, within);
  // Narrowed, they are what was asked for: keynotes, on the day asked.
  const kind = entries !== all && within.kind === 'keynote' ? 'keynote' : 'session';
  const day = entries !== all && within.day !== null ? ` on Day #${within.day}` : '';
  return {
    intent: 'org',
    title: `Sessions by ${orgs.map((o) => o.name).join(' / ')}`,
    parts: [
      { type: 'text', text: `${entries.length} ${kind}${entries.length === 1 ? '' : 's'}${day} by speakers from ${orgs.map((o) => o.name).join(' and ')}:` },
      // A company with a session or two: what the report says of each, so "what did HBO learn" is answered here.
      ...(entries.length <= 2 ? sessionsWithGists(entries) : [{ type: 'sessions' as const, heading: null, sessions: entries.map(summarize) }]),
    ],
    sources: entries.map(sessionSource),
    suggestions: entries.slice(0, 3).map((e) => sessionSuggestion(e.session.title)),
    matched: true,
  };
}

/**
 * The talks of one level (`level advanced`, `beginner talks`). Only talks carry a level in the
 * report, which the answer says.
 *
 * @example
 * levelAnswer(knowledge, 'beginner').sources.map((s) => s.title); // ['The True Costs of Running Cloud Native Infrastructure']
 */
export function levelAnswer(k: Knowledge, level: Level): Answer {
  const entries = k.sessions.filter((e) => e.session.level === level);
  const unmarked = k.sessions.filter((e) => e.session.kind === 'talk' && e.session.level === null).length;
  const note = `The report marks a level on talks only${unmarked > 0 ? `; ${unmarked} talk${unmarked === 1 ? ' has' : 's have'} none` : ''}.`;
  const others = (['beginner', 'intermediate', 'advanced'] as const).filter((l) => l !== level);
  return {
    intent: 'level',
    title: `${level[0]!.toUpperCase()}${level.slice(1)} talks`,
    parts: [
      ...(entries.length > 0 ? [{ type: 'sessions' as const, heading: null, sessions: entries.map(summarize) }] : [{ type: 'text' as const, text: `No ${level} talks in the report.` }]),
      { type: 'text', text: note },
    ],
    sources: entries.map(sessionSource),
    suggestions: others.map((l) => ({ label: `${l[0]!.toUpperCase()}${l.slice(1)} talks`, query: `level ${l}` })),
    matched: entries.length > 0,
  };
}
