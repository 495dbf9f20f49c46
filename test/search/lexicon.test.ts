import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ask } from '../../src/answer/engine.js';
import { relatedStems, searchPassages } from '../../src/search/lookup.js';
import { DATA_DIR, loadConference, parseLexicon } from '../../src/conference/load.js';
import { analyze } from '../../src/search/analyze.js';
import { buildKnowledge } from '../../src/search/knowledge.js';
import { EXPAND_BELOW, indexedText, lexiconWords, related } from '../../src/search/lexicon.js';
import { austin } from '../helpers/knowledge.js';

const k = austin();
const vocabulary = new Set(analyze(indexedText(k)));
const one = (word: string): string => {
  const [s, ...rest] = analyze(word);
  if (s === undefined || rest.length > 0) throw new Error(`"${word}" is not one content word`);
  return s;
};

/**
 * A word a question might use → a word the report uses. The examples first, then general
 * English chosen from a thesaurus, not from any question set. Both sides go through analyze().
 */
const PAIRS: ReadonlyArray<readonly [question: string, report: string]> = [
  ['meal', 'lunch'],
  ['meal', 'breakfast'],
  ['weather', 'snow'],
  // A kind few report words fall under, far up and in a two-letter word: Linux → UNIX → OS.
  ['os', 'linux'],
  // The places a place the report names lies in, and their adjectives: Shanghai → China → Asia.
  ['asia', 'shanghai'],
  ['asian', 'shanghai'],
  ['europe', 'copenhagen'],
  ['video', 'recordings'],
  ['videos', 'recordings'],
  ['flight', 'flew'],
  ['flying', 'flew'],
  ['quick', 'fast'],
  ['attendees', 'attended'],
  ['sponsored', 'helping'],
  ['trip', 'travel'],
  // General English.
  ['snowfall', 'snow'],
  ['rainfall', 'rain'],
  ['repair', 'fix'],
  ['mend', 'fix'],
  ['mistake', 'error'],
  ['picture', 'image'],
  ['photograph', 'photo'],
  ['query', 'question'],
  ['price', 'cost'],
  ['battle', 'fight'],
  ['painless', 'easier'],
  ['velocity', 'speed'],
  ['rapid', 'quick'],
  ['speedy', 'fast'],
  ['intro', 'introduction'],
  ['hint', 'suggest'],
  ['cheap', 'inexpensive'],
  ['difficult', 'hard'],
  ['tiny', 'small'],
  ['start', 'begin'],
  ['finish', 'end'],
  ['colossal', 'big'],
  ['bunch', 'cluster'],
];

