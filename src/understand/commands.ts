import { z } from 'zod';
import type { Level } from '../conference/model.js';
import type { Knowledge } from '../search/knowledge.js';
import { fillExample } from '../search/facts.js';
import { readDay, type DayRef } from './days.js';
import { findOrgs, findSpeakers } from '../search/lookup.js';

/**
 * A natural phrasing of a command, matched against the folded question without end punctuation.
 * Group 1 (when present) is the command's argument text; `accept` can refuse a match the knowledge
 * does not back ("who is heptio" is not a speaker, so it falls through to `what is`).
 */
export interface Phrase {
  pattern: RegExp;
  accept?: (k: Knowledge, captured: string) => boolean;
  /** False when group 1 is only for `accept` to check ("where was {the conference}"): the command gets no argument. */
  argument?: false;
}

/** What can be counted: `how many talks`, `how many companies`. */
export type Countable = 'sessions' | 'keynotes' | 'talks' | 'speakers' | 'organisations' | 'days';

/** Every command's typed arguments, by name: what its schema makes of the words after it. */
export interface CommandArgs {
  help: { text: string | undefined };
  agenda: { day: DayRef | undefined };
  keynotes: { day: DayRef | undefined };
  talks: { day: DayRef | undefined };
  summary: { text: string | undefined };
  count: { what: Countable; day: DayRef | undefined };
  day: { day: DayRef };
  level: { level: Level };
  speaker: { text: string | undefined };
  org: { text: string | undefined };
  topic: { text: string };
  when: { text: string };
  session: { text: string };
  define: { text: string };
  search: { text: string };
}
export type CommandName = keyof CommandArgs;

/** One command's words: its names, help, argument schema and natural phrasings. Its reply lives in answer/. */
export interface Command<N extends CommandName = CommandName> {
  name: N;
  aliases: readonly string[];
  /** `keynotes [day]`: shown in help and as the slash command's usage hint. */
  usage: string;
  summary: string;
  /** Example questions; `{speaker}`, `{term}`, … are filled from the conference's facts (see fillExample). */
  examples: readonly string[];
  /** Turns the words after the command into typed arguments; its messages are shown to users. */
  args: z.ZodType<CommandArgs[N], string>;
  phrases: readonly Phrase[];
}

/**
 * Declares a command, its schema checked against its own arguments. The registry holds commands of
 * different argument types, so the type is widened only for the list.
 */
function command<N extends CommandName>(c: Command<N>): Command {
  return c as unknown as Command; // safe: each entry's schema is checked against CommandArgs[N] above
}

const dayError = (text: string): string => `"${text}" is not a day I know. Try day1, day 2, day #3, first day, or friday.`;

/** Optional day: empty means every day. */
const optionalDay = z.string().transform((text, ctx): { day: DayRef | undefined } => {
  if (text.trim() === '') return { day: undefined };
  const day = readDay(text);
  if (!day) ctx.addIssue({ code: 'custom', message: dayError(text) });
  return { day: day ?? undefined };
});

const requiredDay = z.string().transform((text, ctx): { day: DayRef } => {
  const day = readDay(text);
  if (!day) ctx.addIssue({ code: 'custom', message: text.trim() === '' ? 'Which day? For example: day 1.' : dayError(text) });
  return { day: day ?? { number: -1 } };
});

const required = (what: string) =>
  z.string().transform((text, ctx): { text: string } => {
    if (text.trim() === '') ctx.addIssue({ code: 'custom', message: `Which ${what}?` });
    return { text: text.trim() };
  });

const optional = z.string().transform((text): { text: string | undefined } => ({ text: text.trim() || undefined }));

const LEVEL_WORDS: Record<string, Level> = {
  b: 'beginner',
  beginner: 'beginner',
  beginners: 'beginner',
  basic: 'beginner',
  intro: 'beginner',
  introductory: 'beginner',
  easy: 'beginner',
  i: 'intermediate',
  intermediate: 'intermediate',
  medium: 'intermediate',
  a: 'advanced',
  advanced: 'advanced',
  expert: 'advanced',
  experts: 'advanced',
  hard: 'advanced',
  deep: 'advanced',
};
const levelArg = z.string().transform((text, ctx): { level: Level } => {
  const key = text
    .trim()
    .toLowerCase()
    .replace(/\s+(level|talks?|sessions?)$/, '');
  // Own keys only: "level constructor" must not find Object's prototype.
  const level = Object.hasOwn(LEVEL_WORDS, key) ? LEVEL_WORDS[key] : undefined;
  if (!level) ctx.addIssue({ code: 'custom', message: `"${text}" is not a level. Use beginner, intermediate or advanced.` });
  return { level: level ?? 'beginner' };
});

