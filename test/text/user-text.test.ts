import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clip, cutText } from '../../src/text/normalize.js';
import { fromButton, fromSlack, stripTricks } from '../../src/text/user-text.js';
import { MAX_RAW_INPUT } from '../../src/understand/clean.js';

// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
const TRICK = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const anything = fc.oneof(fc.string({ unit: 'binary', maxLength: 300 }), fc.string({ unit: 'grapheme', maxLength: 300 }), fc.string({ unit: 'binary', minLength: 3990, maxLength: 4100 }));

describe('reading what people type', () => {
  it('property: fromSlack and fromButton leave no trick and at most MAX_RAW_INPUT characters', () => {
    fc.assert(
      fc.property(anything, (raw) => {
        for (const read of [fromSlack(raw), fromButton(raw)]) {
          expect(read).not.toMatch(TRICK);
          expect(read.length).toBeLessThanOrEqual(MAX_RAW_INPUT);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('property: text without tricks and entities reads as it is; Slack-escaped text reads as typed', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (typed) => {
        const plain = stripTricks(typed);
        expect(fromButton(plain)).toBe(plain);
        const escaped = plain.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
        expect(fromSlack(escaped)).toBe(plain);
      }),
      { numRuns: 300 },
    );
  });

  it('property: cutText and clip never split a surrogate pair', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 100 }), fc.integer({ min: 1, max: 120 }), (text, max) => {
        const clean = stripTricks(text);
        expect(cutText(clean, max)).not.toMatch(TRICK);
        expect(cutText(clean, max).length).toBeLessThanOrEqual(max);
        expect(clip(clean, max)).not.toMatch(TRICK);
        expect(clip(clean, max).length).toBeLessThanOrEqual(max);
      }),
      { numRuns: 500 },
    );
  });

  it('drops bidi controls, controls and lone surrogates; keeps tabs, line breaks and whole emoji', () => {
    expect(fromSlack('what is Ark? \u202Ekcatta\u202C \u2066x\u2069\u0000\u001b[2J\u0007\ud83d\n\t👩‍👩‍👧')).toBe('what is Ark? kcatta x[2J\n\t👩‍👩‍👧');
    expect(fromSlack('&lt;!channel&gt; &amp;lt; &amp;amp;')).toBe('<!channel> &lt; &amp;');
    expect(fromSlack(undefined)).toBe('');
    expect(cutText('ok 🔥', 4)).toBe('ok ');
    expect(fromSlack(`${'a'.repeat(MAX_RAW_INPUT - 1)}🔥`)).toBe('a'.repeat(MAX_RAW_INPUT - 1));
  });
});
