import type { Knowledge } from '../search/knowledge.js';
import { STOP_WORDS, tokenize } from '../text/normalize.js';
import { findEntities, type Entities } from './entities.js';
import { readInformal } from './informal.js';
import { NAMED_DAY } from './days.js';
import type { KnownNames } from './query.js';

/**
 * What a conversation remembers of its last answered question: enough to read a follow-up that
 * leaves things out. Plain data (it is kept in memory or Redis between messages), small, and free
 * of user ids.
 */
export interface Turn {
  /** The question as answered, standing on its own (a follow-up's is rewritten in full). */
  question: string;
  /** The command or kind of answer that answered it. */
  intent: string;
  /** Titles of the sessions the answer showed, first the one it was most about. */
  sessions: string[];
  /** Speakers those sessions had, or the answer was about. */
  speakers: string[];
  /** The page of the answer shown (0 for the first). */
  page: number;
  /** Whether the answer had more pages than shown. */
  more: boolean;
}

/** How a follow-up was read: the question it stands for, and the page to show. */
export interface FollowUp {
  question: string;
  page: number;
  /** The names found in the question it stands for, while reading it: not to be searched again. */
  known?: KnownNames;
  /**
   * How the question it stands for differs from the last one: not at all ("more": the next page
   * of the same question) or only in its day ("and on day 2?"). Either way the last question's
   * names hold for it, and need not be searched again.
   */
  differs?: 'nothing' | 'day';
  /**
   * "who gave it?": the session the pronoun stands for, and the follow-up's own words. The
   * question is about that session, as its own words ask: nothing else in it needs finding.
   */
  about?: { session: string; asked: string; pronoun: string; known?: KnownNames };
  /** "more" after the last page of a list or a session: there is nothing further to show. */
  end?: true;
}

/** Answers that show all there is once their pages are done: lists of sessions, and a session in full. */
const WHOLE: ReadonlySet<string> = new Set(['agenda', 'keynotes', 'talks', 'day', 'level', 'org', 'topic', 'count', 'summary', 'session']);

const CONNECTOR = /^(?:and|also|ok(?:ay)?|so|then|but|hm+|and then|what about|how about|and what about|what of)\b[\s,]*/i;
const MORE = /^(?:(?:tell|show|give) (?:me )?)?(?:more|some more|the rest|go on|continue|next(?: page)?|keep going|more please|more pls|and\??)\s*[?!.]*$/i;
const SESSION_PRONOUN = /\b(?:it|that|this|that one|this one|that talk|this talk|that session|this session|that keynote|this keynote|the talk|the session|the keynote)\b/i;
const PERSON_PRONOUN = /\b(?:he|she|they|him|her|them|his|hers|their)\b/i;
const DAY_ONLY = new RegExp(String.raw`^(?:on |for |at |during )?(?:the )?(?:day\s*#?\s*\d+|d\d|${NAMED_DAY})[\s?!.]*$`, 'i');
const DAY_IN = new RegExp(String.raw`\b(?:on |for |at |during )?(?:the )?(?:day\s*#?\s*\d+|d\d\b|${NAMED_DAY})\b`, 'gi');

/**
 * Reads a message against the last turn of the conversation: "and on day 2?" asks the last
 * question again for day 2, "who gave it?" asks about the session just shown, "what else did she
 * say?" about the speaker just shown, "more" for the next page (or the session in full), "what
 * about Rook?" the last question about Rook. Returns null when the message stands on its own.
 *
 * @example
 * readFollowUp(knowledge, 'and on day 2?', { question: 'keynotes day 1', intent: 'keynotes', sessions: [], speakers: [], page: 0, more: false });
 * // { question: 'keynotes day 2', page: 0 }
 */
export function readFollowUp(k: Knowledge, typed: string, last: Turn | null): FollowUp | null {
  if (!last) return null;
  const text = readInformal(typed).trim();
  if (MORE.test(text)) {
    if (last.more) return { question: last.question, page: last.page + 1, differs: 'nothing' };
    // No more pages of an answer that quotes ("what is Ark?", "who is Armon Dadgar"): the session
    // it was most about, in full. Of a list, or of the session itself, there is nothing further.
    const [first] = last.sessions;
    if (first && !WHOLE.has(last.intent)) return { question: `session ${first}`, page: 0 };
    return { question: last.question, page: last.page, differs: 'nothing', end: true };
  }
  const rest = text.replace(CONNECTOR, '').trim();
  const connected = rest !== text;

  // "and on day 2?", "friday?": the same question for another day.
  if (DAY_ONLY.test(rest)) return { question: withDay(last.question, rest.replace(/[?!.]+$/, '')), page: 0, differs: 'day' };

  // Only a message that leans on the context (a connector, a pronoun) is worth reading for names.
  if (!connected && !SESSION_PRONOUN.test(rest) && !PERSON_PRONOUN.test(rest)) return null;
  const words = tokenize(rest);
  // Words that can name nothing are not searched for names: "who gave it?" is read by its pronoun.
  const mayName = words.some((w) => !silentWords(k).has(w));

  // "what about Rook?", "and heptio?": the same question about something else. The question it
  // would stand for is searched for names (its lead names nothing), and the names are handed on.
  if (connected && mayName && words.length <= 4) {
    const question = replaceTopic(last, rest.replace(/[?!.]+$/, ''));
    const known = namesIn(k, question);
    if (names(known.entities)) return { question, page: 0, known };
  }

  // "who gave it?", "when was that?": the session just shown, unless the words name something of their own.
  const [session] = last.sessions;
  if (session && SESSION_PRONOUN.test(rest) && !PERSON_PRONOUN.test(rest)) {
    const own = mayName ? namesIn(k, rest) : undefined;
    if (own && names(own.entities)) return null;
    const pronoun = SESSION_PRONOUN.exec(rest)?.[0] ?? '';
    const about = { session, asked: rest, pronoun };
    return { question: rest.replace(SESSION_PRONOUN, `"${session}"`).replace(/[?!.]+$/, ''), page: 0, about: own ? { ...about, known: own } : about };
  }
  // "what else did she say?", "what did he say about backups?": the speaker just shown. The
  // question it stands for is searched once: what it names beyond the speaker is the follow-up's own.
  const [speaker] = last.speakers;
  if (!speaker || !PERSON_PRONOUN.test(rest)) return null;
  const question = aboutSpeaker(rest, speaker);
  const known = namesIn(k, question);
  if (mayName && namesBeyond(known.entities, speakerNames(k, speaker))) return null;
  return { question, page: 0, known };
}

