import type { Knowledge, OrgEntry, SessionEntry, SpeakerEntry, TermEntry } from '../search/knowledge.js';
import { editDistance, letterSet, lettersOf, mayBeWithin, STOP_WORDS, tokenize } from '../text/normalize.js';
import { analyze } from '../search/analyze.js';
import { glossaryTermsIn, shortened } from '../search/lookup.js';
import { NAMED_DAY, readDay, resolveDay } from './days.js';

/** Everything a question names that the report knows, each resolved once. */
export interface Entities {
  terms: TermEntry[];
  speakers: SpeakerEntry[];
  orgs: OrgEntry[];
  /** Sessions the question names by their titles' own words. */
  sessions: SessionEntry[];
  /** The day asked about (a number in this conference), or null. */
  day: number | null;
  /** Tokens of the question used up by the names above. */
  used: Set<string>;
}

/** `hbos`, `kelseys`, `github's`: a name with the possessive the apostrophe-less typist left on. */
const variants = (token: string): string[] => {
  const bare = token.endsWith("'s") ? token.slice(0, -2) : token;
  return bare.length > 3 && bare.endsWith('s') ? [bare, bare.slice(0, -1)] : [bare];
};

/**
 * Reads words run together or split apart as the report writes them: `secretsuper power` →
 * `secret superpower`, `super power` → `superpower`, `kubecon2017` → `kubecon 2017`.
 *
 * @example
 * respace(knowledge, ['secretsuper', 'power']); // ['secret', 'superpower']
 */
export function respace(k: Knowledge, tokens: readonly string[]): string[] {
  const out: string[] = [];
  const known = (w: string): boolean => k.vocabulary.has(w);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const next = tokens[i + 1];
    if (next !== undefined && !(known(t) && known(next)) && known(t + next)) {
      out.push(t + next);
      i++;
      continue;
    }
    if (!known(t) && /^[a-z0-9]{7,}$/.test(t)) {
      const split = splitAt(t, (a, b) => known(a) && known(b));
      if (split) {
        out.push(...split);
        continue;
      }
      // The second half belongs with the next word: "secretsuper power".
      const carried = next === undefined ? null : splitAt(t, (a, b) => known(a) && known(b + next));
      if (carried) {
        out.push(carried[0], carried[1] + next);
        i++;
        continue;
      }
    }
    out.push(t);
  }
  return out;
}

function splitAt(word: string, fits: (a: string, b: string) => boolean): [string, string] | null {
  for (let i = 3; i <= word.length - 3; i++) {
    const a = word.slice(0, i);
    const b = word.slice(i);
    if (fits(a, b)) return [a, b];
  }
  return null;
}

interface NameIndex {
  /** Each word of a speaker's name (3 letters or more), to the speakers who carry it. */
  speakers: Map<string, SpeakerEntry[]>;
  /** The keys of `speakers` by length: a word one typo from a name is within one letter of its length. */
  speakerWordsByLength: Map<number, string[]>;
  /** A company's name squashed (`redhat`) and its initials (`aws`). */
  orgsByName: Map<string, OrgEntry[]>;
  /** A company's first word, when it is no everyday word of the report ("microsoft", not "cloud"). */
  orgsByFirstWord: Map<string, OrgEntry[]>;
}

const nameIndexes = new WeakMap<Knowledge, NameIndex>();
/** Look-ups from the words of names to speakers and companies, built once per knowledge. */
function nameIndex(k: Knowledge): NameIndex {
  let index = nameIndexes.get(k);
  if (index) return index;
  const add = <K, T>(map: Map<K, T[]>, key: K, value: T): void => {
    const list = map.get(key) ?? [];
    if (!list.includes(value)) list.push(value);
    map.set(key, list);
  };
  index = { speakers: new Map(), speakerWordsByLength: new Map(), orgsByName: new Map(), orgsByFirstWord: new Map() };
  for (const s of k.speakers) for (const n of s.tokens) if (n.length >= 3) add(index.speakers, n, s);
  for (const n of index.speakers.keys()) add(index.speakerWordsByLength, n.length, n);
  for (const o of k.orgs) {
    add(index.orgsByName, o.squashed, o);
    if (o.initials.length >= 3) add(index.orgsByName, o.initials, o);
    if (o.firstWord.length >= 3 && (k.documentFrequency.get(o.firstWord) ?? 0) <= 8) add(index.orgsByFirstWord, o.firstWord, o);
  }
  nameIndexes.set(k, index);
  return index;
}

