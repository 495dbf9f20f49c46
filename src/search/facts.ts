import type { Facts, StarterSuggestion } from '../conference/facts.js';

/** The facts the bot's words need, each given by `conference.json` or taken from the report. */
export interface ResolvedFacts {
  /** Values for the registry's example placeholders: `{speaker}`, `{term}`, `{org}`, … */
  examples: Readonly<Record<string, string>>;
  starters: readonly StarterSuggestion[];
  projects: readonly string[];
  /** The word people address the bot by (`/kubecon`, `@kubecon`), cleaned off a question. */
  handle: string;
  /** Words that name this conference in a question ("where was kubecon"), lower case. */
  names: readonly string[];
}

/** A glossary term as the examples name it. */
export interface ReportTerm {
  name: string;
  aliases: readonly string[];
}

/** The examples taken from the glossary's terms. */
const TERM_EXAMPLES = ['term', 'term2', 'alias', 'topicTerm', 'topic'] as const;

/** What the report itself offers for examples when `conference.json` names nothing. */
export interface ReportNames {
  speakers: readonly string[];
  orgs: readonly string[];
  /**
   * Glossary terms, those the report defines first; or a function giving them, called only when
   * `conference.json` leaves out an example or the projects that need them (finding which terms
   * the report defines is start-up work otherwise left to the first question that asks).
   */
  terms: ReadonlyArray<ReportTerm> | (() => ReadonlyArray<ReportTerm>);
  /** A few telling words of each session's title. */
  titles: readonly string[];
  /** The conference's folder name and the report's title: where the handle and names come from by default. */
  conference: { id: string; name: string };
}

/**
 * Fills in what `conference.json` leaves out from the report's own names, so a conference folder
 * with only a report still gets examples and starters that name its own speakers and projects.
 *
 * @example
 * resolveFacts({ examples: {} }, { speakers: ['Ada Lovelace'], orgs: ['Acme'], terms: [], titles: [], conference: { id: 'adacon-2020', name: 'AdaCon 2020' } }).examples.speaker; // 'Ada Lovelace'
 */
export function resolveFacts(facts: Facts, names: ReportNames): ResolvedFacts {
  const pick = <T>(list: readonly T[], i: number, fallback: T): T => list[i] ?? list[0] ?? fallback;
  const speaker = pick(names.speakers, 0, 'a speaker');
  const needTerms = TERM_EXAMPLES.some((key) => facts.examples[key] === undefined) || !facts.starters || !facts.projects;
  const terms = !needTerms ? [] : typeof names.terms === 'function' ? names.terms() : names.terms;
  const term = pick(terms, 0, { name: 'Kubernetes', aliases: [] });
  const term2 = pick(terms, 1, term);
  const derived: Record<string, string> = {
    speaker,
    speakerFirst: speaker.split(' ')[0]!.toLowerCase(),
    speaker2: pick(names.speakers, 1, speaker),
    speakerWhen: pick(names.speakers, 2, speaker).toLowerCase(),
    org: pick(names.orgs, 0, 'a company').toLowerCase(),
    org2: pick(names.orgs, 1, 'a company').toLowerCase(),
    term: term.name,
    term2: term2.name,
    alias: terms.find((t) => t.aliases.length > 0)?.aliases[0] ?? term.name,
    topicTerm: term2.name.toLowerCase(),
    topic: pick(terms, 2, term).name.toLowerCase(),
    session: pick(names.titles, 0, 'keynote'),
    session2: pick(names.titles, 1, 'keynote'),
    question: `what did ${pick(names.orgs, 0, 'they')} talk about`,
  };
  const examples = { ...derived, ...facts.examples };
  const handle = facts.handle ?? names.conference.id.split('-')[0]!;
  return {
    examples,
    starters: facts.starters ?? [
      { label: 'Agenda', query: 'agenda' },
      { label: `What is ${examples.term}?`, query: `what is ${examples.term}` },
      { label: 'Help', query: 'help' },
    ],
    projects: facts.projects ?? terms.slice(0, 3).map((t) => t.name),
    handle,
    names: facts.names ?? [...new Set([handle.replace(/-/g, ''), ...(names.conference.name.toLowerCase().match(/[a-z0-9]*con\b/g) ?? [])])],
  };
}

/**
 * Fills `{name}` placeholders from the facts; unknown ones are left as they are.
 *
 * @example
 * fillExample('who is {speaker}', { examples: { speaker: 'Kelsey Hightower' }, starters: [], projects: [] }); // 'who is Kelsey Hightower'
 */
export function fillExample(template: string, facts: ResolvedFacts): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => facts.examples[key] ?? whole);
}
