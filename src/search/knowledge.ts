import MiniSearch, { type SearchOptions } from 'minisearch';
import type { Conference, Day, Passage, Section, Session, Speaker } from '../conference/model.js';
import type { ConferenceSource } from '../conference/load.js';
import { contentWords, fold, tokenize } from '../text/normalize.js';
import { analyze, analyzeTokens } from './analyze.js';
import { findDefinition, splitForDefinitions, type Definition, type Sentence } from './definitions.js';
import { resolveFacts, type ResolvedFacts } from './facts.js';
import { EMPTY_LEXICON, type Lexicon } from './lexicon.js';
import { termFinder, termMatcher, type TermMatcher } from './terms.js';
import type { DenseIndex } from './dense.js';
import { reportUnits, type Unit } from './units.js';

/** A passage with where it stands in the conference. */
export interface PassageEntry {
  passage: Passage;
  day: Day | null;
  section: Section | null;
  session: Session | null;
  terms: TermMatcher[];
}

export interface SessionEntry {
  session: Session;
  day: Day;
  section: Section;
  /** The title's telling words, analysed: those few other titles share ("secret", "superpower"). */
  titleWords: string[];
}

export interface TermEntry {
  matcher: TermMatcher;
  mentions: PassageEntry[];
  /** The sentence that best says what the term is; found when first read (most never are). */
  readonly definition: Definition<PassageEntry> | null;
}

/** One person, however many sessions they gave (Clayton Coleman gave two). */
export interface SpeakerEntry {
  speaker: Speaker;
  key: string;
  /** The name's folded words, for matching "kelsey" or "hightower". */
  tokens: string[];
  sessions: SessionEntry[];
}

export interface OrgEntry {
  name: string;
  /** Folded and without `Corp`, `Inc.`: `Quantum Corp` and `Quantum` are one organisation. */
  key: string;
  /** The key without spaces or punctuation (`redhat`), its initials (`aws`) and first word. */
  squashed: string;
  initials: string;
  firstWord: string;
  sessions: SessionEntry[];
}

interface PassageDoc {
  id: string;
  text: string;
  title: string;
  people: string;
  /** What the glossary says the terms the passage names are ("overlay network for pods"). */
  about: string;
}

interface SessionDoc {
  id: string;
  title: string;
  people: string;
  topics: string;
}

/** Everything the engine answers from; built once at start, never changed after. */
export interface Knowledge {
  conference: Conference;
  /** What the bot's own words say of this report: example names, starter questions. */
  facts: ResolvedFacts;
  passages: PassageEntry[];
  sessions: SessionEntry[];
  terms: TermEntry[];
  speakers: SpeakerEntry[];
  orgs: OrgEntry[];
  passageById: ReadonlyMap<string, PassageEntry>;
  sessionById: ReadonlyMap<string, SessionEntry>;
  passageIndex: MiniSearch<PassageDoc>;
  sessionIndex: MiniSearch<SessionDoc>;
  /** In how many passages each analysed token occurs, for weighing query words. */
  documentFrequency: ReadonlyMap<string, number>;
  /** Every word of the report (and its titles and names) as typed, folded: to tell words from typos. */
  vocabulary: ReadonlySet<string>;
  /** The analysed words of the glossary's `about` lines: words a question may ask by, though the report never uses them. */
  aboutWords: ReadonlySet<string>;
  /** The analysed tokens of the report, grouped by length for typo look-ups. */
  vocabularyByLength: ReadonlyMap<number, readonly string[]>;
  /** English stems the report misspells, each with the report's stems for it ("pipelin" → pupelin). */
  spelledAs: ReadonlyMap<string, readonly string[]>;
  /** General-English words related to the report's stems (empty when the conference has none). */
  lexicon: Lexicon;
  /** Every sentence of the report, in order: what an answer quotes and the scorer ranks. */
  units: readonly Unit[];
  /** The sentence-embedding model and the report's vectors; null when the engine runs without the model. */
  dense: DenseIndex | null;
}

const ORG_SUFFIX = /\s+(corp|corporation|inc|incorporated|ltd|llc|gmbh)\.?$/;

/**
 * The key organisations are matched by.
 *
 * @example
 * orgKey('Quantum Corp'); // 'quantum'
 */
export function orgKey(name: string): string {
  return fold(name).replace(/[,.]/g, '').replace(ORG_SUFFIX, '').replace(/\s+/g, ' ').trim();
}

/**
 * How much a word found only in what the glossary says a passage's terms are ranks, against the
 * passage's own words: it widens what is found ("the overlay network" → Flannel's passages), it
 * does not outrank a passage that says the word.
 */
export const ABOUT_BOOST = 0.3;

const speakerLine = (s: Speaker): string => [s.name, s.role, s.org].filter(Boolean).join(' ');

/** The index's terms are analysed already (`analyze`): taken as they are. */
const asAnalyzed = (term: string): string => term;

