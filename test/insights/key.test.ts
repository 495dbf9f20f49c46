import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { insightKey } from '../../src/insights/store.js';

/** Text as Slack sends it: markup (links with any case of scheme), mentions, emoji codes, tokens. */
const typed = fc
  .array(
    fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 30 }),
      fc.string({ unit: 'binary', maxLength: 30 }),
      fc.constantFrom(
        '<https://github.com/heptio/ark|Ark>',
        '<HTTPS://GITHUB.COM/heptio/ark|Ark>',
        '<Https://x.y>',
        '<MAILTO:a@b.c|a@b.c>',
        '<@U024BE7LH>',
        '<#C1|general>',
        '<!here>',
        ':wave:',
        'kubecon',
        '/kubecon',
        '@kubecon-bot',
        'xoxb-1-2-abc',
        '?',
        '!',
        '.',
        ' ',
        'what is',
        'Ark',
      ),
    ),
    { maxLength: 14 },
  )
  .map((parts) => parts.join(' '));

describe('insightKey', () => {
  it('property: a key is its own key, so the logged key, the counted key and the one `npm run insights` makes are one', () => {
    fc.assert(
      fc.property(typed, fc.integer({ min: 5, max: 140 }), (text, max) => {
        const key = insightKey(text, max);
        expect(insightKey(key, max)).toBe(key);
      }),
      { numRuns: 2000 },
    );
  });

  it('a link with a capitalised scheme counts as its label, like any link', () => {
    expect(insightKey('what is <HTTPS://github.com/heptio/ark|Ark>?')).toBe('what is ark');
    expect(insightKey('what is <Https://github.com/heptio/ark>')).toBe('what is https://github.com/heptio/ark');
  });
});
