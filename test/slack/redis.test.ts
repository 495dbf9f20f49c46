import { expect, it } from 'vitest';
import { RedisDedupe } from '../../src/slack/dedupe-redis.js';
import { createLogger } from '../../src/log.js';
import { startBot, type RunningBot } from '../helpers/bot.js';
import { describeWithRedis, redisAndFakeSlack, startRedis } from '../helpers/redis.js';

// CI installs redis-server (see .ci/run); a machine without it skips these and the summary says so.
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
/** Waits until a bot's Redis client is connected (ioredis is loaded on first use, then connects). */
async function connected(...bots: RunningBot[]): Promise<void> {
  for (let i = 0; i < 50 && !bots.every((b) => b.logs.some((l) => l.includes('redis connected'))); i++) await sleep(100);
}

describeWithRedis('reply-once with Redis', () => {
  const env = redisAndFakeSlack();

  it('claims a key once across two stores, and again after the TTL', async () => {
    const lines: string[] = [];
    const log = createLogger({ level: 'info', format: 'json', write: (l) => lines.push(l) });
    const a = new RedisDedupe(env.redis.url, log);
    const b = new RedisDedupe(env.redis.url, log);
    // Both connected (ioredis is loaded on first use, then connects).
    for (let i = 0; i < 50 && lines.filter((l) => l.includes('redis connected')).length < 2; i++) await sleep(100);
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
    const one = await startBot(env.fake, { env: { REDIS_URL: env.redis.url } });
    const two = await startBot(env.fake, { env: { REDIS_URL: env.redis.url } });
    try {
      await connected(one, two);
      env.fake.calls.length = 0;
      const event = { type: 'app_mention', channel: 'C0001', user: 'U0001', text: '<@UBOT> what is Envoy', ts: '1700000100.000100', team: 'T0001' };
      // Slack redelivers to whichever instance the router picks: the first and the retry land on different dynos.
      await Promise.all([one.event(event, { eventId: 'EvR1' }), two.event(event, { eventId: 'EvR1', retryNum: 1 }), two.event(event, { eventId: 'EvR1', retryNum: 2 })]);
      await env.fake.waitFor('chat.postMessage');
      await sleep(300);
      expect(env.fake.callsTo('chat.postMessage')).toHaveLength(1);
    } finally {
      await one.stop();
      await two.stop();
    }
  });

  it('keeps answering when Redis goes down, and logs it', async () => {
    const own = await startRedis();
    const bot = await startBot(env.fake, { env: { REDIS_URL: own.url } });
    try {
      await connected(bot);
      await own.stop();
      env.fake.calls.length = 0;
      const started = Date.now();
      await bot.event({ type: 'app_mention', channel: 'C0001', user: 'U0001', text: '<@UBOT> what is Rook', ts: '1700000200.000100', team: 'T0001' });
      await env.fake.waitFor('chat.postMessage');
      expect(Date.now() - started).toBeLessThan(2000);
      // The same message again is still answered once: the fallback remembers it in memory.
      await bot.event({ type: 'app_mention', channel: 'C0001', user: 'U0001', text: '<@UBOT> what is Rook', ts: '1700000200.000100', team: 'T0001' }, { retryNum: 1 });
      await sleep(300);
      expect(env.fake.callsTo('chat.postMessage')).toHaveLength(1);
      expect(bot.logs.some((l) => l.includes('redis') && l.includes('"warn"'))).toBe(true);
    } finally {
      await bot.stop();
    }
  });

  it('with Redis down, two instances each remember only what they answered: a retry landing on the other one is answered again', async () => {
    // What README's "Operating it" says: during an outage a rare duplicate beats silence.
    const own = await startRedis();
    const one = await startBot(env.fake, { env: { REDIS_URL: own.url } });
    const two = await startBot(env.fake, { env: { REDIS_URL: own.url } });
    try {
      await connected(one, two);
      await own.stop();
      env.fake.calls.length = 0;
      const event = { type: 'app_mention', channel: 'C0001', user: 'U0001', text: '<@UBOT> what is gRPC', ts: '1700000300.000100', team: 'T0001' };
      await one.event(event, { eventId: 'EvDown' });
      await env.fake.waitFor('chat.postMessage');
      await one.event(event, { eventId: 'EvDown', retryNum: 1 }); // same instance: remembered
      await sleep(300);
      expect(env.fake.callsTo('chat.postMessage')).toHaveLength(1);
      await two.event(event, { eventId: 'EvDown', retryNum: 2 }); // the other instance: answered again
      await env.fake.waitFor('chat.postMessage', 2);
      await sleep(300);
      expect(env.fake.callsTo('chat.postMessage')).toHaveLength(2);
    } finally {
      await one.stop();
      await two.stop();
    }
  });
});