describe('the shipped lexicon (data/kubecon-2017-austin/lexicon.json)', () => {
  it.each(PAIRS)('relates "%s" to the report\'s "%s"', (question, report) => {
    const target = one(report);
    expect(vocabulary.has(target), `"${report}" (${target}) is not in the report's vocabulary`).toBe(true);
    const relations = related(k.lexicon, one(question));
    const hit = relations.find((r) => r.stem === target);
    expect(hit, `${question} → ${JSON.stringify(relations)}`).toBeDefined();
    expect(hit!.weight).toBeGreaterThan(0);
    expect(hit!.weight).toBeLessThan(1);
  });

  it('keeps plural and verb forms together through the stemmer, not the lexicon', () => {
    expect(analyze('backups')).toEqual(analyze('backup'));
    expect(analyze('presentations')).toEqual(analyze('presentation'));
    expect(analyze('deployed deploys')).toEqual(analyze('deploy deploy'));
  });

  // Relations the issue asked for that WordNet does not hold closely enough (within two levels):
  // word vectors would, see the README.
  it.todo('relates "attendees" to "people" (WordNet: attendee → participant → associate → person)');
  it.todo('relates "cold" to "snow" (no WordNet relation)');
  it.todo('relates "food" to "lunch" (three noun levels: food → nutriment → meal → lunch)');
  it.todo('relates "backups" to "disaster recovery"');

  it("points only into the report's vocabulary, with weights in (0, 1)", () => {
    const wrong: string[] = [];
    for (const key of lexiconWords(k.lexicon)) {
      for (const { stem: target, weight } of related(k.lexicon, key)) {
        if (!vocabulary.has(target)) wrong.push(`${key} → ${target}: not a report stem`);
        if (!(weight > 0 && weight < 1)) wrong.push(`${key} → ${target}: weight ${weight}`);
        if (target === key) wrong.push(`${key} → itself`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('holds no word the report uses often (those are never expanded) and stays small', () => {
    const often = lexiconWords(k.lexicon).filter((key) => (k.documentFrequency.get(key) ?? 0) >= EXPAND_BELOW);
    expect(often).toEqual([]);
    expect(statSync(path.join(DATA_DIR, 'kubecon-2017-austin', 'lexicon.json')).size).toBeLessThan(1024 * 1024);
  });
});

describe('the kinds of thing the shipped lexicon says the report names', () => {
  it('holds the hypernyms of its words at any depth, instances’ classes too', () => {
    const kinds = k.lexicon.kinds!;
    // Linux → UNIX → operating system (OS); Austin is an instance of a city; tacos are food.
    for (const kind of ['os', 'oper_system', 'citi', 'food', 'craft']) expect(kinds.has(kind), kind).toBe(true);
    // No word of the report is an airline or a license.
    for (const kind of ['airlin', 'licens']) expect(kinds.has(kind), kind).toBe(false);
  });

  it('holds the words for stretches of time apart', () => {
    for (const time of ['night', 'weekdai', 'even']) expect(k.lexicon.times.has(time), time).toBe(true);
    expect(k.lexicon.times.has('airlin')).toBe(false);
  });

  it('is read as null from a lexicon that lists none, so nothing is decided on them', () => {
    expect(parseLexicon({ version: 2, source: 'test', related: ['meal lunch:6'] }).kinds).toBeNull();
  });
});

describe('searching through the lexicon', () => {
  it('covers a word the report never uses through its relation, never more than the word itself', () => {
    const [top] = searchPassages(k, 'how was the weather in austin');
    expect(top?.entry.passage.text).toContain('There was snow yesterday');
    expect(top!.coverage).toBeGreaterThanOrEqual(0.6);
    expect(top!.coverage).toBeLessThan(1);
  });

  it('keeps the words the report uses first: "party" answers from the passage that says it', () => {
    expect(searchPassages(k, 'what happened at the party')[0]?.entry.passage.text).toContain('I only attended the party');
  });

  it('does not let a relation pass an unknown topic off as covered', () => {
    expect(searchPassages(k, 'kubernetes on mars').every((h) => h.coverage < 0.6)).toBe(true);
  });
});

describe('a conference folder without lexicon.json', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'kubecon-bot-lexicon-'));
  const folder = path.join(dir, 'no-lexicon');
  mkdirSync(folder);
  for (const file of ['report.txt', 'terms.json']) copyFileSync(path.join(DATA_DIR, 'kubecon-2017-austin', file), path.join(folder, file));

  it('loads and answers, without relatedness', () => {
    const source = loadConference('no-lexicon', dir);
    expect(source.lexicon).toBeNull();
    const plain = buildKnowledge(source);
    expect(plain.lexicon.text).toBe('');
    expect(related(plain.lexicon, 'weather')).toEqual([]);
    const rook = ask(plain, 'what is rook');
    expect(rook.matched).toBe(true);
    expect(ask(plain, 'how many people attended').matched).toBe(true);
    // The same question the shipped lexicon answers from the snow passage.
    expect(ask(plain, 'how was the weather in austin').matched).toBe(false);
    expect(ask(k, 'how was the weather in austin').matched).toBe(true);
  });

  it('rejects a malformed lexicon.json with a readable error', () => {
    const bad = path.join(dir, 'bad-lexicon');
    mkdirSync(bad);
    copyFileSync(path.join(folder, 'report.txt'), path.join(bad, 'report.txt'));
    writeFileSync(path.join(bad, 'lexicon.json'), JSON.stringify({ version: 2, source: 'test', related: ['meal lunch:6', 'weather snow:12'] }));
    expect(() => loadConference('bad-lexicon', dir)).toThrow('kubecon-bot: lexicon.json: related.1: "weather snow:12" is not "word stem:tenths …"');
    writeFileSync(path.join(bad, 'lexicon.json'), JSON.stringify({ version: 2, source: 'test', related: ['weather snow:5', 'meal lunch:6'] }));
    expect(() => loadConference('bad-lexicon', dir)).toThrow('kubecon-bot: lexicon.json: related.1: "meal lunch:6" is out of order');
    writeFileSync(path.join(bad, 'lexicon.json'), JSON.stringify({ version: 2, source: 'test', related: ['meal lunch:6', 7] }));
    expect(() => loadConference('bad-lexicon', dir)).toThrow('kubecon-bot: lexicon.json: related.1: expected a string, not number');
    writeFileSync(path.join(bad, 'lexicon.json'), JSON.stringify({ version: 2, source: 'test', related: 'meal lunch:6' }));
    expect(() => loadConference('bad-lexicon', dir)).toThrow(/kubecon-bot: lexicon\.json: related: .*array/);
    writeFileSync(path.join(bad, 'lexicon.json'), JSON.stringify({ version: 2, source: 'test', kinds: 'city Airline', related: [] }));
    expect(() => loadConference('bad-lexicon', dir)).toThrow(/kubecon-bot: lexicon\.json: kinds: /);
    writeFileSync(path.join(bad, 'lexicon.json'), JSON.stringify({ version: 2, source: 'test', times: ['night'], related: [] }));
    expect(() => loadConference('bad-lexicon', dir)).toThrow(/kubecon-bot: lexicon\.json: times: /);
    writeFileSync(path.join(bad, 'lexicon.json'), JSON.stringify({ version: 1, source: 'test', related: {} }));
    expect(() => loadConference('bad-lexicon', dir)).toThrow(/kubecon-bot: lexicon\.json: version: /);
  });

  it('finds every word of the shipped file, and no word that is not there', () => {
    const words = lexiconWords(k.lexicon);
    expect(words.length).toBeGreaterThan(1000);
    for (const w of words) expect(related(k.lexicon, w).length, w).toBeGreaterThan(0);
    for (const w of ['', 'a', 'zzzz', 'mea', 'meals', 'kubernet']) expect(related(k.lexicon, w)).toEqual([]);
  });

  it('reads the shipped file as JSON the schema accepts', () => {
    const json = JSON.parse(readFileSync(path.join(DATA_DIR, 'kubecon-2017-austin', 'lexicon.json'), 'utf8')) as { version: number };
    expect(json.version).toBe(2);
  });
});

describe('relatedStems', () => {
  const k = buildKnowledge(loadConference('kubecon-2017-austin'));
  it('gives the report stems a question word reaches through the lexicon, at the relation’s weight', () => {
    expect(relatedStems(k, ['weather']).get('snow')).toBe(0.5);
  });
  it('leaves out the question’s own words and words the report uses often', () => {
    const reached = relatedStems(k, ['weather', 'snow']);
    expect(reached.has('snow')).toBe(false);
    expect(relatedStems(k, ['kubernet']).size).toBe(0);
  });
});
