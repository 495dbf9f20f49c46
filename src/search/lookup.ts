import type { SearchResult } from 'minisearch';
import type { Knowledge, OrgEntry, PassageEntry, SessionEntry, SpeakerEntry, TermEntry } from './knowledge.js';
import { orgKey } from './knowledge.js';
import { analyze, stem, wordSet } from './analyze.js';
import { nounShare, phrasalVerbsIn } from './english.js';
import { EXPAND_BELOW, related, type Relation } from './lexicon.js';
import { termFinder, type TermMatcher } from './terms.js';
import { contentWords, editDistance, fold, letterSet, lettersOf, mayBeWithin, STOP_WORDS, tokenize, typoBudget } from '../text/normalize.js';

/** True when `word` is `target` give or take a typo or two (fewer for short words). */
export function closeWord(word: string, target: string): boolean {
  if (word === target) return true;
  const budget = Math.min(typoBudget(word), typoBudget(target));
  return budget > 0 && editDistance(word, target, budget) <= budget;
}

/**
 * The glossary term a phrase names: an exact name or alias, a term mentioned inside the phrase
 * ("the heptio ark project"), or one a typo away ("spinaker").
 *
 * @example
 * findTerm(knowledge, 'k8s')?.matcher.term.name; // 'Kubernetes'
 */
export function findTerm(k: Knowledge, phrase: string): TermEntry | null {
  return findTermMatch(k, phrase)?.entry ?? null;
}

const termFinders = new WeakMap<Knowledge, (words: readonly string[]) => TermMatcher[]>();

/**
 * The glossary's terms a text's words name: `mentionedTerms` of the glossary, its keys filed by
 * first word once per knowledge rather than every term tried per text.
 *
 * @example
 * glossaryTermsIn(knowledge, tokenize('is heptio ark any good')).map((m) => m.term.name); // ['Ark']
 */
export function glossaryTermsIn(k: Knowledge, words: readonly string[]): TermMatcher[] {
  let find = termFinders.get(k);
  if (!find) {
    find = termFinder(k.terms.map((t) => t.matcher));
    termFinders.set(k, find);
  }
  return find(words);
}

/** Words that add nothing to a term's name: "the Ark project" asks what Ark is. */
export const GENERIC: ReadonlySet<string> = new Set([
  'project',
  'projects',
  'tool',
  'tools',
  'tooling',
  'technology',
  'technologies',
  'thing',
  'things',
  'software',
  'framework',
  'frameworks',
  'platform',
  'platforms',
  'product',
  'products',
]);

/** A term found in a phrase, and whether the phrase is just the term (`whole`) or says more. */
export interface TermMatch {
  entry: TermEntry;
  whole: boolean;
}

/** `findTerm`, also telling whether the phrase names only the term. */
export function findTermMatch(k: Knowledge, phrase: string): TermMatch | null {
  const key = fold(phrase)
    .replace(/^(the|a|an)\s+/, '')
    .replace(/[?!.]+$/, '')
    .trim();
  if (key === '') return null;
  const exact = k.terms.find((t) => t.matcher.keys.includes(key) || t.matcher.keys.includes(key.replace(/s$/, '')));
  if (exact) return { entry: exact, whole: true };
  const inside = glossaryTermsIn(k, tokenize(phrase));
  if (inside.length > 0) {
    // The longest name wins: "container runtime interface open" is CRI-O, not CRI.
    const longest = inside.reduce((a, b) => (longestKeyIn(b.keys, key) > longestKeyIn(a.keys, key) ? b : a));
    const entry = k.terms.find((t) => t.matcher === longest)!;
    const rest = contentWords(phrase).filter((w) => !GENERIC.has(w) && !longest.keyTokens.some((tokens) => tokens.includes(w)));
    return { entry, whole: rest.length === 0 };
  }
  const typo = k.terms.find((t) => t.matcher.keys.some((name) => closeWord(key, name)));
  if (typo) return { entry: typo, whole: true };
  const words = contentWords(phrase);
  const one = words.length === 1 ? k.terms.find((t) => t.matcher.keys.some((name) => closeWord(words[0]!, name))) : undefined;
  return one ? { entry: one, whole: true } : null;
}

/**
 * Words of a text the report never uses, not even a typo away or in other words: "mars" in
 * "kubernetes on mars".
 *
 * @example
 * unknownWords(knowledge, 'kubernetes on mars'); // ['mars']
 */