/**
 * Finds what a question names: glossary terms, speakers (by full name, first or last name),
 * organisations (by name, run together or initials), sessions (most of a title's words), a day.
 *
 * @example
 * findEntities(knowledge, 'who from microsoft spoke').orgs.map((o) => o.name); // ['Microsoft']
 */
export function findEntities(k: Knowledge, text: string): Entities {
  const tokens = respace(k, tokenize(text));
  const joined = tokens.join(' ');
  const used = new Set<string>();

  const mentioned = new Set(glossaryTermsIn(k, tokenize(joined)));
  const terms = k.terms.filter((t) => mentioned.has(t.matcher));
  for (const t of terms) for (const key of t.matcher.keyTokens) if (key.every((w) => tokens.includes(w))) for (const w of key) used.add(w);
  // Where the question says a term's name word for word: the words of a longer name, and one-word names.
  const inTermNames = new Set<number>();
  const termWords = new Set<number>();
  for (const t of terms)
    for (const key of t.matcher.keyTokens)
      for (let i = 0; i + key.length <= tokens.length; i++) if (key.every((w, j) => tokens[i + j] === w)) for (let j = 0; j < key.length; j++) (key.length > 1 ? inTermNames : termWords).add(i + j);
  // A typo in a one-word name: "kuberntes", "prometheous".
  for (const token of tokens) {
    // A word the report uses, or a stop word ("session"), is no typo of a name.
    if (token.length < 5 || k.vocabulary.has(token) || STOP_WORDS.has(token)) continue;
    const near = oneWordTermNear(k, token, terms);
    if (near) {
      terms.push(near);
      used.add(token);
    }
  }

  const names = nameIndex(k);
  const speakerHits = new Map<SpeakerEntry, string[]>();
  const hitSpeaker = (s: SpeakerEntry, token: string): void => {
    const hits = speakerHits.get(s);
    if (hits) hits.push(token);
    else speakerHits.set(s, [token]);
  };
  for (const token of tokens) {
    for (const v of variants(token)) {
      const exact = names.speakers.get(v);
      if (exact) for (const s of exact) hitSpeaker(s, token);
      // One typo in a longer name, none in a short one: "mars" must not find "Marsh".
      else if (v.length >= 6 && !k.vocabulary.has(v) && !STOP_WORDS.has(v)) for (const s of speakersOneTypoFrom(names, v)) hitSpeaker(s, token);
    }
  }
  const speakers = k.speakers.filter((s) => {
    if (!speakerHits.has(s)) return false;
    const hit = [...new Set(speakerHits.get(s))];
    // A first or last name alone counts when it is no everyday word of the report ("grant").
    const enough = hit.length >= 2 || (hit.length === 1 && (s.tokens.length === 1 || (k.documentFrequency.get(hit[0]!) ?? 0) <= 6));
    if (enough) for (const t of hit) used.add(t);
    return enough;
  });

  const orgs = new Set<OrgEntry>();
  for (let i = 0; i < tokens.length; i++) {
    let squashed = '';
    let allInTermNames = true;
    for (let width = 1; width <= 3 && i + width <= tokens.length; width++) {
      // The span grows one token at a time: its run-together text and whether every word of it
      // is in a term's name carry over from the narrower span (no slice per span).
      const last = i + width - 1;
      squashed += tokens[last]!;
      allInTermNames &&= inTermNames.has(last);
      // A term's name is the term's: "heptio ark" is Ark, and "flux" alone is Flux, not the Flux
      // Foundation by its first word; "cncf" is both the term and the company's initials.
      if (allInTermNames) continue;
      const byFirstWord = width === 1 && !termWords.has(i);
      for (const v of variants(squashed.replace(NOT_ALPHANUMERIC, ''))) {
        const byName = names.orgsByName.get(v);
        const byWord = byFirstWord ? names.orgsByFirstWord.get(v) : undefined;
        for (const o of byName ?? []) orgs.add(o);
        for (const o of byWord ?? []) orgs.add(o);
        if ((byName?.length ?? 0) + (byWord?.length ?? 0) > 0) for (let j = i; j <= last; j++) used.add(tokens[j]!);
      }
    }
  }

  const sessions = namedSessions(k, tokens, used);
  const { day, dayTokens } = dayIn(k, joined);
  for (const t of dayTokens) used.add(t);
  return { terms, speakers, orgs: k.orgs.filter((o) => orgs.has(o)), sessions, day, used };
}

