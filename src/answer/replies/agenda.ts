import type { Countable } from '../../understand/commands.js';
import type { Day, Section } from '../../conference/model.js';
import type { Knowledge, SessionEntry } from '../../search/knowledge.js';
import { splitSentences } from '../../text/normalize.js';
import type { Answer, Part } from '../answer.js';
import { describeDay, passageSource, sessionSource, summarize } from '../answer.js';

/** Which sessions a listing shows. */
export type Listing = 'all' | 'keynote' | 'talk';

const NOUN: Record<Listing, string> = { all: 'Agenda', keynote: 'Keynotes', talk: 'Talks' };

/** The answer for a day the report does not have, naming the days it does have. */
export function noSuchDay(k: Knowledge, intent: string): Answer {
  const days = k.conference.days.map((d) => describeDay(d.label, d.weekday)).join(', ');
  return {
    intent,
    title: 'No such day',
    parts: [{ type: 'text', text: `The report covers these days: ${days}.` }],
    sources: [],
    suggestions: k.conference.days.filter((d) => d.number > 0).map((d) => ({ label: d.label, query: `day ${d.number}` })),
    matched: false,
  };
}

function entriesOf(k: Knowledge, section: Section): SessionEntry[] {
  return section.sessions.map((s) => k.sessionById.get(s.id)!);
}

/** `8 keynotes and 3 talks`. */
function keynotesAndTalks(entries: readonly SessionEntry[]): string {
  const keynotes = entries.filter((e) => e.session.kind === 'keynote').length;
  const talks = entries.length - keynotes;
  return `${keynotes} keynote${keynotes === 1 ? '' : 's'} and ${talks} talk${talks === 1 ? '' : 's'}`;
}

/**
 * Sessions of one day or of all days, grouped by section: `agenda`, `keynotes day1`, `talks`.
 *
 * @example
 * listSessions(knowledge, 'keynote', 2).title; // 'Keynotes — Day #2 (Thursday)'
 */
export function listSessions(k: Knowledge, which: Listing, dayNumber?: number): Answer {
  const intent = which === 'all' ? 'agenda' : `${which}s`;
  const days = dayNumber === undefined ? k.conference.days : k.conference.days.filter((d) => d.number === dayNumber);
  if (days.length === 0) return noSuchDay(k, intent);
  const parts: Part[] = [];
  const shown: SessionEntry[] = [];
  for (const day of days) {
    for (const section of day.sections) {
      const entries = entriesOf(k, section).filter((e) => which === 'all' || e.session.kind === which);
      if (entries.length === 0) continue;
      shown.push(...entries);
      const heading = dayNumber === undefined ? `${describeDay(day.label, day.weekday)} · ${section.heading}` : section.heading;
      // The title names the day (or the heading does), and the kind unless it is the agenda.
      parts.push({ type: 'sessions', heading, sessions: entries.map(summarize), said: which === 'all' ? { day: true } : { day: true, kind: true } });
    }
  }
  const scope = dayNumber === undefined ? 'all days' : describeDay(days[0]!.label, days[0]!.weekday);
  if (shown.length === 0) {
    parts.push({ type: 'text', text: `The report has no ${which === 'all' ? 'sessions' : `${which}s`} on ${scope}.` });
  }
  return {
    intent,
    title: `${NOUN[which]} — ${scope}`,
    parts,
    sources: shown.map(sessionSource),
    suggestions: suggestionsAround(k, which, dayNumber),
    matched: shown.length > 0,
  };
}

function suggestionsAround(k: Knowledge, which: Listing, dayNumber?: number): Answer['suggestions'] {
  if (dayNumber === undefined)
    return [
      { label: 'Day 1', query: 'day 1' },
      { label: `What is ${k.facts.examples.term}?`, query: `what is ${k.facts.examples.term}` },
    ];
  const other = which === 'keynote' ? 'talk' : 'keynote';
  const next = k.conference.days.find((d) => d.number === dayNumber + 1);
  return [
    { label: `${NOUN[other]} on day ${dayNumber}`, query: `${other}s day ${dayNumber}` },
    ...(next ? [{ label: `${NOUN[which]} on day ${next.number}`, query: `${which === 'all' ? 'agenda' : `${which}s`} day ${next.number}` }] : []),
  ];
}

/** A section outside the sessions in one sentence: its first sentence that is not an aside. */
function sectionGist(section: Section): { text: string; passageId: string } | null {
  // The longest passage carries the story ("I had a pit stop in Atlanta…"), not the one-liners.
  const passage = section.passages.filter((p) => !p.aside).sort((a, b) => b.text.length - a.text.length)[0];
  const text = passage ? splitSentences(passage.text)[0] : undefined;
  return passage && text ? { text, passageId: passage.id } : null;
}

/**
 * Everything of one day: its sessions by section, and a line from each other part of the day
 * (travel, booth, party, lunch).
 *
 * @example
 * describeDayAnswer(knowledge, 0).parts[0]; // { type: 'quote', text: 'TL;DR First flight in a "long" time…', … }
 */