export function unknownWords(k: Knowledge, text: string): string[] {
  // Short words must be exact ("mars" is not "marsh"); long ones may carry one typo.
  const near = (w: string): boolean => {
    // Most of the report's words of about its length differ in more letters than one typo changes.
    const letters = letterSet(w);
    for (let n = w.length - 1; n <= w.length + 1; n++) {
      const stems = k.vocabularyByLength.get(n) ?? [];
      const sets = lettersOf(stems);
      for (let i = 0; i < stems.length; i++) if (mayBeWithin(letters, sets[i]!, 1) && editDistance(w, stems[i]!, 1) <= 1) return true;
    }
    return false;
  };
  // A word the lexicon relates to the report's words ("attended" → people) is said in other words.
  const shares = topicShares(text);
  return inReportTerms(k, analyze(text)).filter(
    (w) => !k.documentFrequency.has(w) && !k.aboutWords.has(w) && !k.spelledAs.has(w) && (shares.get(w) ?? 1) >= TOPIC_SHARE && relatedInReport(k, w).length === 0 && (w.length < 6 || !near(w)),
  );
}

/**
 * A hyphenated word the report never writes as one ("bare-metal", where it says "bare metal") is
 * asked through its parts alone, which `analyze` gives beside it.
 */
function inReportTerms(k: Knowledge, words: string[]): string[] {
  return words.filter((w) => !w.includes('-') || k.documentFrequency.has(w));
}

/** How much a word the report writes out stands for the shortening a question used ("cert" for "certified"). */
const SHORTENED = 0.8;
/** A shortening that begins more of the report's words than this is too short to say which. */
const SHORTENED_AT_MOST = 2;

const stemsInOrder = new WeakMap<Knowledge, readonly string[]>();

/**
 * The report's words a word the report never uses stands for: those the lexicon relates to it
 * ("weather" → snow), and those it shortens (see `shortened`).
 *
 * @example
 * relatedInReport(knowledge, 'alibaba'); // [{ stem: 'alibabacloud', weight: 0.8 }]
 */
export function relatedInReport(k: Knowledge, w: string): readonly Relation[] {
  const relations = related(k.lexicon, w);
  const longer = shortened(k, w).filter((s) => !relations.some((r) => r.stem === s));
  return longer.length === 0 ? relations : [...relations, ...longer.map((s) => ({ stem: s, weight: SHORTENED }))];
}

/**
 * The report's stems a word it never uses shortens ("cert" → certifi, "alibaba" → alibabacloud,
 * "infra" → infrastructur): those it begins, when it is 4+ letters and begins at most two of them
 * (shorter, or more, and it cannot say which: "cli" is no "client"). Binary search over the
 * report's stems, sorted once on first need.
 *
 * @example
 * shortened(knowledge, 'infra'); // ['infrastructur']
 */
export function shortened(k: Knowledge, w: string): readonly string[] {
  if (k.documentFrequency.has(w) || w.length < 4) return [];
  let stems = stemsInOrder.get(k);
  if (!stems) {
    stems = [...k.documentFrequency.keys()].sort();
    stemsInOrder.set(k, stems);
  }
  // The first stem at or after `w` in sorting order, then those that begin with it.
  let lo = 0;
  let hi = stems.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (stems[mid]! < w) lo = mid + 1;
    else hi = mid;
  }
  const longer: string[] = [];
  for (let i = lo; i < stems.length && stems[i]!.startsWith(w) && longer.length <= SHORTENED_AT_MOST; i++) if (stems[i]!.length >= w.length + 2) longer.push(stems[i]!);
  return longer.length > SHORTENED_AT_MOST ? [] : longer;
}

/**
 * The report stems a question's words reach only through the lexicon (see `relatedInReport`), each
 * with the best relation's weight: a word of the question itself is not among them.
 *
 * @example
 * relatedStems(knowledge, ['weather']).get('snow'); // 0.5
 */
export function relatedStems(k: Knowledge, words: readonly string[]): Map<string, number> {
  const own = new Set(words);
  const reached = new Map<string, number>();
  for (const w of own) {
    if ((k.documentFrequency.get(w) ?? 0) >= EXPAND_BELOW) continue;
    for (const r of relatedInReport(k, w)) if (!own.has(r.stem)) reached.set(r.stem, Math.max(reached.get(r.stem) ?? 0, r.weight));
  }
  return reached;
}

/** How much of a question word a glossary `about` line holding it covers: as much as a hypernym (see the lexicon's weights). */
const ABOUT_SHARE = 0.6;