/** The question a person-pronoun follow-up stands for, the speaker named. */
function aboutSpeaker(rest: string, speaker: string): string {
  const about = rest
    .replace(/^what (?:else )?did (?:he|she|they) (?:say|talk about|mention|present|cover)(?: about| on)?\s*/i, '')
    .replace(/[?!.]+$/, '')
    .trim();
  if (about === '' || /^what else\b/i.test(rest)) return `what did ${speaker} talk about`;
  if (about !== rest.replace(/[?!.]+$/, '').trim()) return `${speaker} ${about}`;
  return rest.replace(PERSON_PRONOUN, speaker).replace(/[?!.]+$/, '');
}

/** The names in a question, found in the very text the engine reads for it (so they are used, not searched again). */
function namesIn(k: Knowledge, question: string): KnownNames {
  const text = readInformal(question);
  return { text, entities: findEntities(k, text) };
}

const spoken = new WeakMap<Knowledge, Map<string, Entities>>();
/** Speakers whose names' names are kept: far more than one report's speakers, and a bound whatever a stored turn holds. */
const SPEAKERS_KEPT = 256;

/** What a speaker's name names on its own (the speaker, perhaps their company): found once per speaker. */
function speakerNames(k: Knowledge, speaker: string): Entities {
  let kept = spoken.get(k);
  if (!kept) {
    kept = new Map();
    spoken.set(k, kept);
  }
  let entities = kept.get(speaker);
  if (!entities) {
    entities = findEntities(k, speaker);
    if (kept.size >= SPEAKERS_KEPT) kept.clear();
    kept.set(speaker, entities);
  }
  return entities;
}

/** Whether `found` names anything `besides` does not. */
function namesBeyond(found: Entities, besides: Entities): boolean {
  const beyond = <T>(a: readonly T[], b: readonly T[]): boolean => a.some((x) => !b.includes(x));
  return beyond(found.terms, besides.terms) || beyond(found.speakers, besides.speakers) || beyond(found.orgs, besides.orgs) || beyond(found.sessions, besides.sessions);
}

const silent = new WeakMap<Knowledge, ReadonlySet<string>>();

/**
 * Stop words that name nothing in this report on their own ("who", "gave", "it", "when"): a
 * follow-up made of them alone ("who gave it?", "when was that?") is not searched for names,
 * which is most of what reading it cost. Found once per report, by asking `findEntities`.
 */
function silentWords(k: Knowledge): ReadonlySet<string> {
  let words = silent.get(k);
  if (!words) {
    words = new Set([...STOP_WORDS].filter((w) => !names(findEntities(k, w))));
    silent.set(k, words);
  }
  return words;
}

const names = (e: Entities): boolean => e.terms.length + e.speakers.length + e.orgs.length + e.sessions.length > 0;

/** The question with its day replaced, or the day added. */
function withDay(question: string, day: string): string {
  const bare = day.replace(/^(?:on|for|at|during)\s+/i, '');
  const replaced = question.replace(DAY_IN, ` ${bare}`).replace(/\s+/g, ' ').trim();
  return replaced !== question ? replaced : `${question.replace(/[?!.]+$/, '')} on ${bare}`;
}

/** The last question about something else: its argument replaced when a command answered it. */
function replaceTopic(last: Turn, topic: string): string {
  const q = last.question.replace(/[?!.]+$/, '');
  const lead = /^(what is|what are|who is|who talked about|who spoke about|when was|topic|define|speaker|org|session|talks by|talks about)\s+/i.exec(q);
  if (lead) return `${lead[1]} ${topic}`;
  if (last.intent === 'org') return `org ${topic}`;
  if (last.intent === 'speaker') return `who is ${topic}`;
  if (last.intent === 'topic') return `who talked about ${topic}`;
  return `what is ${topic}`;
}
