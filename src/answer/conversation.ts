import type { Knowledge } from '../search/knowledge.js';
import { normalizeInput } from '../understand/clean.js';
import { readFollowUp, type Turn } from '../understand/followup.js';
import type { Answer } from './answer.js';
import { ask } from './engine.js';

/** One message answered in a conversation: the answer, the page of it to show, and what to remember. */
export interface Reply {
  answer: Answer;
  page: number;
  /** The turn to keep for the next message; the previous one when this answer taught nothing new. */
  turn: Turn | null;
}

/**
 * Answers a message in a conversation: a follow-up that leaves things out ("and on day 2?", "who
 * gave it?", "more") is read against the last turn; anything else is answered on its own. The
 * answer says how a follow-up was read.
 *
 * @example
 * const first = converse(knowledge, 'keynotes day 1', null);
 * converse(knowledge, 'and on day 2?', first.turn).answer.title; // 'Keynotes — Day #2'
 */
export function converse(k: Knowledge, raw: string, last: Turn | null, onError?: (error: unknown) => void, more = (_a: Answer, _page: number): boolean => false): Reply {
  const typed = normalizeInput(raw);
  const follow = readFollowUp(k, typed, last);
  const question = follow?.question ?? typed;
  const page = follow?.page ?? 0;
  const answered = ask(k, question, onError);
  const answer: Answer = follow ? { ...answered, readAs: question } : answered;
  if (!answer.matched || answer.chat || answer.intent === 'help' || answer.intent === 'error') return { answer, page, turn: last };
  return { answer, page, turn: turnOf(answer, question, page, more(answer, page)) };
}

/** What to remember of an answer: the question and the sessions and speakers it showed. */
export function turnOf(answer: Answer, question: string, page: number, more: boolean): Turn {
  const sessions = [...new Set(answer.sources.filter((s) => s.sessionId !== null).map((s) => s.title))].slice(0, 5);
  const first = answer.sources.find((s) => s.sessionId !== null);
  return { question, intent: answer.intent, sessions, speakers: first?.speakers.slice(0, 2) ?? [], page, more };
}