/** Below this noun share, a word is how the asker says something, not a topic. */
const TOPIC_SHARE = 0.5;
/** What a word the report lacks weighs at least, of a topic word's weight, however rarely a noun. */
const PARAPHRASE_FLOOR = 0.2;

/**
 * How much a question's (analysed) word tells, for deciding how much of a question a passage
 * covers: the rarer in the report, the more (inverse document frequency). A word the report never
 * uses tells the most when it names a thing ("hotel", "blockchain": a topic the report may lack),
 * and less the less English uses it as a noun ("unveil", "blurry": the asker's own words for
 * something the report says otherwise). `share` is the word's noun share as the question wrote it.
 *
 * @example
 * information(knowledge, 'hotel', 1) > information(knowledge, 'unveil', 0.29); // true
 */
export function information(k: Knowledge, w: string, share: number): number {
  return k.documentFrequency.has(w) ? rarity(k, w) : rarity(k, w) * (PARAPHRASE_FLOOR + (1 - PARAPHRASE_FLOOR) * share);
}

/**
 * Inverse document frequency in the report: how few of its passages hold a stem.
 *
 * @example
 * rarity(knowledge, 'ark') > rarity(knowledge, 'kubernet'); // true
 */
export function rarity(k: Knowledge, w: string): number {
  return Math.log(1 + k.passages.length / (1 + (k.documentFrequency.get(w) ?? 0)));
}

/**
 * The noun share of each analysed word of a text, read from the words as written ("entanglement"
 * is a thing though its stem is shared with "entangle"); a single letter ("x > y", "n" for and)
 * never names a topic.
 *
 * @example
 * topicShares('did intel unveil it').get('unveil'); // 0.29
 */
export function topicShares(text: string): Map<string, number> {
  const shares = new Map<string, number>();
  const tokens = tokenize(text);
  // "end up", "kicked off": the word before a particle it makes a verb with is no thing asked about.
  const verbs = phrasalVerbsIn(tokens);
  tokens.forEach((token, i) => {
    if (STOP_WORDS.has(token)) return;
    const key = stem(token);
    const share = token.length < 2 || verbs.has(i) ? 0 : nounShare(token, key);
    shares.set(key, Math.max(shares.get(key) ?? 0, share));
  });
  return shares;
}

/**
 * The analysed words of a text that name things (mostly nouns, or no English word at all), not how
 * the asker says something: what a passage must hold for a question to be covered.
 *
 * @example
 * topicWords('did intel unveil a new box'); // ['intel', 'box']
 */
export function topicWords(text: string): string[] {
  return [...topicShares(text)].filter(([, share]) => share >= TOPIC_SHARE).map(([w]) => w);
}

function longestKeyIn(keys: readonly string[], text: string): number {
  return Math.max(...keys.map((key) => (text.includes(key) ? key.length : 0)));
}

/**
 * The speakers a phrase names: every word of the phrase must match a word of the name, typos
 * forgiven (`kelsy` finds Kelsey Hightower; `chen` finds Chen Goldberg and Amy Chen).
 *
 * @example
 * findSpeakers(knowledge, 'Clayton').map((s) => s.speaker.name); // ['Clayton Coleman']
 */
export function findSpeakers(k: Knowledge, phrase: string): SpeakerEntry[] {
  const words = tokenize(phrase).filter((w) => !['the', 'speaker', 'mr', 'mrs', 'ms', 'dr'].includes(w));
  if (words.length === 0) return [];
  const whole = k.speakers.filter((s) => s.key === words.join(' '));
  if (whole.length > 0) return whole;
  const exact = k.speakers.filter((s) => words.every((w) => s.tokens.includes(w)));
  if (exact.length > 0) return exact;
  return k.speakers.filter((s) => words.every((w) => s.tokens.some((n) => closeWord(w, n))));
}

/**
 * The organisations a phrase names: by name without `Corp`/`Inc`, run together (`redhat`),
 * initials (`aws`, `cncf`), the first word (`microsoft` finds Microsoft and Microsoft Azure), or a typo
 * away (`hepito`).
 *
 * @example
 * findOrgs(knowledge, 'aws').map((o) => o.name); // ['Amazon Web Services']
 */
export function findOrgs(k: Knowledge, phrase: string): OrgEntry[] {
  const key = orgKey(phrase.replace(/^(the)\s+/i, ''));
  if (key === '') return [];
  const squashed = key.replace(/[^a-z0-9]/g, '');
  const direct = k.orgs.filter((o) => o.squashed === squashed || o.initials === squashed || o.firstWord === key);
  if (direct.length > 0) return direct;
  return k.orgs.filter((o) => closeWord(squashed, o.squashed) || closeWord(key, o.firstWord));
}