/**
 * The first glossary term (not among `found`) with a one-word name a typo from `token`: two typos
 * from eight letters on, one below. Plain loops, as this runs over every term for each unknown word.
 */
function oneWordTermNear(k: Knowledge, token: string, found: readonly TermEntry[]): TermEntry | undefined {
  const budget = token.length >= 8 ? 2 : 1;
  const letters = letterSet(token);
  for (const t of k.terms) {
    if (found.includes(t)) continue;
    const keys = t.matcher.keys;
    const sets = lettersOf(keys);
    for (let i = 0; i < keys.length; i++) if (mayBeWithin(letters, sets[i]!, budget) && !keys[i]!.includes(' ') && editDistance(token, keys[i]!, budget) <= budget) return t;
  }
  return undefined;
}

/** What a company's squashed name leaves out of a span of words ("red-hat" is "redhat"). */
const NOT_ALPHANUMERIC = /[^a-z0-9]/g;

/**
 * The speakers with a name word one typo from `word`: only the name words within one letter of
 * its length are compared, and no list of all name words is made per word asked.
 */
function speakersOneTypoFrom(names: NameIndex, word: string): SpeakerEntry[] {
  const found: SpeakerEntry[] = [];
  const letters = letterSet(word);
  for (let n = word.length - 1; n <= word.length + 1; n++) {
    const nameWords = names.speakerWordsByLength.get(n) ?? [];
    const sets = lettersOf(nameWords);
    for (let i = 0; i < nameWords.length; i++) if (mayBeWithin(letters, sets[i]!, 1) && editDistance(word, nameWords[i]!, 1) <= 1) found.push(...names.speakers.get(nameWords[i]!)!);
  }
  return found;
}

const DAY_TEXT = new RegExp(String.raw`\b(?:day\s*#?\s*\d|d\d\b|(?:1st|2nd|3rd) day|${NAMED_DAY})\S*`);

/** The day a question's (respaced, joined) words ask about, and the words that say it. */
function dayIn(k: Knowledge, joined: string): { day: number | null; dayTokens: string[] } {
  const dayText = DAY_TEXT.exec(joined);
  if (!dayText) return { day: null, dayTokens: [] };
  const ref = readDay(dayText[0]);
  const day = ref ? resolveDay(ref, k.conference) : null;
  return { day, dayTokens: day === null ? [] : tokenize(dayText[0]) };
}

/**
 * What a text names, given what another text that differs from it only in its day named ("and on
 * day 2?" after "keynotes day 1"): the same names, the new day. The names are not searched again.
 *
 * @example
 * const before = findEntities(knowledge, 'keynotes day 1');
 * entitiesForDay(knowledge, before, 'keynotes day 2').day; // 2
 */
export function entitiesForDay(k: Knowledge, named: Entities, text: string): Entities {
  const { day, dayTokens } = dayIn(k, respace(k, tokenize(text)).join(' '));
  return { ...named, day, used: new Set([...named.used, ...dayTokens]) };
}

/**
 * Sessions whose titles the question quotes: at least two of a title's rarer words, or all of a
 * short title's, in the question.
 */
function namedSessions(k: Knowledge, tokens: readonly string[], used: Set<string>): SessionEntry[] {
  // A hyphenated word names a title by its parts too ("the intro-to-extending-kubernetes session").
  const stems = new Map<string, string>();
  for (const t of tokens) {
    const analysed = analyze(t);
    for (const s of analysed.length > 0 ? analysed : [t]) stems.set(s, t);
  }
  // "the cost of infra talk": a word cut short names the title word it begins.
  for (const [s, t] of [...stems]) for (const longer of shortened(k, s)) if (!stems.has(longer)) stems.set(longer, t);
  return k.sessions.filter((entry) => {
    const words = entry.titleWords;
    // Counted in a loop: most titles share no word with a question, and this runs for every
    // session per question, so no list of hits is made unless the title is named.
    let hits = 0;
    for (const w of words) if (stems.has(w)) hits++;
    const named = hits > 0 && hits >= Math.min(2, words.length) && hits / words.length >= 0.4;
    if (named) for (const w of words) if (stems.has(w)) used.add(stems.get(w)!);
    return named;
  });
}
