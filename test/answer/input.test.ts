import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ask } from '../../src/answer/engine.js';
import { MAX_INPUT, MAX_RAW_INPUT, normalizeInput, unwrapMarkup } from '../../src/understand/clean.js';
import { austin } from '../helpers/knowledge.js';
import { SLACK_MARKUP } from '../helpers/limits.js';

/** Pieces of Slack markup, whole, broken and nested, next to ordinary words and odd characters. */
const piece = fc.oneof(
  fc.constantFrom('<', '>', '|', '!', '@', '#', '<@', '<!', '<#', '<http:', '<https://', '<mailto:', 'http:', 'mailto:', ' ', '\u200b', '\u0000'),
  fc.constantFrom('<@U024BE7LH>', '<!channel>', '<!here|here>', '<#C1|general>', '<#C1>', '<https://x.y|site>', '<https://x.y>', '<mailto:a@b|mail>'),
  fc.constantFrom('kubecon ', 'what is Ark?', 'keynotes day1', ':tada:', '🚀', 'x'),
);
/** Any text: markup-heavy, arbitrary code units, and long enough to pass both cuts. */
const anyText = fc.oneof(
  fc.array(piece, { maxLength: 40 }).map((p) => p.join('')),
  fc.string({ unit: 'binary', maxLength: 500 }),
  fc.tuple(fc.constantFrom('<@', '<!', '<#', '<http:', 'ark '), fc.integer({ min: 1, max: 2000 }), fc.array(piece, { maxLength: 8 })).map(([p, n, tail]) => p.repeat(n) + tail.join('')),
);

/**
 * Whether text holds markup Slack would make live: SLACK_MARKUP's test, in linear time (the regex
 * itself backtracks for seconds over 100,000 characters of unclosed markup). `<` plus a prefix is
 * live exactly when some `>` follows it.
 */
function hasLiveMarkup(text: string): boolean {
  const lastClose = text.lastIndexOf('>');
  for (let i = text.indexOf('<'); i >= 0 && i < lastClose; i = text.indexOf('<', i + 1)) {
    if (/^<(?:[!@#]|https?:|mailto:)/.test(text.slice(i, i + 8))) return true;
  }
  return false;
}

describe('hasLiveMarkup', () => {
  it('agrees with SLACK_MARKUP', () => {
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 30 }).map((p) => p.join('')),
        (text) => {
          expect(hasLiveMarkup(text)).toBe(SLACK_MARKUP.test(text));
        },
      ),
      { numRuns: 1000 },
    );
  });
});

describe('normalizeInput: any text', () => {
  it(`comes out without live Slack markup and at most ${MAX_INPUT} characters long`, () => {
    fc.assert(
      fc.property(anyText, (raw) => {
        const out = normalizeInput(raw);
        expect(out).not.toMatch(SLACK_MARKUP);
        expect(out.length).toBeLessThanOrEqual(MAX_INPUT);
      }),
      { numRuns: 1000 },
    );
  });

  it(`reads no further than ${MAX_RAW_INPUT} characters`, () => {
    fc.assert(
      fc.property(anyText, anyText, (head, tail) => {
        const long = head.padEnd(MAX_RAW_INPUT, 'x ');
        expect(normalizeInput(long + tail)).toBe(normalizeInput(long));
      }),
      { numRuns: 200 },
    );
  });

  it('unwrapMarkup alone leaves no live markup in text of any length', () => {
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 300 }).map((p) => p.join('')),
        (raw) => {
          expect(hasLiveMarkup(unwrapMarkup(raw))).toBe(false);
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('normalizeInput: markup', () => {
  it.each([
    ['<@U1> see <https://x.y|the site> in <#C1|general>', 'see the site in #general'],
    ['mail <mailto:a@b.c|me> or <mailto:a@b.c>', 'mail me or mailto:a@b.c'],
    ['<https://x.y>', 'https://x.y'],
    // Unclosed markup is not markup to Slack either: it stays as typed.
    ['<@U1 what is ark', '<@U1 what is ark'],
    ['a < b', 'a < b'],
    ['a > b', 'a > b'],
    ['<b> tag', '<b> tag'],
    // An unclosed bracket that a later `>` would make live goes.
    ['<@U1 what <b> is', '@U1 what <b> is'],
    ['<<https://x.y|@U1> is', '<@U1 is'],
    ['<#C1|<https://x.y|gen>>', '#gen'],
  ])('%j → %j', (raw, expected) => {
    expect(normalizeInput(raw)).toBe(expected);
  });

  it('keeps pairs of UTF-16 code units whole at the raw cut', () => {
    // 666 mentions clean away, so what sits at the raw cut is what the engine reads.
    const raw = `${'<@U1> '.repeat(666)}ab 🚀 tail`;
    expect(raw.charCodeAt(MAX_RAW_INPUT - 1)).toBe(0xd83d);
    expect(normalizeInput(raw)).toBe('ab');
  });

  it('keeps a whole word at the cut when the cut falls between words', () => {
    const word = 'a'.repeat(MAX_INPUT);
    expect(normalizeInput(`${word} more`)).toBe(word);
    expect(normalizeInput('abc '.repeat(200))).toBe('abc '.repeat(75).trim());
  });
});

/**
 * A regression guard only: the old regex passes took seconds on these (quadratic); the linear
 * scanner takes about a millisecond. The bound is generous for a loaded two-core machine; the
 * performance claim itself is `npm run bench`'s worst-case section.
 */
describe('100,000 characters of unclosed or nested markup', () => {
  const k = austin();
  const worst: Array<[string, string]> = [
    ['<@ × 50,000', '<@'.repeat(50_000)],
    ['<! × 50,000', '<!'.repeat(50_000)],
    ['<http: × 16,667', '<http:'.repeat(16_667)],
    ['<# <@ <! <http: mixed', '<#<@<!<http:|'.repeat(7_693)],
    ['<@ × 50,000 then one >', `${'<@'.repeat(50_000)}>`],
    ['<#a| × 20,000 then > × 20,000', `${'<#a|'.repeat(20_000)}${'>'.repeat(20_000)}`],
    ['<https://x|y> × 7,693', '<https://x|y>'.repeat(7_693)],
  ];
  const bestOf3 = (work: () => void): number => {
    let best = Infinity;
    for (let i = 0; i < 3; i++) {
      const t0 = performance.now();
      work();
      best = Math.min(best, performance.now() - t0);
    }
    return best;
  };

  it.each(worst)('%s is cleaned, and answered, in well under 200 ms', (_, raw) => {
    expect(raw.length).toBeGreaterThanOrEqual(100_000);
    expect(bestOf3(() => unwrapMarkup(raw))).toBeLessThan(200);
    expect(bestOf3(() => ask(k, raw))).toBeLessThan(200);
    expect(hasLiveMarkup(unwrapMarkup(raw))).toBe(false);
  });
});