/** A session found by words of its title (or its speakers), with how sure the match is. */
export interface SessionHit {
  entry: SessionEntry;
  score: number;
  /** Share of the query's words that matched, 0–1. */
  coverage: number;
}

/**
 * Sessions whose titles (or speakers, or terms) match words of a phrase, best first; typos and
 * word beginnings forgiven. `fields` narrows the match, e.g. to what a session is called and who gave it.
 *
 * @example
 * findSessions(knowledge, 'game of thrones')[0]?.entry.session.title; // 'Pushing the Limits of Kubernetes with Game of Thrones'
 */
export function findSessions(k: Knowledge, phrase: string, fields?: ReadonlyArray<'title' | 'people' | 'topics'>): SessionHit[] {
  const words = [...new Set(analyze(phrase))];
  if (words.length === 0) return [];
  return k.sessionIndex.search(words.join(' '), fields ? { fields: [...fields] } : {}).flatMap((r) => {
    const entry = k.sessionById.get(String(r.id));
    if (!entry) return [];
    return [{ entry, score: r.score, coverage: r.queryTerms.length / words.length }];
  });
}

/** A passage found by free text, with the words it matched. */
export interface PassageHit {
  entry: PassageEntry;
  score: number;
  /** Share of the query's information (rare words weigh more) the passage holds, 0–1. */
  coverage: number;
  /** Share of the question's topic words' information (see `topicWords`) the passage holds, 0–1; 0 when it has none. */
  topicCoverage: number;
  /** The document words that matched, to pick the sentences worth quoting. */
  matchedTerms: string[];
  /** False when the words matched only the session's title or speakers, not the passage itself. */
  inText: boolean;
}

/**
 * Passages that answer free text, best first, each with its coverage of the question. Words the
 * report never uses weigh the most, so "kubernetes on mars" does not pass for a question about
 * Kubernetes.
 *
 * @example
 * searchPassages(knowledge, 'how many people attended')[0]?.entry.passage.line; // 28
 */
