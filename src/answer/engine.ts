import type { Knowledge } from '../search/index.js';
import type { Answer } from './answer.js';
import { COMMANDS, helpAnswer } from './commands.js';
import { normalizeInput, splitQuestions } from './input.js';
import { route } from './route.js';
import { findOrgs, findSpeakers } from './lookup.js';
import { orgAnswer, speakerAnswer } from './replies/people.js';
import { STARTERS } from './replies/common.js';
import { smallTalk, withoutGreeting } from './replies/small-talk.js';
import { questionAnswer } from './replies/question.js';
import { understand } from '../understand/query.js';
import { readInformal } from '../understand/informal.js';

/**
 * Answers what a user typed after `/kubecon` or in a mention. Never throws: a bug becomes a
 * polite answer (and is reported to `onError`), so no stack trace ever reaches a user.
 *
 * @example
 * const answer = ask(knowledge, 'what is Ark?');
 * answer.title;   // 'Ark'
 * answer.matched; // true
 */
export function ask(k: Knowledge, raw: string, onError: (error: unknown) => void = () => {}): Answer {
  try {
    const typed = normalizeInput(raw);
    if (typed === '') return helpAnswer(k, undefined);
    const chat = smallTalk(k, typed);
    if (chat) return { ...chat, question: typed };
    const [text = typed, ...more] = splitQuestions(readInformal(withoutGreeting(typed)));
    const answer = answerOne(k, text);
    // One answer a message; the other questions in it become buttons that ask them.
    const asked = more.filter((q) => !smallTalk(k, q)).slice(0, 2).map((q) => ({ label: q, query: q }));
    return { ...(asked.length > 0 ? withoutRepeats({ ...answer, suggestions: [...asked, ...answer.suggestions] }) : answer), question: typed };
  } catch (error) {
    onError(error);
    return {
      intent: 'error',
      title: 'Something went wrong',
      parts: [{ type: 'text', text: 'Sorry, I could not answer that one. Try rephrasing, or ask for help.' }],
      sources: [],
      suggestions: [...STARTERS],
      matched: false,
    };
  }
}

/** One question, routed to its command (or the search) and answered. */
function answerOne(k: Knowledge, text: string): Answer {
  const intent = route(k, text);
  if (intent.via === 'fallback') return withoutRepeats(bareQuestion(k, text));
  const parsed = intent.command.args.safeParse(intent.argText);
  if (!parsed.success) {
    // "day 1 evening keynotes" is no `day` command's argument, but a question all the same.
    const understood = questionAnswer(k, understand(k, text), intent.command.name);
    return understood.matched ? withoutRepeats(understood) : usageAnswer(intent.command.name, parsed.error.issues.map((i) => i.message).join(' '));
  }
  const answer = intent.command.reply(k, parsed.data);
  if (answer.matched || intent.via !== 'phrase' || !READ_AGAIN.has(intent.command.name)) return withoutRepeats(answer);
  const understood = questionAnswer(k, understand(k, text), intent.command.name);
  return withoutRepeats(understood.matched ? understood : answer);
}

/** Commands whose words may frame a question the whole sentence answers better ("what is helm in a nutshell"). */
const READ_AGAIN: ReadonlySet<string> = new Set(['define', 'topic', 'when', 'speaker', 'org', 'day']);

/** Text with no command word: a bare name ("kelsey hightower", "heptio", "rook") or a question. */
function bareQuestion(k: Knowledge, text: string): Answer {
  const speakers = findSpeakers(k, text);
  if (speakers.length > 0 && speakers.length <= 2 && text.split(' ').length <= 3) return speakerAnswer(k, text);
  const orgs = findOrgs(k, text);
  if (orgs.length > 0 && text.split(' ').length <= 3) return orgAnswer(k, text);
  return questionAnswer(k, understand(k, text));
}

/** Suggestions are built from several lookups; offer each question once. */
function withoutRepeats(answer: Answer): Answer {
  const seen = new Set<string>();
  return { ...answer, suggestions: answer.suggestions.filter((s) => !seen.has(s.query.toLowerCase()) && seen.add(s.query.toLowerCase())) };
}

function usageAnswer(name: string, message: string): Answer {
  const c = COMMANDS.find((x) => x.name === name)!;
  return {
    intent: name,
    title: `Usage: ${c.usage}`,
    parts: [{ type: 'text', text: message }, { type: 'list', heading: 'Examples', items: [...c.examples] }],
    sources: [],
    suggestions: c.examples.slice(0, 3).map((e) => ({ label: e, query: e })),
    matched: false,
  };
}
