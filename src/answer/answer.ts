import type { Level, Speaker } from '../conference/model.js';
import type { PassageEntry, SessionEntry } from '../search/knowledge.js';

/**
 * A copy of `object` with `extra`'s fields set (added after its own, as `{ ...object, ...extra }`
 * orders them), for objects built on every answer. On Node 20 (V8 11.3), an object spread that
 * then gains a field it did not have leaves about 120 bytes per copy that outlive the next
 * young-generation collection and are promoted: per answer, that is most of what each collection
 * has to copy, and what made its pauses (the p99) long. Assigning onto a fresh object leaves none.
 *
 * @example
 * extended({ title: 'Ark', matched: true }, { question: 'what is ark' }); // { title: 'Ark', matched: true, question: 'what is ark' }
 */
export function extended<T extends object, U extends object>(object: T, extra: U): Omit<T, keyof U> & U {
  return Object.assign({}, object, extra);
}

/** A session as answers show it: enough to list it, cite it and open it. */
export interface SessionSummary {
  id: string;
  title: string;
  kind: 'keynote' | 'talk';
  level: Level | null;
  day: number;
  dayLabel: string;
  weekday: string | null;
  section: string;
  speakers: Speaker[];
}

/** Where a piece of an answer comes from in the report. */
export interface Source {
  /** The session's title, or the section's heading for text outside sessions. */
  title: string;
  sessionId: string | null;
  day: number | null;
  dayLabel: string | null;
  section: string | null;
  speakers: string[];
}

/** One piece of an answer's body; renderers decide how each looks. */
export type Part =
  /** The bot's own words. */
  | { type: 'text'; text: string }
  /** Words from the report, with where they stand; `marks` are its words that match the question. */
  | { type: 'quote'; text: string; source: Source; marks?: string[] }
  /**
   * A list of sessions, optionally under a heading (`Morning Keynotes`). `said` is what the
   * answer's title or the heading already says of every session listed (`Keynotes — Day #2`):
   * the lines then leave it out rather than repeat it on each.
   */
  | { type: 'sessions'; heading: string | null; sessions: SessionSummary[]; said?: Said }
  /** A plain list (speakers, organisations, commands). */
  | { type: 'list'; heading: string | null; items: string[] };

/** What a list's title or heading says of all its sessions: their day, their kind. */
export interface Said {
  day?: true;
  kind?: true;
}

/** A follow-up question offered with an answer: `label` to show, `query` to ask. */
export interface Suggestion {
  label: string;
  query: string;
  /**
   * A name a typo or a prefix away from the question's words: renderers say "Did you mean one of
   * these?" where, and only where, they show such a suggestion.
   */
  guess?: true;
}

/** What renderers say above suggestions that hold a guess. */
export const GUESS_LEAD = 'Did you mean one of these?';

/**
 * What the engine answers: plain data, no Slack or terminal formatting. `matched` is false when the
 * report has no answer; the parts then say so and `suggestions` offer a way on.
 */
export interface Answer {
  intent: string;
  title: string;
  parts: Part[];
  sources: Source[];
  suggestions: Suggestion[];
  matched: boolean;
  /** The question as the engine read it (Slack markup and noise removed): what buttons ask again. */
  question?: string;
  /** Small talk ("hi", "thanks"): nothing to rate or share. */
  chat?: boolean;
  /** A follow-up read against the conversation: the question it was answered as. */
  readAs?: string;
}

/**
 * The summary of a session for lists and citations.
 *
 * @example
 * summarize(knowledge.sessions[0]).dayLabel; // 'Day #1'
 */
export function summarize({ session, day, section }: SessionEntry): SessionSummary {
  return {
    id: session.id,
    title: session.title,
    kind: session.kind,
    level: session.level,
    day: day.number,
    dayLabel: day.label,
    weekday: day.weekday,
    section: section.heading,
    speakers: session.speakers,
  };
}

/** The source of a session, for citing it. */
export function sessionSource(entry: SessionEntry): Source {
  return {
    title: entry.session.title,
    sessionId: entry.session.id,
    day: entry.day.number,
    dayLabel: entry.day.label,
    section: entry.section.heading,
    speakers: entry.session.speakers.map((s) => s.name),
  };
}

/** The source of a passage: its session when it has one, else its section or the preamble. */
export function passageSource(entry: PassageEntry): Source {
  return {
    title: entry.session?.title ?? entry.section?.heading ?? 'Introduction',
    sessionId: entry.session?.id ?? null,
    day: entry.day?.number ?? null,
    dayLabel: entry.day?.label ?? null,
    section: entry.section?.heading ?? null,
    speakers: entry.session?.speakers.map((s) => s.name) ?? [],
  };
}

/** Sources without repeats, in first-seen order. */
export function uniqueSources(sources: readonly Source[]): Source[] {
  const seen = new Set<string>();
  return sources.filter((s) => {
    const key = `${s.sessionId ?? ''}|${s.title}|${s.day ?? ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** `Dan Kohn (Executive Director, Cloud Native Computing Foundation)`. */
export function describeSpeaker(s: Speaker): string {
  return `${s.name} (${s.role ? `${s.role}, ` : ''}${s.org})`;
}

/** `Day #1 (Wednesday)`, or just the label when the weekday is unknown. */
export function describeDay(label: string, weekday: string | null): string {
  return weekday ? `${label} (${weekday[0]!.toUpperCase()}${weekday.slice(1)})` : label;
}