export function searchPassages(k: Knowledge, text: string, filter?: (p: PassageEntry) => boolean): PassageHit[] {
  const words = inReportTerms(k, [...new Set(analyze(expandAliases(k, text)))]);
  if (words.length === 0) return [];
  const shares = topicShares(text);
  const weight = (w: string): number => information(k, w, shares.get(w) ?? 1);
  const all = words.reduce((sum, w) => sum + weight(w), 0);
  const topics = words.filter((w) => (shares.get(w) ?? 1) >= TOPIC_SHARE);
  const allTopics = topics.reduce((sum, w) => sum + weight(w), 0);
  // Each searched stem, with the question words it stands for and how much of each it carries: a
  // word stands for itself wholly; a word the report rarely or never uses is also searched through
  // the report stems the lexicon relates it to ("weather" → snow, 0.5), never above the word.
  const stands = new Map<string, Map<string, number>>();
  const standFor = (term: string, word: string, share: number): void => {
    const m = stands.get(term) ?? new Map<string, number>();
    m.set(word, Math.max(m.get(word) ?? 0, share));
    stands.set(term, m);
  };
  const expandedUsed: string[] = [];
  for (const w of words) {
    standFor(w, w, 1);
    // The report's misspellings of the word are the word ("pipelines", written "pupelines").
    for (const spelled of k.spelledAs.get(w) ?? []) standFor(spelled, w, 1);
    const df = k.documentFrequency.get(w) ?? 0;
    if (df >= EXPAND_BELOW) continue;
    const relations = relatedInReport(k, w);
    for (const r of relations) standFor(r.stem, w, r.weight);
    if (df > 0 && relations.length > 0) expandedUsed.push(w);
  }
  // A related stem ranks well below the question's own words (a quarter, per unit of the
  // relation's weight): it widens what is found, it does not decide the order among passages that
  // hold the words themselves.
  const RELATED_BOOST = 0.25;
  const boostOf = (term: string): number => {
    const best = Math.max(...(stands.get(term)?.values() ?? [1]));
    return best >= 1 ? 1 : best * RELATED_BOOST;
  };
  // Worked out once per stem: MiniSearch asks for each query term's boost per search.
  const boosted = new Map([...stands.keys()].map((term) => [term, boostOf(term)]));
  const boost = (term: string): number => boosted.get(term) ?? boostOf(term);
  const terms = [...stands.keys()];
  // What the search weighs each stem at, for telling one search from another.
  const boosts = terms.map((t) => `${t}:${boost(t)}`).join(' ');
  const results = indexSearch(k, terms.join(' '), boosts, boost, filter);
  // A word the report uses keeps priority: where a passage holds it only in the heading it stands
  // under, related stems in its text do not lift it (the words-only score is used): "band" in the
  // passage under "Party" does not outrank the passage that says "party".
  // Searched only when some passage holds such a word in its heading alone (most searches have none).
  let plain: Map<unknown, number> | null = null;
  const plainScore = (id: unknown): number | undefined => {
    plain ??= new Map(indexSearch(k, words.join(' '), 'plain', boost, filter).map((r) => [r.id, r.score]));
    return plain.get(id);
  };
  const coverage = coverageCounter(words, weight, topics, stands, (term) => rarity(k, term));
  // A word found only in what the glossary says the passage's terms are covers the question word as
  // a close relation would. One function for every result, reading the one being counted.
  let counting: SearchResult | undefined;
  const aboutScale = (term: string): number => (counting && fieldsOf(counting, term)?.every((field) => field === 'about') ? ABOUT_SHARE : 1);
  const hits: PassageHit[] = [];
  for (const r of results) {
    const entry = k.passageById.get(String(r.id));
    if (!entry) continue;
    counting = r;
    const { covered, topicCovered } = coverage(r.queryTerms, aboutScale);
    const score = headingOnly(r, expandedUsed) ? (plainScore(r.id) ?? r.score) : r.score;
    const asideFactor = entry.passage.aside ? 0.5 : 1;
    hits.push({ entry, score: score * asideFactor, coverage: covered / all, topicCoverage: allTopics === 0 ? 0 : topicCovered / allTopics, matchedTerms: r.terms, inText: matchedInText(r) });
  }
  hits.sort((a, b) => b.score - a.score);
  // Stems let "jobs" answer "job"; the passage that uses the question's own word form ranks above
  // one that only shares its stem (the exact-plus-stemmed fields of a search engine). Only the
  // leading hits are checked: the bonus reorders the top, it cannot lift the tail past it.
  const surface = [...new Set(contentWords(text))];
  const leading = hits.slice(0, 20);
  for (const h of leading) {
    const { passage, session, section } = h.entry;
    const text = wordSet(passage.text);
    const title = wordSet(session?.title ?? section?.heading ?? '');
    let same = 0;
    for (const w of surface) if (text.has(w) || title.has(w)) same++;
    h.score *= 1 + (0.5 * same) / Math.max(1, surface.length);
  }
  return leading.sort((a, b) => b.score - a.score).concat(hits.slice(20));
}

/** The fields a result matched a term in; own keys only, so a term named like Object's prototype ("constructor") is no match. */
function fieldsOf(r: SearchResult, term: string): string[] | undefined {
  return Object.hasOwn(r.match, term) ? r.match[term] : undefined;
}

/** How much of a question a passage found covers: all its words' information, and its topic words'. */
interface Covered {
  covered: number;
  topicCovered: number;
}

/** A question word a searched stem stands for (by its place in the question's words), and the information it covers of it. */
interface Standing {
  word: number;
  info: number;
}

/**
 * Counts, for each passage a search found, the information of the question's words that its
 * matched stems cover: each word at the most any of its stems covers, summed in the order the
 * words were first covered (the order a map of them would keep, so the sums are the same to the
 * last bit). A search finds hundreds of passages: what a stem covers of each word is worked out
 * once per search, and the counter's arrays are reused from passage to passage, so no map is
 * made per passage. What it returns is the same object each time, overwritten by the next count.
 *
 * @example
 * const coverage = coverageCounter(['ark'], () => 2, ['ark'], new Map([['ark', new Map([['ark', 1]])]]), () => 2);
 * coverage(['ark']); // { covered: 2, topicCovered: 2 }
 */
