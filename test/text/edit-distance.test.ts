import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { editDistance } from '../../src/text/normalize.js';

/** Optimal string alignment distance, straight from its definition: no cap, no shortcuts. */
function reference(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
    }
  }
  return d[a.length]![b.length]!;
}

describe('editDistance', () => {
  it.each([
    ['waht', 'what', 1, 1],
    ['spinaker', 'spinnaker', 2, 1],
    ['kubernetes', 'kubernetes', 2, 0],
    ['', 'ark', 3, 3],
    ['rook', '', 3, 4],
    ['ark', 'rook', 1, 2],
    ['blockchain', 'kubernetes', 2, 3],
  ])('%j → %j (cap %i) is %i', (a, b, max, expected) => {
    expect(editDistance(a, b, max)).toBe(expected);
  });

  it('agrees with the textbook definition wherever it is within the cap, and says "over" otherwise', () => {
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'k', 'é'), maxLength: 14 });
    fc.assert(
      fc.property(word, word, fc.integer({ min: 0, max: 4 }), (a, b, max) => {
        const exact = reference(a, b);
        const capped = editDistance(a, b, max);
        if (exact <= max) expect(capped).toBe(exact);
        else expect(capped).toBeGreaterThan(max);
      }),
      { numRuns: 3000 },
    );
  });

  it('is not thrown off by a long word after short ones (its scratch rows grow)', () => {
    expect(editDistance('ab', 'ba', 2)).toBe(1);
    const long = 'x'.repeat(500);
    expect(editDistance(long, `${long}y`, 1)).toBe(1);
    expect(editDistance('ark', 'ork', 1)).toBe(1);
  });
});