const COUNTABLE: Record<string, Countable> = {
  talks: 'talks',
  talk: 'talks',
  keynotes: 'keynotes',
  keynote: 'keynotes',
  sessions: 'sessions',
  presentations: 'sessions',
  speakers: 'speakers',
  companies: 'organisations',
  organisations: 'organisations',
  organizations: 'organisations',
  orgs: 'organisations',
  days: 'days',
};
/** What follows "how many": a countable noun, maybe "were there", maybe a day. The phrase and the arguments share it. */
const COUNT_QUERY = `(${Object.keys(COUNTABLE).join('|')})(?: (?:were|are|was|did|gave)(?: (?:there|given|held|speak|spoke|talk))?)?(?: (?:on|at|in|for|during) (.+))?`;
const COUNT_ARGS = new RegExp(`^${COUNT_QUERY}$`);
const countArgs = z.string().transform((text, ctx): { what: Countable; day: DayRef | undefined } => {
  const m = COUNT_ARGS.exec(text.trim().toLowerCase().replace(/\s+/g, ' '));
  const what = m && Object.hasOwn(COUNTABLE, m[1]!) ? COUNTABLE[m[1]!] : undefined;
  if (!what) ctx.addIssue({ code: 'custom', message: `I can count talks, keynotes, sessions, speakers, companies and days.` });
  const day = m?.[2] ? readDay(m[2]) : null;
  if (m?.[2] && !day) ctx.addIssue({ code: 'custom', message: dayError(m[2]) });
  return { what: what ?? 'sessions', day: day ?? undefined };
});

const isDay = (_k: Knowledge, text: string): boolean => readDay(text) !== null;
const isOrg = (k: Knowledge, text: string): boolean => readDay(text) === null && !(text in LEVEL_WORDS) && findOrgs(k, text).length > 0;
const isSpeaker = (k: Knowledge, text: string): boolean => findSpeakers(k, text).length > 0;
const notDay = (_k: Knowledge, text: string): boolean => readDay(text) === null;
const dayOrNothing = (_k: Knowledge, text: string): boolean => text === '' || readDay(text) !== null;
/** "kubecon", "kubecon 2017", "the conference": words that name this conference (its `names`, from conference.json or the report). */
const namesConference = (k: Knowledge, text: string): boolean => {
  const name = text.replace(/ (?:19|20)\d\d$/, '');
  return name === 'conference' || name === 'event' || k.facts.names.includes(name);
};
/** What a summary may be "of" and still be the whole report's. */
const wholeReport = (k: Knowledge, text: string): boolean => text === '' || text === 'report' || text === 'whole thing' || namesConference(k, text);

/** How people ask for a whole list: "list all", "show me every", "what were the", or just "all". */
const LIST_LEAD = '(?:(?:list|show|give)(?: me)? |(?:what|which|who) (?:were|are) )?(?:all (?:the |of the )?|every |the )?';

/** `keynotes [day]` and `talks [day]`: the same command for either kind of session. */
function sessionsOfADay(kind: 'keynote' | 'talk', summary: string, examples: string[]): Command {
  const plural = `${kind}s`;
  return command({
    name: kind === 'keynote' ? 'keynotes' : 'talks',
    aliases: [kind],
    usage: `${plural} [day]`,
    summary,
    examples,
    args: optionalDay,
    phrases: [
      { pattern: new RegExp(`^(?:which|what) ${plural} (?:were|was|are) (?:there |given |held )?(?:on |at |for )?(.+)$`), accept: isDay },
      { pattern: new RegExp(`^${LIST_LEAD}${plural}(?: (?:on|for|of|from) (.+))?$`), accept: dayOrNothing },
      { pattern: new RegExp(`^(.+?) ${plural}$`), accept: isDay },
    ],
  });
}

