import type { Knowledge, OrgEntry, SessionEntry, SpeakerEntry, TermEntry } from '../search/index.js';
import { mentionedTerms } from '../search/terms.js';
import { editDistance, tokenize } from '../text/normalize.js';
import { analyze } from '../search/analyze.js';
import { readDay, resolveDay } from './days.js';

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
  const bare = token.replace(/'s$/, '');
  return bare.length > 3 && bare.endsWith('s') ? [bare, bare.slice(0, -1)] : [bare];
};

/**
 * Splits words people run together (`secretsuper`, `kubecon2017`) into two words the report uses;
 * the token itself when it is a word of the report, or no split is found.
 *
 * @example
 * splitRunTogether(knowledge, 'secretsuper'); // ['secret', 'super']
 */
export function splitRunTogether(k: Knowledge, token: string): string[] {
  if (token.length < 7 || k.vocabulary.has(token) || !/^[a-z]+$/.test(token)) return [token];
  for (let i = 3; i <= token.length - 3; i++) {
    const a = token.slice(0, i);
    const b = token.slice(i);
    if (k.vocabulary.has(a) && k.vocabulary.has(b)) return [a, b];
  }
  return [token];
}

/** One typo in a longer name, none in a short one: "mars" must not find "Marsh". */
const nameLike = (k: Knowledge, word: string, name: string): boolean =>
  word === name || (word.length >= 6 && !k.vocabulary.has(word) && editDistance(word, name, 1) <= 1);

/**
 * Finds what a question names: glossary terms, speakers (by full name, first or last name),
 * organisations (by name, run together or initials), sessions (most of a title's words), a day.
 *
 * @example
 * findEntities(knowledge, 'who from microsoft spoke').orgs.map((o) => o.name); // ['Microsoft']
 */
export function findEntities(k: Knowledge, text: string): Entities {
  const tokens = tokenize(text).flatMap((t) => splitRunTogether(k, t));
  const joined = tokens.join(' ');
  const used = new Set<string>();

  const terms = k.terms.filter((t) => mentionedTerms(joined, [t.matcher]).length > 0);
  for (const t of terms) for (const key of t.matcher.keyTokens) if (key.every((w) => tokens.includes(w))) key.forEach((w) => used.add(w));
  // A typo in a one-word name: "kuberntes", "prometheous".
  for (const token of tokens) {
    if (token.length < 5 || k.vocabulary.has(token)) continue;
    const near = k.terms.find((t) => !terms.includes(t) && t.matcher.keys.some((key) => !key.includes(' ') && editDistance(token, key, token.length >= 8 ? 2 : 1) <= (token.length >= 8 ? 2 : 1)));
    if (near) {
      terms.push(near);
      used.add(token);
    }
  }

  const speakers = k.speakers.filter((s) => {
    const hit = tokens.filter((t) => variants(t).some((v) => s.tokens.some((n) => n.length >= 3 && nameLike(k, v, n))));
    // A first or last name alone counts when it is no everyday word of the report ("grant").
    const enough = hit.length >= 2 || (hit.length === 1 && (s.tokens.length === 1 || (k.documentFrequency.get(hit[0]!) ?? 0) <= 6));
    if (enough) hit.forEach((t) => used.add(t));
    return enough;
  });

  const orgs = k.orgs.filter((o) => {
    const keyTokens = o.key.split(' ');
    for (let i = 0; i < tokens.length; i++) {
      for (const width of [keyTokens.length, 2, 1]) {
        const span = tokens.slice(i, i + width);
        if (span.length < width) continue;
        const squashed = span.join('').replace(/[^a-z0-9]/g, '');
        const hit = variants(squashed).some((v) => v === o.squashed || (v.length >= 3 && v === o.initials) || (width === 1 && v === o.firstWord && v.length >= 3));
        if (hit) {
          span.forEach((t) => used.add(t));
          return true;
        }
      }
    }
    return false;
  });

  const sessions = namedSessions(k, tokens, used);
  let day: number | null = null;
  const dayText = /\b(?:day\s*#?\s*\d|d\d\b|(?:first|second|third|1st|2nd|3rd|last) day|day (?:one|two|three|zero)|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\S*/.exec(joined);
  if (dayText) {
    const ref = readDay(dayText[0].replace(/^last day$/, 'day 3'));
    if (ref) day = resolveDay(ref, k.conference);
    if (day !== null) tokenize(dayText[0]).forEach((t) => used.add(t));
  }
  return { terms, speakers, orgs, sessions, day, used };
}

/**
 * Sessions whose titles the question quotes: at least two of a title's rarer words, or all of a
 * short title's, in the question.
 */
function namedSessions(k: Knowledge, tokens: readonly string[], used: Set<string>): SessionEntry[] {
  const stems = new Map(tokens.map((t) => [analyze(t)[0] ?? t, t]));
  return k.sessions.filter((entry) => {
    const words = entry.titleWords;
    const hits = words.filter((w) => stems.has(w));
    const named = hits.length >= Math.min(2, words.length) && hits.length / words.length >= 0.4;
    if (named) hits.forEach((w) => used.add(stems.get(w)!));
    return named;
  });
}
