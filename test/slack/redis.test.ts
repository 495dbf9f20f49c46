import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RedisDedupe } from '../../src/slack/dedupe-redis.js';
import { createLogger } from '../../src/log.js';
import { startFakeSlack, type FakeSlack } from '../helpers/fake-slack.js';
import { startBot } from '../helpers/bot.js';
import { HAVE_REDIS, startRedis, type RedisServer } from '../helpers/redis.js';

// CI installs redis-server (see .ci/run); a developer machine without it skips, loudly.
if (!HAVE_REDIS && process.env.CI) throw new Error('redis-server is not installed: .ci/run must apt-get install redis-server');
const quiet = () => createLogger({ level: 'error', format: 'json', write: () => {} });
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe.skipIf(!HAVE_REDIS)('reply-once with Redis', () => {
  let redis: RedisServer;
  let fake: FakeSlack;
  beforeAll(async () => {
    redis = await startRedis();
    fake = await startFakeSlack();
  });
  afterAll(async () => {
    await fake.close();
    await redis.stop();
  });

  it('claims a key once across two stores, and again after the TTL', async () => {
    const a = new RedisDedupe(redis.url, quiet());
    const b = new RedisDedupe(redis.url, quiet());
    await sleep(100);
    try {
      expect(await a.claim('k1', 1)).toBe(true);
      expect(await b.claim('k1', 1)).toBe(false);
      expect(await a.claim('k1', 1)).toBe(false);
      await sleep(1100);
      expect(await b.claim('k1', 1)).toBe(true);
    } finally {
      await a.close();
      await b.close();
    }
  });

  it('two app instances sharing Redis answer a retried event once', async () => {
    const one = await startBot(fake, { env: { REDIS_URL: redis.url } });
    const two = await startBot(fake, { env: { REDIS_URL: redis.url } });
    try {
      await sleep(200); // both connected
      fake.calls.length = 0;
      const event = { type: 'app_mention', channel: 'C0001', user: 'U0001', text: '<@UBOT> what is Envoy', ts: '1700000100.000100', team: 'T0001' };
      // Slack redelivers to whichever instance the router picks: the first and the retry land on different dynos.
      await Promise.all([one.event(event, { eventId: 'EvR1' }), two.event(event, { eventId: 'EvR1', retryNum: 1 }), two.event(event, { eventId: 'EvR1', retryNum: 2 })]);
      await fake.waitFor('chat.postMessage');
      await sleep(300);
      expect(fake.callsTo('chat.postMessage')).toHaveLength(1);
    } finally {
      await one.stop();
      await two.stop();
    }
  });

  it('keeps answering when Redis goes down, and logs it', async () => {
    const own = await startRedis();
    const bot = await startBot(fake, { env: { REDIS_URL: own.url } });
    try {
      await sleep(200);
      await own.stop();
      fake.calls.length = 0;
      const started = Date.now();
      await bot.event({ type: 'app_mention', channel: 'C0001', user: 'U0001', text: '<@UBOT> what is Rook', ts: '1700000200.000100', team: 'T0001' });
      await fake.waitFor('chat.postMessage');
      expect(Date.now() - started).toBeLessThan(2000);
      // The same message again is still answered once: the fallback remembers it in memory.
      await bot.event({ type: 'app_mention', channel: 'C0001', user: 'U0001', text: '<@UBOT> what is Rook', ts: '1700000200.000100', team: 'T0001' }, { retryNum: 1 });
      await sleep(300);
      expect(fake.callsTo('chat.postMessage')).toHaveLength(1);
      expect(bot.logs.some((l) => l.includes('redis') && l.includes('"warn"'))).toBe(true);
    } finally {
      await bot.stop();
    }
  });
});
