import fc from 'fast-check';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { Redis } from 'ioredis';
import { RedisInsights } from '../../src/insights/redis.js';
import { INSIGHT_LISTS, insightsReport } from '../../src/insights/store.js';
import { createLogger } from '../../src/log.js';
import { describeWithRedis, startRedis, type RedisServer } from '../helpers/redis.js';

// CI installs redis-server (see .ci/run); a machine without it skips these and the summary says so.
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const logger = (lines: string[] = []) => createLogger({ level: 'info', format: 'json', write: (l) => lines.push(l) });

/** A store whose connection is up (counts made before it stay in memory, by design). */
async function connected(url: string, options: ConstructorParameters<typeof RedisInsights>[2], lines: string[] = []): Promise<RedisInsights> {
  const store = new RedisInsights(url, logger(lines), options);
  const deadline = Date.now() + 5000;
  while (!lines.some((l) => l.includes('insights redis connected'))) {
    if (Date.now() > deadline) throw new Error('redis did not connect');
    await sleep(20);
  }
  return store;
}

describeWithRedis('insights in Redis', () => {
  let redis: RedisServer;
  let raw: Redis;
  beforeAll(async () => {
    redis = await startRedis();
    raw = new Redis(redis.url);
  });
  afterAll(async () => {
    raw.disconnect();
    await redis.stop();
  });

  it('counts into prefixed sorted sets that two instances share', async () => {
    const a = await connected(redis.url, { prefix: 'test1:' });
    const b = await connected(redis.url, { prefix: 'test1:' });
    try {
      await a.count('unanswered', 'What is blockchain?');
      await b.count('unanswered', 'what is blockchain');
      await b.count('unanswered', 'when is the next kubecon');
      await a.count('asked', 'what is Ark');
      expect(await raw.zscore('test1:unanswered', 'what is blockchain')).toBe('2');
      expect((await raw.keys('*')).sort()).toEqual(['test1:asked', 'test1:unanswered']);
      expect(await insightsReport(a)).toEqual({
        unanswered: [
          { text: 'what is blockchain', count: 2 },
          { text: 'when is the next kubecon', count: 1 },
        ],
        unhelpful: [],
        asked: [{ text: 'what is ark', count: 1 }],
      });
    } finally {
      await a.close();
      await b.close();
    }
  });

  it('trims each set to its cap, the least counted going first', async () => {
    const store = await connected(redis.url, { prefix: 'test2:', bounds: { maxKeys: 5, maxKeyLength: 20 } });
    try {
      for (let i = 0; i < 3; i++) await store.count('asked', 'popular question');
      for (let i = 0; i < 200; i++) await store.count('asked', `one-off ${i} and some more words`);
      expect(await raw.zcard('test2:asked')).toBe(5);
      const top = await store.top('asked', 10);
      expect(top[0]).toEqual({ text: 'popular question', count: 3 });
      for (const { text } of top) expect(text.length).toBeLessThanOrEqual(20);
    } finally {
      await store.close();
    }
  });

  it('any text can be counted without a set exceeding its cap or a key its length (fast-check)', async () => {
    const store = await connected(redis.url, { prefix: 'prop:', bounds: { maxKeys: 7, maxKeyLength: 15 } });
    try {
      await fc.assert(
        fc.asyncProperty(fc.array(fc.tuple(fc.constantFrom(...INSIGHT_LISTS), fc.string({ unit: 'binary', maxLength: 80 })), { maxLength: 25 }), async (items) => {
          for (const [list, text] of items) await store.count(list, text);
          for (const list of INSIGHT_LISTS) {
            expect(await raw.zcard(`prop:${list}`)).toBeLessThanOrEqual(7);
            for (const { text } of await store.top(list, 100)) expect(text.length).toBeLessThanOrEqual(15);
          }
        }),
        { numRuns: 30 },
      );
    } finally {
      await store.close();
    }
  });

  it('keeps counting in memory when Redis is down, and says so once', async () => {
    const own = await startRedis();
    const lines: string[] = [];
    const store = await connected(own.url, { prefix: 'test3:' }, lines);
    try {
      await store.count('unhelpful', 'what is envoy');
      await own.stop();
      await sleep(100);
      const started = Date.now();
      for (let i = 0; i < 20; i++) await store.count('unhelpful', 'what is envoy');
      const top = await store.top('unhelpful', 10);
      expect(Date.now() - started).toBeLessThan(2000);
      expect(top).toEqual([{ text: 'what is envoy', count: 21 }]);
      const warnings = lines.filter((l) => l.includes('"warn"') && l.includes('redis'));
      expect(warnings).toHaveLength(1);
    } finally {
      await store.close();
    }
  });
});
