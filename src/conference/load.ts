import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { z } from 'zod';
import type { Conference } from './model.js';
import { parseReport } from './parse.js';
import { parseGlossary, type Term } from './terms.js';
import { parseFacts, type Facts } from './facts.js';

/** `data/` beside `src/` and `dist/`, so the same code finds it under tsx and after a build. */
export const DATA_DIR = fileURLToPath(new URL('../../data/', import.meta.url));

/** What a conference folder holds once read and parsed. */
export interface ConferenceSource {
  conference: Conference;
  terms: Term[];
  /** What the bot's words say of this report (`conference.json`); empty when there is none. */
  facts: Facts;
  /** General-English relatedness for the report's words (`lexicon.json`), when the folder has one. */
  lexicon: Lexicon | null;
  /** The report's misspellings, as [report stem, English stem] (`spelling.json`); empty when there is none. */
  spelling: ReadonlyArray<readonly [string, string]>;
}

/** The `spelling.json` format `scripts/spelling.ts` writes; bumped when its shape changes. */
export const SPELLING_VERSION = 1;

const SpellingFileSchema = z.object({
  version: z.literal(SPELLING_VERSION),
  source: z.string(),
  fixes: z.array(z.tuple([z.string().regex(/^\S+$/), z.string().regex(/^\S+$/)])),
});

/**
 * Validates a conference's misspellings (`data/<id>/spelling.json`): pairs of the report's stem
 * and the stem of the English word it misspells.
 *
 * @example
 * parseSpelling({ version: 1, source: 'WordNet', fixes: [['pupelin', 'pipelin']] }); // [['pupelin', 'pipelin']]
 */
export function parseSpelling(json: unknown): ReadonlyArray<readonly [string, string]> {
  // Checked by hand first, as the lexicon is: zod's first parse compiles its parser while its code
  // is cold, start-up time for a file that is nearly always right. Zod says what is wrong otherwise.
  const plain = typeof json === 'object' && json !== null && !Array.isArray(json) ? (json as Record<string, unknown>) : null;
  const word = (v: unknown): v is string => typeof v === 'string' && /^\S+$/.test(v);
  if (plain && plain.version === SPELLING_VERSION && typeof plain.source === 'string' && Array.isArray(plain.fixes)) {
    const fixes = plain.fixes as unknown[];
    if (fixes.every((f) => Array.isArray(f) && f.length === 2 && word(f[0]) && word(f[1]))) return fixes as Array<[string, string]>;
  }
  const parsed = SpellingFileSchema.safeParse(json);
  if (!parsed.success)
    throw new Error(
      `kubecon-bot: spelling.json: ${parsed.error.issues
        .slice(0, 3)
        .map((i) => `${i.path.join('.')}: ${i.message}`)
        .join('; ')}`,
    );
  return parsed.data.fixes;
}

/** Stems separated by single spaces; a compound's words joined by "_". */
const STEM_LIST = /^(?:[a-z0-9_]+(?: [a-z0-9_]+)*)?$/;

/** The `lexicon.json` format `scripts/lexicon.ts` writes; bumped when its shape changes. */
export const LEXICON_VERSION = 2;

/**
 * `data/<conference>/lexicon.json`: one line per English word, keyed by its stem, listing the
 * report stems it is related to and how much of the word each relation carries, in tenths:
 * `"meal lunch:6 breakfast:6"`. Derived from WordNet by `npm run lexicon`. Lines rather than
 * nested objects: 15k words checked field by field cost more start-up than the index itself.
 */
export const LexiconFileSchema = z.object({
  version: z.literal(LEXICON_VERSION),
  source: z.string(),
  // Its 15k lines are checked by `parseLexicon` in one pass (type, grammar, order): zod going
  // over them element by element first was a fifth of start-up.
  related: z.custom<unknown[]>((v) => Array.isArray(v), 'Invalid input: expected array'),
  /** The stems of every kind of thing the report names (its words' hypernyms), space-separated. */
  kinds: z.string().regex(STEM_LIST).optional(),
  /** The stems of the words for stretches of time ("night", "weekday"), space-separated. */
  times: z.string().regex(STEM_LIST).optional(),
});

/**
 * A conference's lexicon, read: its lines as written (`meal lunch:6 breakfast:6`), sorted by word,
 * turned into relations only when a question asks (`search/lexicon.ts`), since most of the 15k
 * words never are.
 */
export interface Lexicon {
  source: string;
  /**
   * The lines joined by `\n`, searched in place. One string rather than 15k: they were alive
   * through the index build, and every young-generation collection in it copied them (half its
   * collecting time); a string this long is allocated apart and never copied.
   */
  text: string;
  /** The kinds of thing the report names, as stems ("airplan", "craft", "oper_system"); null for a lexicon derived without them. */
  kinds: ReadonlySet<string> | null;
  /** The words for stretches of time, as stems; empty without them. */
  times: ReadonlySet<string>;
}

