import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fold, tokenize } from '../../src/text/normalize.js';

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
