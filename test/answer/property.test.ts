import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ask } from '../../src/answer/engine.js';
import { renderText } from '../../src/render/text.js';
import { COMMANDS, examplesOf } from '../../src/understand/commands.js';
import { austin } from '../helpers/knowledge.js';

const k = austin();
const failOnBug = (e: unknown): never => {
  throw e;
};

/** Text a Slack user might type: markup, mentions, emoji, control characters, every script. */
const slackish = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.constantFrom('<!channel>', '<!here>', '<@U123|bob>', '<#C1|general>', '<https://x.y|z>', '&amp;', '&lt;', '```', '*bold*', '_it_', ':tada:', '\u0000', '\u202e', '🚀'),
);
const phrase = fc
  .array(fc.oneof(slackish, fc.constantFrom(...COMMANDS.flatMap((c) => [c.name, ...examplesOf(c, k)]), 'day', 'who is', 'what is', '?')), { maxLength: 6 })
  .map((parts) => parts.join(' '));

describe('any text gets an answer', () => {
  it('never throws, and always says something', () => {
    fc.assert(
      fc.property(phrase, (text) => {
        const a = ask(k, text, failOnBug);
        expect(typeof a.matched).toBe('boolean');
        expect(a.title.length).toBeGreaterThan(0);
        expect(a.parts.length).toBeGreaterThan(0);
        expect(renderText(a).length).toBeGreaterThan(0);
      }),
      { numRuns: 400 },
    );
  });

  it('copes with 10 000 characters of anything', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', minLength: 10_000, maxLength: 10_000 }), (text) => {
        expect(() => ask(k, text, failOnBug)).not.toThrow();
      }),
      { numRuns: 20 },
    );
    expect(ask(k, `what is ${'ark '.repeat(2500)}`, failOnBug).matched).toBe(true);
  });

  it('answers the same question the same way', () => {
    fc.assert(
      fc.property(phrase, (text) => {
        expect(ask(k, text)).toEqual(ask(k, text));
      }),
      { numRuns: 100 },
    );
  });

  it('never echoes Slack broadcast or user mentions back', () => {
    fc.assert(
      fc.property(phrase, fc.constantFrom('<!channel>', '<!here>', '<!everyone>', '<@U024BE7LH>'), (text, ping) => {
        const out = renderText(ask(k, `${text} ${ping} ${text}`, failOnBug));
        expect(out).not.toContain(ping);
      }),
      { numRuns: 200 },
    );
  });
});

describe("words named like Object's prototype", () => {
  // Before: "constructor" was looked up in plain objects, and "how many constructor" answered with
  // "function Object() { [native code] }", "what is a constructor" threw inside the search.
  const names = Object.getOwnPropertyNames(Object.prototype);
  const frames = ['what is a {w}', 'how many {w}', 'level {w}', 'day {w}', 'talks on day {w}', '{w}', 'whos {w}', 'y {w}'];
  it('are words like any other: never an error, never code in the answer', () => {
    fc.assert(
      fc.property(fc.constantFrom(...names), fc.constantFrom(...frames), (name, frame) => {
        const answer = ask(k, frame.replace('{w}', name));
        expect(answer.intent).not.toBe('error');
        expect(renderText(answer)).not.toMatch(/native code|\[object Object\]|=>/);
      }),
      { numRuns: 200 },
    );
  });
});
