import type { Knowledge } from '../search/knowledge.js';
import { normalizeInput } from '../understand/clean.js';
import { type FollowUp, readFollowUp, type Turn } from '../understand/followup.js';
import { type Answer, extended } from './answer.js';
import { LRUCache } from 'lru-cache';
import { detached } from './cache.js';
import { entitiesForDay } from '../understand/entities.js';
import { understand, type KnownNames, type Query } from '../understand/query.js';
import { questionText, respond } from './engine.js';

/** One message answered in a conversation: the answer, the page of it to show, and what to remember. */
export interface Reply {
  answer: Answer;
  page: number;
  /** The turn to keep for the next message; the previous one when this answer taught nothing new. */
  turn: Turn | null;
  /** Whether the answer came from the answer cache. */
  cached: boolean;
}

/** How `converse` reports, pages and caches. */
export interface ConverseOptions {
  /** Told of an engine bug (the user gets a polite answer). */
  onError?: (error: unknown) => void;
  /** Whether the answer has pages after `page` (the surface decides how it pages). */
  more?: (answer: Answer, page: number) => boolean;
  /**
   * Answers already given, by the cleaned question they answer (`normalizeInput`): the same cache
   * `/kubecon` and mentions use, so "and on day 2?" is served the answer of "keynotes day 2".
   */
  answers?: LRUCache<string, Answer> | null;
}

/**
 * Answers a message in a conversation: a follow-up that leaves things out ("and on day 2?", "who
 * gave it?", "more") is read against the last turn; anything else is answered on its own. The
 * answer says how a follow-up was read.
 *
 * @example
 * const first = converse(knowledge, 'keynotes day 1', null);
 * converse(knowledge, 'and on day 2?', first.turn).answer.title; // 'Keynotes — Day #2'
 * converse(knowledge, 'and on day 2?', first.turn, { answers: new LRUCache({ max: 100 }) }).cached; // false, then true
 */
export function converse(k: Knowledge, raw: string, last: Turn | null, options: ConverseOptions = {}): Reply {
  const { onError, more = () => false, answers } = options;
  const typed = normalizeInput(raw, k.facts.handle);
  const follow = readFollowUp(k, typed, last);
  const question = follow?.question ?? typed;
  const page = follow?.page ?? 0;
  if (follow?.end && last) return { answer: noNextPage(last), page: 0, turn: last, cached: false };
  // The question this message stands for, cleaned as `/kubecon` and mentions key their answers.
  const key = follow && answers ? normalizeInput(question, k.facts.handle) : typed;
  let answered = answers?.get(key);
  const cached = answered !== undefined;
  if (!answered) {
    let failed = false;
    // The names the follow-up found in the question it stands for, or the last question's names
    // when only its page or day changed: read once, not twice. The question they were found in is
    // the one to answer, already read: it is understood here, not cleaned and split again.
    const known = follow?.known ?? (follow && last ? namesCarried(k, last.question, question, follow.differs) : undefined);
    const understood = follow?.about ? aboutSession(k, question, follow.about) : known ? understand(k, known.text, known) : undefined;
    const response = respond(
      k,
      question,
      (error) => {
        failed = true;
        onError?.(error);
      },
      known,
      understood,
    );
    answered = response.answer;
    if (response.named) remember(k, question, response.named);
    // A copy that holds none of the (possibly huge) text it was cut from; an engine bug is not kept.
    if (answers && !failed) answers.set(detached(key), detached(answered));
  }
  const answer: Answer = follow ? extended(answered, { readAs: question }) : answered;
  if (!answer.matched || answer.chat || answer.intent === 'help' || answer.intent === 'error') return { answer, page, turn: last, cached };
  return { answer, page, turn: turnOf(answer, question, page, more(answer, page)), cached };
}

/**
 * "more" after the last page: says so, and offers the sessions the answer showed, so the way on is
 * one click. Small talk as far as rating and sharing go (`chat`), and the turn is kept as it was.
 */
function noNextPage(last: Turn): Answer {
  const pages = last.page === 0 ? 'It fit on one page' : `Page ${last.page + 1} was its last`;
  const sessions = last.intent === 'session' ? [] : last.sessions.slice(0, 3);
  return {
    intent: 'more',
    title: 'No next page',
    parts: [{ type: 'text', text: `${pages}: that was all of "${last.question}".${sessions.length > 0 ? ' Open one of its sessions in full:' : ''}` }],
    sources: [],
    suggestions: sessions.map((title) => ({ label: title, query: `session ${title}` })),
    matched: true,
    chat: true,
  };
}

/**
 * What the last questions answered in conversations were found to name, by the question, for a
 * follow-up that changes only the page or the day. In this process only and bounded: a turn read
 * from Redis that another instance answered simply has its question searched again.
 */
const named = new WeakMap<Knowledge, LRUCache<string, KnownNames>>();
const NAMES_KEPT = 256;

function remember(k: Knowledge, question: string, names: KnownNames): void {
  let kept = named.get(k);
  if (!kept) {
    kept = new LRUCache({ max: NAMES_KEPT });
    named.set(k, kept);
  }
  // A key of its own: the question may be cut from a long message.
  kept.set(detached(question), names);
}

/** The names of the question a follow-up stands for, from the last question's, when only its page or day differs. */
function namesCarried(k: Knowledge, lastQuestion: string, question: string, differs: 'nothing' | 'day' | undefined): KnownNames | undefined {
  const before = differs ? named.get(k)?.get(lastQuestion) : undefined;
  if (!before) return undefined;
  const text = questionText(question);
  if (differs === 'nothing') return before.text === text ? before : undefined;
  return { text, entities: entitiesForDay(k, before.entities, text) };
}

/**
 * "who gave it?", "when was that?": the follow-up's own words, understood, about the session just
 * shown: the session's title is not searched again for the names it holds. Undefined when the
 * words name a command of their own, or the session is gone: then the question is read in full.
 */
function aboutSession(k: Knowledge, question: string, about: NonNullable<FollowUp['about']>): Query | undefined {
  const entry = k.sessions.find((s) => s.session.title === about.session);
  if (!entry) return undefined;
  const own = understand(k, questionText(about.asked), about.known);
  let command = own.command;
  if (command) {
    // "when was it?" names the `when` command with the pronoun for its argument: the session it stands for.
    const args: unknown = command.args;
    const text = typeof args === 'object' && args !== null && 'text' in args ? args.text : undefined;
    if (text !== about.pronoun) return undefined;
    command = { ...command, args: { ...(args as object), text: `"${about.session}"` } as typeof command.args };
  }
  return { ...own, command, text: questionText(question), entities: { ...own.entities, sessions: [entry] } };
}

/** What to remember of an answer: the question and the sessions and speakers it showed. */
export function turnOf(answer: Answer, question: string, page: number, more: boolean): Turn {
  const sessions = [...new Set(answer.sources.filter((s) => s.sessionId !== null).map((s) => s.title))].slice(0, 5);
  const first = answer.sources.find((s) => s.sessionId !== null);
  return { question, intent: answer.intent, sessions, speakers: first?.speakers.slice(0, 2) ?? [], page, more };
}