const LEXICON_LINE = /^[^\s:]+(?: [^\s:]+:[1-9])+$/;

/**
 * Validates a conference's lexicon (`data/<id>/lexicon.json`): the file's shape, every line's
 * grammar, and their order (words are looked up by binary search).
 *
 * @example
 * parseLexicon({ version: 2, source: 'WordNet', related: ['meal lunch:6', 'snack food:5'] }).text; // 'meal lunch:6\nsnack food:5'
 */
export function parseLexicon(json: unknown): Lexicon {
  // The file's plain shape is checked by hand first: zod's first parse compiles a parser while its
  // code is cold, a millisecond of start-up; it still says what is wrong with any other shape.
  const plain = typeof json === 'object' && json !== null && !Array.isArray(json) ? (json as Record<string, unknown>) : null;
  const parsed =
    plain && plain.version === LEXICON_VERSION && typeof plain.source === 'string' && Array.isArray(plain.related) && stemList(plain.kinds) && stemList(plain.times)
      ? { success: true as const, data: { source: plain.source, related: plain.related as unknown[], kinds: plain.kinds as string | undefined, times: plain.times as string | undefined } }
      : LexiconFileSchema.safeParse(json);
  if (!parsed.success) {
    throw new Error(
      `kubecon-bot: lexicon.json: ${parsed.error.issues
        .slice(0, 3)
        .map((i) => `${i.path.join('.')}: ${i.message}`)
        .join('; ')}`,
    );
  }
  const lines = parsed.data.related;
  let previous = '';
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (typeof line !== 'string') throw new Error(`kubecon-bot: lexicon.json: related.${i}: expected a string, not ${line === null ? 'null' : typeof line}`);
    if (!LEXICON_LINE.test(line)) throw new Error(`kubecon-bot: lexicon.json: related.${i}: "${line.slice(0, 60)}" is not "word stem:tenths …"`);
    // A space sorts before any character of a word, so whole lines sort as their words do.
    if (i > 0 && !(previous < line)) throw new Error(`kubecon-bot: lexicon.json: related.${i}: "${line.slice(0, 30)}" is out of order`);
    previous = line;
  }
  const { kinds, times } = parsed.data;
  return { source: parsed.data.source, text: lines.join('\n'), kinds: kinds === undefined ? null : new Set(kinds.split(' ')), times: new Set(times?.split(' ') ?? []) };
}

/** Whether a field is absent or a list of stems (see STEM_LIST). */
const stemList = (v: unknown): boolean => v === undefined || (typeof v === 'string' && STEM_LIST.test(v));

/**
 * Reads `data/<id>/report.txt` (and `terms.json`, `conference.json`, `lexicon.json`, `spelling.json` when present) and parses them;
 * `{ lexicon: false }` and `{ spelling: false }` skip those (the scripts that derive them). The only file I/O
 * of the engine; everything after it is pure and offline.
 *
 * @example
 * const { conference, terms } = loadConference('kubecon-2017-austin');
 */
export function loadConference(id: string, dataDir: string = DATA_DIR, { lexicon: withLexicon = true, spelling: withSpelling = true } = {}): ConferenceSource {
  if (!/^[a-z0-9-]+$/.test(id)) throw new Error(`kubecon-bot: conference id "${id}" must be lower-case letters, digits and dashes`);
  const dir = path.join(dataDir, id);
  const reportPath = path.join(dir, 'report.txt');
  if (!existsSync(reportPath)) throw new Error(`kubecon-bot: no report at ${reportPath} (is CONFERENCE set to a folder under data/?)`);
  const conference = parseReport(readFileSync(reportPath, 'utf8'), id);
  const termsPath = path.join(dir, 'terms.json');
  const terms = existsSync(termsPath) ? parseGlossary(JSON.parse(readFileSync(termsPath, 'utf8'))) : [];
  const factsPath = path.join(dir, 'conference.json');
  const facts = parseFacts(existsSync(factsPath) ? JSON.parse(readFileSync(factsPath, 'utf8')) : {});
  const lexiconPath = path.join(dir, 'lexicon.json');
  const lexicon = withLexicon && existsSync(lexiconPath) ? parseLexicon(JSON.parse(readFileSync(lexiconPath, 'utf8'))) : null;
  const spellingPath = path.join(dir, 'spelling.json');
  const spelling = withSpelling && existsSync(spellingPath) ? parseSpelling(JSON.parse(readFileSync(spellingPath, 'utf8'))) : [];
  return { conference, terms, facts, lexicon, spelling };
}
