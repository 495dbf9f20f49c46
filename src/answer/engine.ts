import type { Knowledge } from '../search/knowledge.js';
import { readInformal } from '../understand/informal.js';
import { understand, type KnownNames } from '../understand/query.js';
import type { Answer } from './answer.js';
import { normalizeInput, splitQuestions } from '../understand/clean.js';
import { answerQuery, helpAnswer } from './intents.js';
import { withMarks } from './marks.js';
import { notCovered, starters } from './replies/common.js';
import { sessionDetail } from './replies/session-detail.js';
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
  try {
    const typed = normalizeInput(raw);
    if (typed === '') return helpAnswer(k, undefined);
    const chat = smallTalk(k, typed);
    if (chat) return { ...chat, question: typed };
    const [text = typed, ...more] = splitQuestions(readInformal(withoutGreeting(typed)));
    const answer = withMarks(answerQuery(k, understand(k, text, known)), text);
    // One answer a message; the other questions in it become buttons that ask them.
    const asked = more
      .filter((q) => !smallTalk(k, q))
      .slice(0, 2)
      .map((q) => ({ label: q, query: q }));
    return { ...withoutRepeats({ ...answer, suggestions: [...asked, ...answer.suggestions] }), question: typed };
  } catch (error) {
    onError(error);
    return {
      intent: 'error',
      title: 'Something went wrong',
      parts: [{ type: 'text', text: 'Sorry, I could not answer that one. Try rephrasing, or ask for help.' }],
      sources: [],
      suggestions: starters(k),
      matched: false,
    };
  }
}

/** Suggestions are built from several lookups; offer each question once. */
function withoutRepeats(answer: Answer): Answer {
  const seen = new Set<string>();
  return { ...answer, suggestions: answer.suggestions.filter((s) => !seen.has(s.query.toLowerCase()) && seen.add(s.query.toLowerCase())) };
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
