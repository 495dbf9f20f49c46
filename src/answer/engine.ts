import type { Knowledge } from '../search/knowledge.js';
import { readInformal } from '../understand/informal.js';
import { oneQuestion } from '../search/lookup.js';
import { understand, type KnownNames, type Query } from '../understand/query.js';
import { type Answer, extended } from './answer.js';
import { normalizeInput, splitQuestions } from '../understand/clean.js';
import { answerQuery, helpAnswer } from './intents.js';
import { withMarks } from './marks.js';
import { notCovered, starters } from './replies/common.js';
import { sessionDetail } from './replies/session-detail.js';
import { withNearest } from './replies/nearest.js';
import { smallTalk, withoutGreeting } from './replies/small-talk.js';

/**
 * Answers what a user typed after `/kubecon` or in a mention. Never throws: a bug becomes a
 * polite answer (and is reported to `onError`), so no stack trace ever reaches a user.
 *
 * @example
 * const answer = ask(knowledge, 'what is Ark?');
 * answer.title;   // 'Ark'
 * answer.matched; // true
 *
 * `known` carries names already found in the question's text (see `KnownNames`): a follow-up's.
 */
export function ask(k: Knowledge, raw: string, onError: (error: unknown) => void = () => {}, known?: KnownNames): Answer {
  return respond(k, raw, onError, known).answer;
}

/** An answer, and what the engine found the question to name (null for small talk, help, errors). */
export interface Response {
  answer: Answer;
  named: KnownNames | null;
}

/**
 * `ask`, telling also what the question was found to name: a conversation keeps it, so the next
 * message ("and on day 2?", "more") is not searched for the same names again. `understood` is a
 * question the conversation has understood already (it is answered as is).
 *
 * @example
 * respond(knowledge, 'keynotes day 1').named?.entities.day; // 1
 */
export function respond(k: Knowledge, raw: string, onError: (error: unknown) => void = () => {}, known?: KnownNames, understood?: Query): Response {
  try {
    const typed = normalizeInput(raw, k.facts.handle);
    if (typed === '') return { answer: helpAnswer(k, undefined), named: null };
    const chat = understood ? null : smallTalk(k, typed);
    if (chat) return { answer: extended(chat, { question: typed }), named: null };
    const [text = typed, ...more] = understood ? [understood.text] : questionsIn(typed);
    // A follow-up may come understood already, from what the conversation knows ("who gave it?").
    const query = understood ?? understand(k, text, known);
    const answer = withMarks(
      withNearest(
        k,
        query,
        oneQuestion(k, () => answerQuery(k, query)),
      ),
      text,
    );
    // One answer a message; the other questions in it become buttons that ask them.
    const asked = more
      .filter((q) => !smallTalk(k, q))
      .slice(0, 2)
      .map((q) => ({ label: q, query: q }));
    return {
      answer: extended(withoutRepeats({ ...answer, suggestions: [...asked, ...answer.suggestions] }, [text, typed]), { question: typed }),
      named: { text: query.text, entities: query.entities },
    };
  } catch (error) {
    onError(error);
    return {
      answer: {
        intent: 'error',
        title: 'Something went wrong',
        parts: [{ type: 'text', text: 'Sorry, I could not answer that one. Try rephrasing, or ask for help.' }],
        sources: [],
        suggestions: starters(k),
        matched: false,
      },
      named: null,
    };
  }
}

/**
 * The text of a message the engine understands: cleaned, chat forms read, greeting and any further
 * questions cut (`respond` answers the first question of a message).
 *
 * @example
 * questionText('hey, whos kelsey? and what is ark?'); // 'who is kelsey?'
 */
export function questionText(raw: string): string {
  const typed = normalizeInput(raw);
  return questionsIn(typed)[0] ?? typed;
}

/** The questions of a cleaned message, chat forms read and any greeting dropped. */
function questionsIn(typed: string): string[] {
  return splitQuestions(readInformal(withoutGreeting(typed)));
}

/**
 * Suggestions are built from several lookups: offer each question once, and never the question
 * just answered ("what is blockchain? what is blockchain?" would offer it again as a button).
 */
function withoutRepeats(answer: Answer, asked: readonly string[]): Answer {
  const key = (q: string): string =>
    q
      .toLowerCase()
      .replace(/[\s?!.]+$/, '')
      .replace(/\s+/g, ' ');
  const seen = new Set<string>(asked.map(key));
  return { ...answer, suggestions: answer.suggestions.filter((s) => !seen.has(key(s.query)) && seen.add(key(s.query))) };
}

/**
 * A session in full by its id, for buttons that carry one (App Home's *Details*): the engine's
 * answer, never a reply reached around it.
 *
 * @example
 * openSession(knowledge, knowledge.sessions[0]!.session.id).intent; // 'session'
 */
export function openSession(k: Knowledge, id: string): Answer {
  const entry = k.sessionById.get(id);
  return entry ? sessionDetail(k, entry) : notCovered(k, 'session', 'that session', 'That session is no longer in the report.');
}
