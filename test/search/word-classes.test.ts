import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ask } from '../../src/answer/engine.js';
import { readFileSync } from 'node:fs';
import { compareAt, listedWord, nounShare, WORD_CLASSES_FILE, WordClasses } from '../../src/search/english.js';
import { information, topicShares, topicWords, unknownWords } from '../../src/search/lookup.js';
import { renderText } from '../../src/render/text.js';
import { austin } from '../helpers/knowledge.js';

const k = austin();

describe('word classes (data/english/word-classes.txt)', () => {
  it('finds any line of a sorted table, and nothing else', () => {
    const t = new WordClasses('# comment\n=kicking 1.00\na 0.5\nkick 0.26\nkicks 0.3\nodd 2\nzz 0.1');
    expect(t.get('kick')).toBe(0.26);
    expect(t.get('=kicking')).toBe(1);
    expect(t.get('a')).toBe(0.5);
    expect(t.get('zz')).toBe(0.1);
    expect(t.get('kicks')).toBe(0.3);
    expect(t.get('kic')).toBeUndefined();
    expect(t.get('odd')).toBeUndefined(); // not a share
    expect(new WordClasses('').get('kick')).toBeUndefined();
  });

  it('compares a stretch of text in place as < compares the stretch cut out', () => {
    const word = fc.string({ unit: fc.constantFrom('a', 'b', '=', '+', '_', 'é'), maxLength: 6 });
    fc.assert(
      fc.property(word, word, word, (before, stretch, key) => {
        const text = `${before}${stretch} 1`;
        const order = Math.sign(compareAt(text, before.length, before.length + stretch.length, key));
        expect(order).toBe(stretch < key ? -1 : stretch > key ? 1 : 0);
      }),
      { numRuns: 2000 },
    );
  });

  it('the shipped table is sorted, so every line can be found', () => {
    const text = readFileSync(new URL(`../../${WORD_CLASSES_FILE}`, import.meta.url), 'utf8');
    const lines = text.split('\n').filter((l) => l !== '' && !l.startsWith('#'));
    const t = new WordClasses(text);
    for (const line of lines.filter((_, i) => i % 97 === 0)) expect(t.get(line.split(' ')[0]!), line).toBe(Number(line.split(' ')[1]));
  });

  it('knows nouns from the asker’s own verbs, adjectives and chat words', () => {
    for (const [word, stem] of [
      ['hotel', 'hotel'],
      ['printer', 'printer'],
      ['kubeflow', 'kubeflow'],
      ['entanglement', 'entangl'],
    ] as const)
      expect(nounShare(word, stem), word).toBeGreaterThanOrEqual(0.5);
    for (const [word, stem] of [
      ['unveil', 'unveil'],
      ['kicked', 'kick'],
      ['came', 'came'],
      ['wtf', 'wtf'],
      ['lol', 'lol'],
      ['gonna', 'gonna'],
      ['exactly', 'exactli'],
      // A function word, though WordNet knows it only as a noun ("a while").
      ['while', 'while'],
      // An irregular verb form, though it also spells a noun (the tool).
      ['saw', 'saw'],
    ] as const)
      expect(nounShare(word, stem), word).toBeLessThan(0.5);
  });

  it('weighs a word the report lacks by how much it names a thing', () => {
    expect(information(k, 'hotel', 1)).toBeGreaterThan(information(k, 'unveil', 0.29));
    // A word the report uses keeps its rarity, whatever its class.
    expect(information(k, 'snow', 0)).toBe(information(k, 'snow', 1));
  });

  it('finds the topic words of a question, single letters never among them', () => {
    expect(topicWords('what did the intel exec unveil')).toEqual(['intel', 'exec']);
    expect(topicShares('sarah novotnys x > y list').get('x')).toBe(0);
    expect(unknownWords(k, 'wtf is it exactly')).toEqual([]);
    expect(unknownWords(k, 'was openstack discussed')).toEqual(['openstack']);
  });

  it('any text gives topic shares between 0 and 1', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        for (const share of topicShares(text).values()) expect(share >= 0 && share <= 1).toBe(true);
      }),
    );
  });
});

describe('a word WordNet lacks', () => {
  // Before: "observability" took its stem family's share ("observe", 0.37), was no topic, and
  // "which observability projects came up in the cncf update" quoted the CNCF passages at large.
  it('is a thing when its suffix makes nouns, whatever its stem family mostly is', () => {
    expect(nounShare('observability', 'observ')).toBe(1);
    expect(nounShare('observe', 'observ')).toBeLessThan(0.5);
    expect(topicWords('which observability projects')).toContain('observ');
    expect(renderText(ask(austin(), 'observability projects in the cncf update?'))).toContain('Fluentd');
  });
});

describe('questions that name what the report covers, asked in the asker’s own words', () => {
  // Each was declined before: the asker's verbs, chat words or single letters weighed as topics.
  const CASES: ReadonlyArray<readonly [question: string, holds: string]> = [
    ['wtf is cri-o exactly', 'CRI-O'],
    ['what notary version came out', 'v0.6.0'],
    ['did he like the donut examples lol', 'Donuts'],
    ['x dragon packets per sec', '4.5 Million'],
  ];
  it.each(CASES)('%s', (question, holds) => {
    const answer = ask(k, question);
    expect(answer.matched).toBe(true);
    expect(renderText(answer)).toContain(holds);
  });

  it('still declines what the report lacks, said with a noun it never uses', () => {
    for (const question of ['was openstack discussed at all', 'what hotel did he stay at', 'tectonic pricing?']) expect(ask(k, question).matched, question).toBe(false);
  });
});

describe('listedWord', () => {
  it('knows words of more than one part of speech, not names', () => {
    expect(listedWord('talks', 'talk')).toBe(true);
    expect(listedWord('team', 'team')).toBe(true);
    expect(listedWord('drucker', 'drucker')).toBe(false);
    expect(listedWord('hightower', 'hightow')).toBe(false);
  });
});
