import type { Knowledge } from '../search/knowledge.js';
import { COMMANDS, examplesOf, type CommandArgs, type CommandName } from '../understand/commands.js';
import { readDay, resolveDay, type DayRef } from '../understand/days.js';
import type { Query } from '../understand/query.js';
import type { Answer } from './answer.js';
import { countAnswer, describeDayAnswer, listSessions, noSuchDay, summaryAnswer, type Listing } from './replies/agenda.js';
import { levelAnswer, orgAnswer, speakerAnswer } from './replies/people.js';
import { questionAnswer } from './replies/question.js';
import { searchAnswer } from './replies/search.js';
import { sessionAnswer, whenAnswer } from './replies/sessions.js';
import { defineAnswer, topicAnswer } from './replies/terms.js';

/** A command's reply: its typed arguments, and the question as understood. */
type Reply<N extends CommandName> = (k: Knowledge, args: CommandArgs[N], q: Query) => Answer;

/** A day the report has, or the honest "no such day". */
const withDay = (k: Knowledge, intent: string, ref: DayRef | undefined, then: (day: number | undefined) => Answer): Answer => {
  if (!ref) return then(undefined);
  const day = resolveDay(ref, k.conference);
  return day === null ? noSuchDay(k, intent) : then(day);
};
const listing =
  (which: Listing): Reply<'agenda' | 'keynotes' | 'talks'> =>
  (k, { day }) =>
    withDay(k, which === 'all' ? 'agenda' : `${which}s`, day, (d) => listSessions(k, which, d));

/** The one table from a command to its reply. */
const REPLIES: { [N in CommandName]: Reply<N> } = {
  help: (k, { text }) => helpAnswer(k, text),
  agenda: listing('all'),
  keynotes: listing('keynote'),
  talks: listing('talk'),
  summary: (k, { text }) => {
    if (text === undefined) return summaryAnswer(k);
    // "summary of day 2" is that day; "summary of kubernetes" asks what the report says of it.
    const about = text.replace(/^(?:of|for|on|about)\s+/i, '');
    const day = readDay(about);
    return day ? withDay(k, 'day', day, (d) => describeDayAnswer(k, d!)) : defineAnswer(k, about);
  },
  count: (k, { what, day }) => withDay(k, 'count', day, (d) => countAnswer(k, what, d)),
  day: (k, { day }) => withDay(k, 'day', day, (d) => describeDayAnswer(k, d!)),
  level: (k, { level }) => levelAnswer(k, level),
  speaker: (k, { text }) => speakerAnswer(k, text),
  org: (k, { text }, q) => orgAnswer(k, text, { day: q.entities.day, kind: q.sessionKind }),
  topic: (k, { text }) => topicAnswer(k, text),
  when: (k, { text }) => whenAnswer(k, text),
  session: (k, { text }) => sessionAnswer(k, text),
  // "what is hbos main advice" is phrased like a definition but asks for advice.
  // `define X` defines X. "what is aws fargate as explained in the report" is a question in plain
  // words, answered as understood: the words beyond a name are not re-read as one.
  define: (k, { text }, q) => (q.command?.via === 'command' && (q.wants === 'definition' || q.wants === 'any') ? defineAnswer(k, text) : questionAnswer(k, q, 'define')),
  search: (k, { text }) => searchAnswer(k, text),
};

/**
 * Commands whose natural phrasing may frame a question that the whole sentence answers better
 * ("who talked about rook at the booth"): when their reply finds nothing, the question as
 * understood is answered instead. Not `define`: phrased ("what is helm in a nutshell"), its reply
 * is that answer already (see `REPLIES`), and answering it again only did the same searches twice.
 */
const READ_AGAIN: ReadonlySet<CommandName> = new Set(['topic', 'when', 'speaker', 'org', 'day']);

/**
 * Answers an understood question: its command's reply, or, for a question in plain words, the
 * answer its kind and names call for.
 *
 * @example
 * answerQuery(knowledge, understand(knowledge, 'keynotes day1')).intent; // 'keynotes'
 */
export function answerQuery(k: Knowledge, q: Query): Answer {
  const c = q.command;
  if (!c) return questionAnswer(k, q);
  if (c.args === null) {
    // "day 1 evening keynotes" is no `day` command's argument, but a question all the same.
    const understood = questionAnswer(k, q, c.name);
    return understood.matched ? understood : usageAnswer(k, c.name, c.problems.join(' '));
  }
  // The table's entry for this name takes exactly the arguments this name's schema produced.
  const answer = (REPLIES[c.name] as Reply<CommandName>)(k, c.args, q);
  if (answer.matched || c.via !== 'phrase' || !READ_AGAIN.has(c.name)) return answer;
  const understood = questionAnswer(k, q, c.name);
  return understood.matched ? understood : answer;
}

function usageAnswer(k: Knowledge, name: CommandName, message: string): Answer {
  const c = COMMANDS.find((x) => x.name === name)!;
  const examples = examplesOf(c, k);
  return {
    intent: name,
    title: `Usage: ${c.usage}`,
    parts: [
      { type: 'text', text: message },
      { type: 'list', heading: 'Examples', items: examples },
    ],
    sources: [],
    suggestions: examples.slice(0, 3).map((e) => ({ label: e, query: e })),
    matched: false,
  };
}

/**
 * `help` and `help <command>`, generated from the registry.
 *
 * @example
 * helpAnswer(knowledge, 'keynotes').title; // 'keynotes [day]'
 */
export function helpAnswer(k: Knowledge, topic: string | undefined): Answer {
  const wanted = topic?.toLowerCase().replace(/^\/?kubecon\s+/, '');
  const one = wanted ? COMMANDS.find((c) => c.name === wanted || c.aliases.includes(wanted)) : undefined;
  if (one) {
    return {
      intent: 'help',
      title: one.usage,
      parts: [
        { type: 'text', text: one.summary },
        ...(one.aliases.length > 0 ? [{ type: 'text' as const, text: `Also: ${one.aliases.join(', ')}` }] : []),
        { type: 'list', heading: 'Examples', items: examplesOf(one, k) },
      ],
      sources: [],
      suggestions: examplesOf(one, k)
        .slice(0, 3)
        .map((e) => ({ label: e, query: e })),
      matched: true,
    };
  }
  return {
    intent: 'help',
    title: `Ask me about ${k.conference.name}`,
    parts: [
      ...(wanted ? [{ type: 'text' as const, text: `There is no command "${topic}". These are the ones I know:` }] : []),
      {
        type: 'text',
        text: `I answer from one attendee's written report of ${k.conference.name}: ${k.sessions.length} keynotes and talks over ${k.conference.days.length} days. Ask in plain words or use a command.`,
      },
      { type: 'list', heading: 'Commands', items: COMMANDS.map((c) => `${c.usage}: ${c.summary} (e.g. "${examplesOf(c, k)[0]}")`) },
    ],
    sources: [],
    suggestions: [
      { label: 'Agenda', query: 'agenda' },
      { label: 'Keynotes day 1', query: 'keynotes day 1' },
      { label: `What is ${k.facts.examples.term}?`, query: `what is ${k.facts.examples.term}` },
      { label: `Who is ${k.facts.examples.starterSpeaker ?? k.facts.examples.speaker}?`, query: `who is ${k.facts.examples.starterSpeaker ?? k.facts.examples.speaker}` },
    ],
    matched: !wanted,
  };
}