/** Every command, in the order help lists them. The router, help and the manifest's hint read this. */
export const COMMANDS: readonly Command[] = [
  command({
    name: 'help',
    aliases: ['commands', 'usage', '?'],
    usage: 'help [command]',
    summary: 'What you can ask, or how to use one command.',
    examples: ['help', 'help keynotes'],
    args: optional,
    phrases: [{ pattern: /^(?:what can (?:you|i) (?:do|ask)|how (?:do i use|does this work)(?: this| you)?)$/ }],
  }),
  command({
    name: 'agenda',
    aliases: ['schedule', 'program', 'programme', 'lineup', 'overview'],
    usage: 'agenda [day]',
    summary: 'Every keynote and talk, by day and section.',
    examples: ['agenda', 'schedule day 2', 'agenda friday'],
    args: optionalDay,
    phrases: [
      { pattern: /^(?:(?:show|give) me |what(?:'s| is) )?the (?:full )?(?:agenda|schedule|program|programme|lineup)(?: (?:for|of|on) (.+))?$/, accept: dayOrNothing },
      { pattern: new RegExp(`^${LIST_LEAD}(?:sessions|keynotes and talks|talks and keynotes)(?: (?:on|for|of|from) (.+))?$`), accept: dayOrNothing },
    ],
  }),
  sessionsOfADay('keynote', 'The keynotes of a day (or of every day).', ['keynotes day1', 'keynotes first day', 'keynotes thursday']),
  sessionsOfADay('talk', 'The talks (not keynotes) of a day, or of every day.', ['talks day 2', 'talks day #3']),
  command({
    name: 'summary',
    aliases: ['tldr', 'recap', 'highlights', 'conclusion'],
    usage: 'summary [day]',
    summary: "The conference at a glance and the author's closing words (or one day's).",
    examples: ['summary', 'tl;dr', 'summary of day 2'],
    args: optional,
    phrases: [
      {
        pattern: /^(?:(?:give me |what(?:'s| is| was| were) )?(?:the |a |an )?(?:short )?(?:summary|recap|tl;?dr|highlights|conclusion|gist)(?: (?:of|for) (?:the )?(.+))?|sum (?:it )?up)$/,
        accept: wholeReport,
        argument: false,
      },
      // "where was KubeCon": the answer names the city and the days.
      { pattern: /^(?:where|when) (?:was|is|were|did) (?:the )?(.+?)(?: (?:held|hosted|take place|happen))?$/, accept: namesConference, argument: false },
      { pattern: /^(?:the )?(?:summary|recap|highlights|tl;?dr|overview) (?:of|for|on) (.+)$/, accept: isDay },
      { pattern: /^(.+?) (?:summary|recap|highlights|tl;?dr)$/, accept: isDay },
    ],
  }),
  command({
    name: 'count',
    aliases: [],
    usage: 'how many <talks|keynotes|speakers|companies> [on <day>]',
    summary: 'How many sessions, speakers or companies the report has, in all or on one day.',
    examples: ['how many talks were there', 'how many keynotes on day 2', 'how many speakers'],
    args: countArgs,
    phrases: [
      // The router takes the first group, the whole query; the arguments parse it with the same COUNT_QUERY.
      { pattern: new RegExp(`^(?:how many|number of|count(?: the)?) (${COUNT_QUERY})$`) },
    ],
  }),
  command({
    name: 'day',
    aliases: ['date'],
    usage: 'day <day>',
    summary: 'Everything on one day: sessions, booth, party, travel.',
    examples: ['day 1', 'day #0', 'friday'],
    args: requiredDay,
    phrases: [
      { pattern: /^what (?:happened|was there|went on|was on|is on)(?: on| at| during)? (.+)$/, accept: isDay },
      { pattern: /^(?:tell me )?about (.+)$/, accept: isDay },
      { pattern: /^(.+)$/, accept: isDay },
    ],
  }),
  command({
    name: 'level',
    aliases: ['levels'],
    usage: 'level <beginner|intermediate|advanced>',
    summary: 'The talks the report marks with that level.',
    examples: ['level advanced', 'beginner talks'],
    args: levelArg,
    phrases: [
      { pattern: /^((?:beginner|intermediate|advanced|basic|introductory|expert)s?)(?: level)?(?: talks| sessions)?$/ },
      { pattern: /^(?:(?:recommend|suggest)(?: me)? (?:a |an |some |good )?)?(?:talks?|sessions?) for (beginners|experts|advanced|intermediate)(?: level)?$/ },
      { pattern: /^(?:which|what) (?:talks|sessions) (?:are|were) (beginner|intermediate|advanced)(?: level)?$/ },
    ],
  }),
  command({
    name: 'speaker',
    aliases: ['speakers', 'person', 'people'],
    usage: 'speaker [name]',
    summary: 'Who a speaker is and what they talked about (all speakers without a name).',
    examples: ['speaker {speakerFirst}', 'who is {speaker}', 'what did {speaker2} talk about'],
    args: optional,
    phrases: [
      { pattern: /^(?:who(?:'s| is| was)) (.+)$/, accept: isSpeaker },
      { pattern: /^what did (.+?) (?:talk|speak|present|say|cover|present)(?: about| on)?$/, accept: (k, t) => isSpeaker(k, t) || !isOrg(k, t) },
      { pattern: /^(?:tell me )?about (.+)$/, accept: isSpeaker },
      { pattern: new RegExp(`^(?:${LIST_LEAD}speakers|who (?:spoke|talked|presented|gave (?:the )?(?:talks|keynotes)))$`) },
    ],
  }),
  command({
    name: 'org',
    aliases: ['company', 'organisation', 'organization', 'orgs', 'companies'],
    usage: 'org [company]',
    summary: "A company's sessions (all organisations without a name).",
    examples: ['org {org}', '{org} talks', 'talks by {org2}'],
    args: optional,
    phrases: [
      { pattern: /^(?:talks|sessions|keynotes|presentations|speakers|who spoke|who talked|who presented) (?:by|from|of) (.+)$/ },
      { pattern: /^(.+?) (?:talks|sessions|keynotes|presentations|speakers)$/, accept: isOrg },
      { pattern: /^(?:which|what) (?:companies|organisations|organizations) (?:spoke|presented|were there)$/ },
      { pattern: /^who (?:works|worked|is|was|are|were|came|spoke) (?:at|for|from) (.+)$/, accept: isOrg },
      { pattern: /^what did (.+?) (?:talk|speak|present|say|cover|announce|learn|show|share)(?: about| on)?$/, accept: isOrg },
    ],
  }),
  command({
    name: 'topic',
    aliases: ['about', 'mentions'],
    usage: 'topic <topic>',
    summary: 'Which sessions talked about a topic, and what they said.',
    examples: ['who talked about {topicTerm}', 'topic {topic}'],
    args: required('topic'),
    phrases: [
      { pattern: /^who (?:talked|spoke|presented|mentioned|discussed|covered|talks|speaks|presents) (?:about |on )?(.+)$/ },
      { pattern: /^(?:which|what) (?:talks|sessions|keynotes|speakers) (?:mentioned|covered|discussed|were about|talked about|are about|was about|were on) (.+)$/ },
      { pattern: /^(?:talks|sessions|keynotes) (?:about|on) (.+)$/, accept: notDay },
    ],
  }),
  command({
    name: 'when',
    aliases: [],
    usage: 'when <talk or speaker>',
    summary: 'The day and section of a session.',
    examples: ['when was the {session} talk', 'when did {speakerWhen} speak'],
    args: required('session or speaker'),
    phrases: [
      { pattern: /^when (?:was|is|did|were|does) (.+?)(?: (?:talk|speak|present|happen|take place|given|held|on))?$/ },
      { pattern: /^(?:what|which) day (?:was|is|did|were) (.+?)(?: (?:talk|speak|present|on))?$/ },
    ],
  }),
  command({
    name: 'session',
    aliases: ['detail', 'details', 'show'],
    usage: 'session <title words>',
    summary: 'One session in full: when, who, and all the report says of it.',
    examples: ['session {session2}', 'session {session}'],
    args: required('session (give words of its title)'),
    phrases: [],
  }),
  command({
    name: 'define',
    aliases: ['explain', 'term', 'describe'],
    usage: 'what is <project or term>',
    summary: "What a project or technology is, in the report's words, and where it came up.",
    examples: ['what is {term}?', 'what is {term2}', 'define {alias}'],
    args: required('project or term'),
    phrases: [
      { pattern: /^(?:what|who) (?:is|are|was|were|'s) (?:a |an |the )?(.+)$/ },
      { pattern: /^what's (?:a |an |the )?(.+)$/ },
      { pattern: /^(?:define|explain|describe|meaning of) (.+)$/ },
      { pattern: /^tell me (?:more )?about (.+)$/ },
    ],
  }),
  command({
    name: 'search',
    aliases: ['find', 'ask', 'search for'],
    usage: 'search <anything>',
    summary: 'Any other question: the passages of the report that answer it.',
    examples: ['how many people attended', '{question}'],
    args: required('question'),
    phrases: [],
  }),
];

/**
 * A command's examples for one conference, placeholders filled.
 *
 * @example
 * examplesOf(COMMANDS.find((c) => c.name === 'define')!, knowledge)[0]; // 'what is Ark?'
 */
export function examplesOf(c: Command, k: Knowledge): string[] {
  return c.examples.map((e) => fillExample(e, k.facts));
}

/** The slash command's one-line usage hint, from the registry. */
export function usageHint(): string {
  return COMMANDS.filter((c) => ['keynotes', 'speaker', 'define', 'agenda', 'help'].includes(c.name))
    .map((c) => c.usage)
    .join(' | ');
}
