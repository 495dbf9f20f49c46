import { describe, expect, it } from 'vitest';
import { byteBoundedCache, estimateBytes } from '../../src/answer/cache.js';
import { ask } from '../../src/answer/engine.js';
import { normalizeInput } from '../../src/understand/clean.js';
import type { Answer } from '../../src/answer/answer.js';
import { withBot } from '../helpers/bot.js';
import { austin } from '../helpers/knowledge.js';

describe('byteBoundedCache', () => {
  it('is off for a budget of 0 (ANSWER_CACHE_MB=0)', () => {
    expect(byteBoundedCache<string>(0)).toBeNull();
  });

  it('never holds more than its byte budget, evicting the least recently used', () => {
    const cache = byteBoundedCache<string>(10_000)!;
    for (let i = 0; i < 500; i++) {
      cache.set(`k${i}`, 'x'.repeat(i * 7));
      expect(cache.calculatedSize).toBeLessThanOrEqual(10_000);
    }
    expect(cache.get('k499')).toBeDefined();
    expect(cache.get('k0')).toBeUndefined();
  });

  it('does not keep an entry bigger than the whole budget (and keeps the rest)', () => {
    const cache = byteBoundedCache<string>(1_000)!;
    cache.set('small', 'x');
    cache.set('huge', 'x'.repeat(5_000));
    expect(cache.get('huge')).toBeUndefined();
    expect(cache.get('small')).toBe('x');
  });

  it('unique 300 KB questions keyed on the cleaned question stay within the budget', () => {
    const k = austin();
    const answer: Answer = ask(k, 'what is Ark?');
    const budget = 8 * 1024 * 1024;
    const cache = byteBoundedCache<Answer>(budget)!;
    const filler = 'word '.repeat(60_000); // 300 KB
    // Keys as long as the budget allows (what the cache must bound whatever normalizeInput cuts to).
    for (let i = 0; i < 3_000; i++) cache.set(`question ${i} ${filler}`, answer);
    expect(cache.calculatedSize).toBeLessThanOrEqual(budget);
    expect(cache.size).toBeLessThan(20);
    // Each key is the cleaned question, cut by normalizeInput, not the 300 KB paste.
    expect(estimateBytes(normalizeInput(`question 1 ${filler}`))).toBeLessThan(2 * 1024);
  });
});

describe('the answer cache in the app', () => {
  const env = withBot();
  const logged = () => env.bot.logs.map((l) => JSON.parse(l) as Record<string, unknown>).filter((l) => l.msg === 'answered');

  it('serves variants of one question (markup, emoji, spacing) from one entry, echoing each as typed', async () => {
    await env.bot.command('what is Kubeflow?');
    const res = await env.bot.command('  what is   Kubeflow? :thinking_face:');
    expect(
      logged()
        .slice(-2)
        .map((l) => l.cached),
    ).toEqual([false, true]);
    expect(await res.text()).toContain(':thinking_face:'); // the reply still echoes what this user typed
  });
});