export function describeDayAnswer(k: Knowledge, dayNumber: number): Answer {
  const day: Day | undefined = k.conference.days.find((d) => d.number === dayNumber);
  if (!day) return noSuchDay(k, 'day');
  const parts: Part[] = [];
  const sources: Answer['sources'] = [];
  for (const section of day.sections) {
    const entries = entriesOf(k, section);
    if (entries.length > 0) {
      parts.push({ type: 'sessions', heading: section.heading, sessions: entries.map(summarize), said: { day: true } });
      sources.push(...entries.map(sessionSource));
      continue;
    }
    const gist = sectionGist(section);
    if (gist) {
      const source = passageSource(k.passageById.get(gist.passageId)!);
      parts.push({ type: 'quote', text: gist.text, source });
      sources.push(source);
    }
  }
  const counts = keynotesAndTalks(day.sections.flatMap((s) => entriesOf(k, s)));
  parts.unshift({ type: 'text', text: dayNumber === 0 ? 'The day before the conference: the journey to Austin.' : `${counts} in the report.` });
  return {
    intent: 'day',
    title: describeDay(day.label, day.weekday),
    parts,
    sources,
    suggestions: [
      { label: `Keynotes day ${dayNumber}`, query: `keynotes day ${dayNumber}` },
      { label: `Talks day ${dayNumber}`, query: `talks day ${dayNumber}` },
    ].filter(() => dayNumber > 0),
    matched: true,
  };
}

/**
 * `summary`: the author's own closing words and the conference at a glance.
 *
 * @example
 * summaryAnswer(knowledge).parts[1]; // { type: 'quote', text: 'My first travel to the USA, my first KubeCon, it was awesome! …', … }
 */
export function summaryAnswer(k: Knowledge): Answer {
  const { conference } = k;
  const days = conference.days.filter((d) => d.sections.some((s) => s.sessions.length > 0));
  const span = days.length > 0 ? `${describeDay(days[0]!.label, days[0]!.weekday)} to ${describeDay(days.at(-1)!.label, days.at(-1)!.weekday)}` : 'no days';
  const glance = `${conference.name}: ${keynotesAndTalks(k.sessions)} by ${k.speakers.length} speakers from ${k.orgs.length} organisations, ${span}.`;
  const closing = conference.days
    .flatMap((d) => d.sections)
    .filter((s) => s.kind === 'summary')
    .flatMap((s) => s.passages.filter((p) => !p.aside));
  // The closing passages read as one ("… see you in Copenhagen." / "Have Fun!").
  const quotes: Part[] = closing.length > 0 ? [{ type: 'quote', text: closing.map((p) => p.text).join('\n'), source: passageSource(k.passageById.get(closing[0]!.id)!) }] : [];
  return {
    intent: 'summary',
    title: `${conference.name} in short`,
    parts: [{ type: 'text', text: glance }, ...quotes],
    sources: quotes.flatMap((q) => (q.type === 'quote' ? [q.source] : [])),
    suggestions: [{ label: 'Agenda', query: 'agenda' }, ...days.slice(0, 3).map((d) => ({ label: `${d.label}`, query: `day ${d.number}` }))],
    matched: true,
  };
}

/** What `how many …` can count. */

/**
 * `how many talks were there`, `how many keynotes on day 2`, `how many speakers`: counts from the
 * report, for all days or one.
 *
 * @example
 * countAnswer(knowledge, 'keynotes', 2).title; // '6 keynotes on Day #2 (Thursday)'
 */
export function countAnswer(k: Knowledge, what: Countable, dayNumber?: number): Answer {
  const days = dayNumber === undefined ? k.conference.days : k.conference.days.filter((d) => d.number === dayNumber);
  if (days.length === 0) return noSuchDay(k, 'count');
  const scope = dayNumber === undefined ? 'in the report' : `on ${describeDay(days[0]!.label, days[0]!.weekday)}`;
  const entries = days.flatMap((d) => d.sections.flatMap((s) => entriesOf(k, s)));
  let count: number;
  let noun: string;
  let detail: string[];
  if (what === 'speakers' || what === 'organisations') {
    // The knowledge's own speaker and organisation lists, so counts agree with `speakers` and `orgs`.
    const shown = new Set(entries);
    const people = what === 'speakers' ? k.speakers.map((p) => p.sessions) : k.orgs.map((o) => o.sessions);
    count = people.filter((sessions) => sessions.some((e) => shown.has(e))).length;
    noun = what === 'speakers' ? 'speaker' : 'organisation';
    detail = [`They gave ${keynotesAndTalks(entries)}.`];
  } else if (what === 'days') {
    count = days.length;
    noun = 'day';
    detail = days.map((d) => describeDay(d.label, d.weekday));
  } else {
    const kind = what === 'keynotes' ? 'keynote' : what === 'talks' ? 'talk' : null;
    const counted = entries.filter((e) => kind === null || e.session.kind === kind);
    count = counted.length;
    noun = kind ?? 'session';
    if (dayNumber !== undefined) detail = counted.map((e) => e.session.title);
    else {
      // Over all days: how the sessions fall on each day of the conference proper.
      const perDay = days.filter((d) => d.number > 0).map((d) => `${describeDay(d.label, d.weekday)}: ${keynotesAndTalks(d.sections.flatMap((s) => entriesOf(k, s)))}`);
      detail = kind === null ? [`${keynotesAndTalks(entries)}.`, ...perDay] : perDay;
    }
  }
  const title = `${count} ${noun}${count === 1 ? '' : 's'} ${scope}`;
  return {
    intent: 'count',
    title,
    parts: detail.length > 0 ? [{ type: 'list', heading: null, items: detail }] : [{ type: 'text', text: `${title}.` }],
    sources: [],
    suggestions: [
      { label: 'Agenda', query: dayNumber === undefined ? 'agenda' : `agenda day ${dayNumber}` },
      { label: 'Speakers', query: 'speakers' },
    ],
    matched: true,
  };
}