/**
 * Every option a search of an index here passes (`tokenize`, `boostTerm`, `fields`), declared in
 * the index's own search options with the value that means what leaving it out means: the index's
 * tokenizer and term processing, no term boost, all fields. MiniSearch merges a search's options
 * into the index's with object spreads, once per search and once per term; on Node 20 (V8 11.3) a
 * spread that adds fields the first object lacks leaves about 300 bytes that outlive the next
 * young-generation collection. With every key declared, the merges add none, and the searches
 * (scored exactly as before) leave nothing behind.
 *
 * @example
 * searchKeys(tokenize); // { tokenize, processTerm: asAnalyzed, boostTerm: undefined, fields: undefined }
 */
function searchKeys(tokenize: (text: string) => string[]): SearchOptions {
  return { tokenize, processTerm: asAnalyzed, boostTerm: undefined, fields: undefined };
}

/**
 * Builds the knowledge the engine answers from: lookups, term mentions and definitions, and two
 * MiniSearch indexes (passages, sessions). Tens of milliseconds for the Austin report, cold.
 *
 * @example
 * const knowledge = buildKnowledge(loadConference('kubecon-2017-austin'));
 * knowledge.sessions.length; // 28
 */
export function buildKnowledge({ conference, terms, facts, lexicon, spelling }: ConferenceSource): Knowledge {
  // Each distinct text is tokenised once: a passage's words feed its term mentions, the index, the
  // document frequencies and the vocabulary, and a session's title and speakers stand over each of
  // its passages. Kept for this build only (the indexes' analyzer falls back to `analyze`).
  const tokenized = new Map<string, string[]>();
  const analyzed = new Map<string, string[]>();
  const tokensOf = (text: string): string[] => {
    let tokens = tokenized.get(text);
    if (!tokens) {
      tokens = tokenize(text);
      tokenized.set(text, tokens);
    }
    return tokens;
  };
  let analyzedOf = (text: string): string[] => {
    let tokens = analyzed.get(text);
    if (!tokens) {
      tokens = analyzeTokens(tokensOf(text));
      analyzed.set(text, tokens);
    }
    return tokens;
  };

  const matchers = terms.map(termMatcher);
  const termsIn = termFinder(matchers);
  const passages: PassageEntry[] = [];
  const sessions: SessionEntry[] = [];
  const add = (passage: Passage, day: Day | null, section: Section | null, session: Session | null): void => {
    passages.push({ passage, day, section, session, terms: termsIn(tokensOf(passage.text)) });
  };
  for (const p of conference.preamble) add(p, null, null, null);
  for (const day of conference.days) {
    for (const section of day.sections) {
      for (const p of section.passages) add(p, day, section, null);
      for (const session of section.sessions) {
        sessions.push({ session, day, section, titleWords: [] });
        for (const p of session.passages) add(p, day, section, session);
      }
    }
  }

  // A title word most titles share ("kubernetes", "cloud") names no session in particular.
  const titleFrequency = new Map<string, number>();
  for (const entry of sessions) {
    entry.titleWords = [...new Set(analyzedOf(entry.session.title))];
    for (const w of entry.titleWords) titleFrequency.set(w, (titleFrequency.get(w) ?? 0) + 1);
  }
  for (const entry of sessions) entry.titleWords = entry.titleWords.filter((w) => (titleFrequency.get(w) ?? 0) <= 2);

  const mentionsOf = new Map<TermMatcher, PassageEntry[]>(matchers.map((m) => [m, []]));
  for (const p of passages) for (const m of p.terms) mentionsOf.get(m)!.push(p);
  const sentences = new Map<PassageEntry, readonly Sentence[]>();
  const sentencesOf = (p: PassageEntry): readonly Sentence[] => {
    let list = sentences.get(p);
    if (!list) {
      list = splitForDefinitions(p.passage.text);
      sentences.set(p, list);
    }
    return list;
  };
  // A definition is looked for when a question or the facts first need it: a fraction of a
  // millisecond for one term, but 79 of them (each with its own pattern to compile) were a tenth
  // of start-up.
  const termEntries: TermEntry[] = matchers.map((matcher) => {
    const mentions = mentionsOf.get(matcher)!;
    let definition: Definition<PassageEntry> | null | undefined;
    return {
      matcher,
      mentions,
      get definition() {
        if (definition === undefined) definition = findDefinition(matcher, mentions, sentencesOf);
        return definition;
      },
    };
  });

  const speakers = new Map<string, SpeakerEntry>();
  const orgs = new Map<string, OrgEntry>();
  for (const entry of sessions) {
    for (const speaker of entry.session.speakers) {
      const key = fold(speaker.name);
      const known = speakers.get(key) ?? { speaker, key, tokens: tokenize(speaker.name), sessions: [] };
      known.sessions.push(entry);
      speakers.set(key, known);
      const okey = orgKey(speaker.org);
      const org = orgs.get(okey) ?? {
        name: speaker.org,
        key: okey,
        squashed: okey.replace(/[^a-z0-9]/g, ''),
        initials: okey
          .split(' ')
          .map((w) => w[0])
          .join(''),
        firstWord: okey.split(' ')[0]!,
        sessions: [],
      };
      if (!org.sessions.includes(entry)) org.sessions.push(entry);
      orgs.set(okey, org);
    }
  }

  // One tokenizer for both indexes and their searches: a search's text is analysed as the report's was.
  const analyzedTerms = (text: string): string[] => analyzedOf(text);
  const passageIndex = new MiniSearch<PassageDoc>({
    fields: ['text', 'title', 'people', 'about'],
    storeFields: [],
    tokenize: analyzedTerms,
    processTerm: asAnalyzed,
    // A word the report uses is taken as written: fuzzy matching is for typos, and walking the
    // index for near neighbours of a known word was most of a search's time.
    searchOptions: {
      boost: { title: 0.6, people: 2, about: ABOUT_BOOST },
      fuzzy: (t) => (t.length >= 5 && !documentFrequency.has(t) ? 0.2 : false),
      prefix: false,
      ...searchKeys(analyzedTerms),
    },
  });
  passageIndex.addAll(
    passages.map(({ passage, section, session, terms }) => ({
      id: passage.id,
      text: passage.text,
      title: session?.title ?? section?.heading ?? '',
      people: session ? session.speakers.map(speakerLine).join(' ') : '',
      about: terms.map((t) => t.term.about ?? '').join(' '),
    })),
  );

  // The glossary terms a session's passages mention, in glossary order.
  const topicsOf = new Map<Session, TermEntry[]>();
  for (const t of termEntries) {
    for (const { session } of t.mentions) {
      if (!session) continue;
      const list = topicsOf.get(session);
      if (!list) topicsOf.set(session, [t]);
      else if (list[list.length - 1] !== t) list.push(t);
    }
  }
  const sessionIndex = new MiniSearch<SessionDoc>({
    fields: ['title', 'people', 'topics'],
    tokenize: analyzedTerms,
    processTerm: asAnalyzed,
    searchOptions: { boost: { title: 3, people: 2 }, fuzzy: (t) => (t.length >= 5 ? 0.2 : false), prefix: true, ...searchKeys(analyzedTerms) },
  });
  sessionIndex.addAll(
    sessions.map(({ session }) => ({
      id: session.id,
      title: session.title,
      people: session.speakers.map(speakerLine).join(' '),
      topics: (topicsOf.get(session) ?? []).map((t) => t.matcher.term.name).join(' '),
    })),
  );

  const documentFrequency = new Map<string, number>();
  for (const { passage } of passages) {
    for (const token of new Set(analyzedOf(passage.text))) documentFrequency.set(token, (documentFrequency.get(token) ?? 0) + 1);
  }

  const vocabulary = new Set<string>();
  for (const { passage, section, session } of passages) {
    for (const text of [passage.text, section?.heading ?? '', session?.title ?? '']) for (const t of tokensOf(text)) vocabulary.add(t);
  }
  for (const entry of sessions) for (const text of [entry.session.title, entry.session.speakers.map(speakerLine).join(' ')]) for (const t of tokensOf(text)) vocabulary.add(t);

  const aboutWords = new Set(terms.flatMap((t) => (t.about ? analyzedOf(t.about) : [])));

  const vocabularyByLength = new Map<number, string[]>();
  for (const token of documentFrequency.keys()) {
    const list = vocabularyByLength.get(token.length);
    if (list) list.push(token);
    else vocabularyByLength.set(token.length, [token]);
  }

  // Questions are analysed as they come, not kept: the indexes' analyzer is plain `analyze` from here on.
  analyzedOf = analyze;
  tokenized.clear();
  analyzed.clear();

  // The terms the report defines first: asked for only when conference.json leaves a term example out.
  const defined = (): TermMatcher['term'][] => [...termEntries].sort((a, b) => Number(b.definition !== null) - Number(a.definition !== null)).map((t) => t.matcher.term);
  return {
    conference,
    facts: resolveFacts(facts, {
      speakers: [...speakers.values()].map((s) => s.speaker.name),
      orgs: [...orgs.values()].map((o) => o.name),
      terms: defined,
      titles: sessions.map((e) => contentWords(e.session.title).slice(0, 3).join(' ')).filter(Boolean),
      conference,
    }),
    vocabulary,
    vocabularyByLength,
    aboutWords,
    passages,
    sessions,
    terms: termEntries,
    speakers: [...speakers.values()],
    orgs: [...orgs.values()],
    passageById: new Map(passages.map((p) => [p.passage.id, p])),
    sessionById: new Map(sessions.map((s) => [s.session.id, s])),
    passageIndex,
    sessionIndex,
    documentFrequency,
    lexicon: lexicon ?? EMPTY_LEXICON,
    spelledAs: spelledAs(spelling),
    units: reportUnits(passages),
    dense: null,
  };
}

/** English stem → the report's stems that misspell it. */
function spelledAs(fixes: ReadonlyArray<readonly [string, string]>): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const [report, english] of fixes) map.set(english, [...(map.get(english) ?? []), report]);
  return map;
}

/**
 * The same knowledge with the model's dense index: what the bot answers with.
 *
 * @example
 * const k = buildKnowledge(source);
 * withDense(k, loadDense(dir, id, k, startEncoder())).dense?.unitVectors.length === k.units.length; // true
 */
export function withDense(k: Knowledge, dense: DenseIndex): Knowledge {
  return { ...k, dense };
}
