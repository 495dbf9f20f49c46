import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { INSIGHT_LISTS, MemoryInsights, insightKey, insightsReport } from '../../src/insights/store.js';

/** No lone surrogate (what String#isWellFormed checks, which ES2023's lib lacks). */
const wellFormed = (s: string): boolean => !/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(s);

describe('insightKey', () => {
  it.each([
    ['What is Ark?', 'what is ark'],
    ['<@U0123ABC> what is   blockchain ?!', 'what is blockchain'],
    [':thinking_face: WHO is kelsey', 'who is kelsey'],
    // The handle (/kubecon) is cleaned off by the listeners, with the conference's handle, before a question is counted.
    ['  keynotes   day1 ', 'keynotes day1'],
    ['', ''],
    ['<@U0123ABC>', ''],
  ])('%j → %j', (text, key) => {
    expect(insightKey(text)).toBe(key);
  });

  it('never keeps a token someone pasted, as the logs never print one', () => {
    expect(insightKey('why does xoxb-1234-5678-AbCdEf fail?')).toBe('why does [redacted] fail');
  });

  it('never keeps a user id that came as a mention', () => {
    expect(insightKey('hey <@U024BE7LH|ada> and <@W0ABC123> what is rook')).not.toMatch(/U024BE7LH|W0ABC123|ada/);
  });

  it('cuts long questions to the key length without splitting a surrogate pair', () => {
    expect(insightKey('a'.repeat(500), 120)).toHaveLength(120);
    const key = insightKey(`${'a'.repeat(9)}😀 tail`, 10);
    expect(key).toBe('a'.repeat(9));
    expect(wellFormed(key)).toBe(true);
  });
});

describe('MemoryInsights', () => {
  it('counts repeats of one question under one key, most counted first', async () => {
    const store = new MemoryInsights({ maxKeys: 10, maxKeyLength: 100 });
    for (const q of ['What is Ark?', 'what is ark', 'who is kelsey', 'WHAT IS ARK!!', 'agenda']) await store.count('asked', q);
    await store.count('asked', 'who is kelsey');
    expect(await store.top('asked', 10)).toEqual([
      { text: 'what is ark', count: 3 },
      { text: 'who is kelsey', count: 2 },
      { text: 'agenda', count: 1 },
    ]);
    expect(await store.top('asked', 1)).toHaveLength(1);
    expect(await store.top('unanswered', 10)).toEqual([]);
  });

  it('keeps the lists apart', async () => {
    const store = new MemoryInsights();
    await store.count('unanswered', 'what is blockchain');
    await store.count('unhelpful', 'what is envoy');
    expect(await insightsReport(store)).toEqual({ unanswered: [{ text: 'what is blockchain', count: 1 }], unhelpful: [{ text: 'what is envoy', count: 1 }], asked: [] });
  });

  it('ignores questions with nothing left after cleaning', async () => {
    const store = new MemoryInsights();
    await store.count('asked', '   ');
    await store.count('asked', ':wave:');
    expect(store.size('asked')).toBe(0);
  });

  it('stays at its cap by evicting the least counted, and of those the one counted longest ago', async () => {
    const store = new MemoryInsights({ maxKeys: 3, maxKeyLength: 50 });
    for (const q of ['a1', 'a1', 'a1', 'b2', 'b2', 'c3']) await store.count('asked', q);
    await store.count('asked', 'd4'); // full: c3 (1) goes
    expect((await store.top('asked', 10)).map((c) => c.text)).toEqual(['a1', 'b2', 'd4']);
    await store.count('asked', 'e5'); // d4 is now the least counted
    expect((await store.top('asked', 10)).map((c) => c.text)).toEqual(['a1', 'b2', 'e5']);
    // Among equals, the one counted longest ago goes: b2 (2) was counted before e5 reached 2.
    await store.count('asked', 'e5');
    await store.count('asked', 'f6');
    await store.count('asked', 'g7');
    expect(store.size('asked')).toBe(3);
    const top = await store.top('asked', 10);
    expect(top[0]).toEqual({ text: 'a1', count: 3 });
    expect(top.map((c) => c.text)).toContain('e5');
  });

  it('a popular question survives a flood of one-off questions', async () => {
    const store = new MemoryInsights({ maxKeys: 50, maxKeyLength: 50 });
    for (let i = 0; i < 5; i++) await store.count('unanswered', 'what is blockchain');
    for (let i = 0; i < 10_000; i++) await store.count('unanswered', `one off ${i}`);
    expect(store.size('unanswered')).toBe(50);
    expect((await store.top('unanswered', 1))[0]).toEqual({ text: 'what is blockchain', count: 5 });
  });

  it('rejects bounds it could not keep', () => {
    expect(() => new MemoryInsights({ maxKeys: 0, maxKeyLength: 10 })).toThrow(RangeError);
  });

  it('any text can be counted without exceeding the bounds (fast-check)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 8 }),
        fc.integer({ min: 1, max: 40 }),
        fc.array(
          fc.tuple(
            fc.constantFrom(...INSIGHT_LISTS),
            fc.oneof(fc.string({ maxLength: 300 }), fc.string({ unit: 'binary', maxLength: 200 }), fc.constantFrom('what is Ark?', '<@U1> hi', 'x'.repeat(5000))),
          ),
          { maxLength: 60 },
        ),
        async (maxKeys, maxKeyLength, items) => {
          const store = new MemoryInsights({ maxKeys, maxKeyLength });
          for (const [list, text] of items) await store.count(list, text);
          for (const list of INSIGHT_LISTS) {
            expect(store.size(list)).toBeLessThanOrEqual(maxKeys);
            const top = await store.top(list, 100);
            for (const { text, count } of top) {
              expect(text.length).toBeGreaterThan(0);
              expect(text.length).toBeLessThanOrEqual(maxKeyLength);
              expect(wellFormed(text)).toBe(true);
              expect(count).toBeGreaterThanOrEqual(1);
            }
            expect(top.reduce((s, c) => s + c.count, 0)).toBeLessThanOrEqual(items.filter(([l]) => l === list).length);
          }
        },
      ),
    );
  });
});