export function coverageCounter(
  words: readonly string[],
  weight: (w: string) => number,
  topics: readonly string[],
  stands: ReadonlyMap<string, ReadonlyMap<string, number>>,
  termRarity: (term: string) => number,
): (queryTerms: readonly string[], scaleOf?: (term: string) => number) => Covered {
  const place = new Map(words.map((w, i) => [w, i]));
  const standings = new Map<string, Standing[]>();
  for (const [term, parts] of stands) {
    // A related stem covers its question word at the relation's weight, and never for more
    // information than it carries itself: a related stem the report uses everywhere ("change")
    // says little; "weather" → "snow" (one passage) says much. The related stem is the report's
    // own word (a heading's, at times): only its rarity counts.
    standings.set(
      term,
      [...parts].map(([w, part]) => ({ word: place.get(w)!, info: term === w ? weight(w) : part * Math.min(weight(w), termRarity(term)) })),
    );
  }
  const topicPlaces = topics.map((w) => place.get(w)!);
  // Plain arrays, not typed ones: a question has a handful of words, and each typed array is a
  // buffer object more for the collector to track, per search.
  const held: number[] = words.map(() => 0);
  // Which passage last covered each word: a word not covered by this one holds nothing yet.
  const coveredBy: number[] = words.map(() => 0);
  const firstCovered: number[] = words.map(() => 0);
  let passage = 0;
  // One result object, overwritten per passage: the caller reads it at once, and a fresh one per
  // passage found was most of what counting allocated.
  const counted: Covered = { covered: 0, topicCovered: 0 };
  return (queryTerms, scaleOf) => {
    passage++;
    let count = 0;
    for (const term of queryTerms) {
      const scale = scaleOf ? scaleOf(term) : 1;
      for (const standing of standings.get(term) ?? []) {
        const { word } = standing;
        const info = standing.info * scale;
        if (coveredBy[word] !== passage) {
          coveredBy[word] = passage;
          held[word] = Math.max(0, info);
          firstCovered[count++] = word;
        } else held[word] = Math.max(held[word]!, info);
      }
    }
    let covered = 0;
    for (let i = 0; i < count; i++) covered += held[firstCovered[i]!]!;
    let topicCovered = 0;
    for (const word of topicPlaces) topicCovered += coveredBy[word] === passage ? held[word]! : 0;
    counted.covered = covered;
    counted.topicCovered = topicCovered;
    return counted;
  };
}

/** Whether a passage matched a word the report uses only in the heading it stands under (see `searchPassages`). */
function headingOnly(r: SearchResult, expandedUsed: readonly string[]): boolean {
  for (const w of expandedUsed) {
    const fields = fieldsOf(r, w);
    if (fields !== undefined && !fields.includes('text')) return true;
  }
  return false;
}

/** Whether any word of a search result matched the passage's own text (or what the glossary says its terms are), not only its title or speakers. */
function matchedInText(r: SearchResult): boolean {
  for (const term in r.match) {
    const fields = fieldsOf(r, term);
    if (fields?.includes('text') || fields?.includes('about')) return true;
  }
  return false;
}

/** The passage searches of the question being answered, by what was searched, and the knowledge they were run on. */
let searches: { k: Knowledge; results: Map<string, SearchResult[]> } | null = null;

/**
 * Runs `answer` with its passage searches kept until it returns: one answer tries several scopes
 * (a project's passages, a talk's, the whole report) and replies (a topic's sessions, then its
 * passages) with the same words, and MiniSearch scores every passage before a scope's filter drops
 * any, so each distinct search is scored once and filtered as each scope needs.
 *
 * @example
 * oneQuestion(knowledge, () => answerQuery(knowledge, query));
 */
export function oneQuestion<T>(k: Knowledge, answer: () => T): T {
  if (searches) return answer();
  searches = { k, results: new Map() };
  try {
    return answer();
  } finally {
    searches = null;
  }
}

/** A passage search (`boosts` tells apart searches of one query weighed differently), from this question's searches when it ran already. */
function indexSearch(k: Knowledge, query: string, boosts: string, boostTerm: (term: string) => number, filter?: (p: PassageEntry) => boolean): SearchResult[] {
  const memo = searches?.k === k ? searches.results : null;
  const key = `${query}\u0001${boosts}`;
  let results = memo?.get(key);
  if (!results) {
    // The terms are analysed already (a stem stemmed again can change).
    results = k.passageIndex.search(query, { tokenize: (q: string) => q.split(' '), boostTerm });
    memo?.set(key, results);
  }
  return filter ? results.filter((r) => filter(k.passageById.get(String(r.id))!)) : results;
}

/** Adds each glossary term's name after an alias the text uses (`DR` → `DR disaster recovery`). */
function expandAliases(k: Knowledge, text: string): string {
  const names = glossaryTermsIn(k, tokenize(text))
    .map((m) => m.term.name)
    .filter((name) => !fold(text).includes(fold(name)));
  return names.length > 0 ? `${text} ${names.join(' ')}` : text;
}
