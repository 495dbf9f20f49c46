import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseSpeakers } from '../../src/conference/speakers.js';
import { fold, splitSentences, tokenize } from '../../src/text/normalize.js';

// ASCII text skips NFKD and the Unicode word pattern (start-up); it must fold and split as they do.
const unicodeFold = (t: string): string =>
  t
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
const unicodeTokenize = (t: string): string[] => unicodeFold(t).match(/[\p{L}\p{N}]+(?:[-.'’][\p{L}\p{N}]+)*/gu) ?? [];

describe('fold and tokenize on ASCII', () => {
  it('agree with the Unicode passes', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary-ascii', maxLength: 60 }), (s) => {
        expect(fold(s)).toBe(unicodeFold(s));
        expect(tokenize(s)).toEqual(unicodeTokenize(s));
      }),
      { numRuns: 2000 },
    );
  });
  it('still fold what is not ASCII', () => {
    expect(tokenize('Crème CRI-O’s KÜBE')).toEqual(unicodeTokenize('Crème CRI-O’s KÜBE'));
    expect(fold('Crème')).toBe('creme');
  });
});

describe('speaker names on ASCII', () => {
  // parseSpeakers reads ASCII names with a plain twin of its Unicode pattern (start-up).
  const unicodeName = /^\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){1,3}$/u;
  it('are told from other text as the Unicode pattern tells them', () => {
    const char = fc.constantFrom(..."AaBbKkZz09 .-'&:!".split(''));
    fc.assert(
      fc.property(fc.array(char, { maxLength: 30 }), (chars) => {
        const name = chars.join('');
        const names = name.trim().split(/ & | and /);
        expect(parseSpeakers(`${name}, Acme`) !== null).toBe(names.every((n) => unicodeName.test(n)));
      }),
      { numRuns: 3000 },
    );
    expect(parseSpeakers('Zoë Müller, Acme')).toEqual([{ name: 'Zoë Müller', role: null, org: 'Acme' }]);
  });
});

describe('splitSentences on ASCII', () => {
  // ASCII text is split by a plain twin of the Unicode sentence gap (a first question's cost).
  const unicodeSplit = (text: string): string[] =>
    text
      .split('\n')
      .flatMap((line) => line.split(/(?<=[.!?]["”')]*)\s+(?=["“(]?[\p{Lu}\d])/u))
      .map((s) => s.trim())
      .filter((s) => s.length > 0);
  it('splits where the Unicode pattern splits', () => {
    const char = fc.constantFrom(...'aZ9 .!?"\')(\n\t-'.split(''));
    fc.assert(
      fc.property(fc.array(char, { maxLength: 40 }), (chars) => {
        const text = chars.join('');
        expect(splitSentences(text)).toEqual(unicodeSplit(text));
      }),
      { numRuns: 3000 },
    );
  });
});
