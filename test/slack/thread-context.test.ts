import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Redis } from 'ioredis';
import { createLogger } from '../../src/log.js';
import { MAX_TURN_BYTES, MemoryContext, contextKey, decodeTurn, encodeTurn } from '../../src/slack/thread-context.js';
import { RedisContext } from '../../src/slack/thread-context-redis.js';
import type { Turn } from '../../src/understand/followup.js';
import { describeWithRedis, startRedis, type RedisServer } from '../helpers/redis.js';

const turn = (question: string, extra: Partial<Turn> = {}): Turn => ({ question, intent: 'topic', sessions: ['Helm Chart Patterns'], speakers: ['Vic Iglesias'], page: 0, more: false, ...extra });
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A store on a clock the test moves by hand. */
function clocked(options: { maxEntries?: number; maxBytes?: number; ttlSeconds?: number } = {}): { store: MemoryContext; advance: (ms: number) => void } {
  let now = 1_000_000;
  return {
    store: new MemoryContext({ ...options, now: () => now }),
    advance: (ms) => {
      now += ms;
    },
  };
}

describe('contextKey', () => {
  it('keys a thread by channel and root ts, a DM by its channel, and holds no user id', () => {
    expect(contextKey('C1', '1700000000.000100')).toBe('thread:C1:1700000000.000100');
    expect(contextKey('D1')).toBe('dm:D1');
    expect(contextKey('D1', undefined)).toBe('dm:D1');
  });
});

describe('encodeTurn / decodeTurn', () => {
  it('round-trips a turn as JSON', () => {
    const t = turn('who talked about helm?', { more: true, page: 2 });
    expect(decodeTurn(encodeTurn(t))).toEqual(t);
  });

  it('trims an oversized turn to fit the byte bound, and gives up when nothing fits', () => {
    const big = turn('x'.repeat(900), { sessions: Array.from({ length: 10 }, (_, i) => `${'s'.repeat(290)}${i}`), speakers: ['A', 'B'] });
    const json = encodeTurn(big)!;
    expect(Buffer.byteLength(json)).toBeLessThanOrEqual(MAX_TURN_BYTES);
    expect(decodeTurn(json)!.sessions).toHaveLength(1);
    expect(encodeTurn(big, 100)).toBeNull();
  });

  it('reads anything that is not a turn as no turn', () => {
    for (const bad of [null, '', 'not json', '{}', '{"question":1}', JSON.stringify({ ...turn('q'), userId: undefined, page: -1 })]) expect(decodeTurn(bad)).toBeNull();
  });
});

describe('MemoryContext', () => {
  it('remembers a turn for its TTL and forgets it after', async () => {
    const { store, advance } = clocked({ ttlSeconds: 60 });
    await store.set('dm:D1', turn('q1'));
    advance(60_000);
    expect(await store.get('dm:D1')).toEqual(turn('q1'));
    advance(1);
    expect(await store.get('dm:D1')).toBeNull();
    expect(store.size).toBe(0);
  });

  it('a new turn replaces the last and starts its TTL again', async () => {
    const { store, advance } = clocked({ ttlSeconds: 60 });
    await store.set('dm:D1', turn('q1'));
    advance(50_000);
    await store.set('dm:D1', turn('q2'));
    advance(50_000);
    expect((await store.get('dm:D1'))?.question).toBe('q2');
    expect(store.size).toBe(1);
  });

  it('hands out copies: changing what it returned changes nothing stored', async () => {
    const { store } = clocked();
    await store.set('dm:D1', turn('q1'));
    (await store.get('dm:D1'))!.sessions.push('x');
    expect((await store.get('dm:D1'))!.sessions).toEqual(['Helm Chart Patterns']);
  });

  it('stays within its entry bound by dropping the oldest conversations', async () => {
    const { store } = clocked({ maxEntries: 100 });
    for (let i = 0; i < 250; i++) await store.set(`dm:D${i}`, turn(`q${i}`));
    expect(store.size).toBe(100);
    expect(await store.get('dm:D149')).toBeNull();
    expect((await store.get('dm:D150'))?.question).toBe('q150');
    expect((await store.get('dm:D249'))?.question).toBe('q249');
  });

  it('stays within its byte bound, whatever the entry bound allows', async () => {
    const { store } = clocked({ maxEntries: 1_000_000, maxBytes: 50_000 });
    for (let i = 0; i < 5_000; i++) await store.set(`thread:C1:${i}`, turn(`question number ${i} about helm charts and more`, { sessions: ['a'.repeat(200)] }));
    expect(store.bytes).toBeLessThanOrEqual(50_000);
    expect(store.size).toBeGreaterThan(50);
    expect(store.size).toBeLessThan(5_000);
    expect(await store.get('thread:C1:4999')).not.toBeNull();
  });

  it('reads every expired conversation as none, however many there are', async () => {
    const { store, advance } = clocked({ ttlSeconds: 60 });
    for (let i = 0; i < 1_000; i++) await store.set(`dm:D${i}`, turn('q'));
    advance(61_000);
    for (let i = 0; i < 1_000; i++) expect(await store.get(`dm:D${i}`)).toBeNull();
    expect(store.size).toBe(0);
  });

  it('keeps nothing for a turn too big to store, and forgets the one before it', async () => {
    const store = new MemoryContext({ maxTurnBytes: 120 });
    await store.set('dm:D1', turn('short'));
    await store.set('dm:D1', turn('y'.repeat(500)));
    expect(await store.get('dm:D1')).toBeNull();
    expect(store.bytes).toBe(0);
  });
});

const quiet = (lines: string[] = []) => createLogger({ level: 'debug', format: 'json', write: (l) => lines.push(l) });

describeWithRedis('RedisContext', () => {
  let redis: RedisServer;
  beforeAll(async () => {
    redis = await startRedis();
  });
  afterAll(async () => {
    await redis.stop();
  });

  it('shares turns between instances, under a prefix, with Redis expiring them', async () => {
    const a = new RedisContext(redis.url, quiet(), { ttlSeconds: 1 });
    const b = new RedisContext(redis.url, quiet(), { ttlSeconds: 1 });
    const raw = new Redis(redis.url);
    try {
      await sleep(100);
      await a.set('thread:C1:1.1', turn('who talked about helm?'));
      expect(await b.get('thread:C1:1.1')).toEqual(turn('who talked about helm?'));
      expect(await raw.keys('*')).toEqual(['kubecon-bot:context:thread:C1:1.1']);
      const ttl = await raw.ttl('kubecon-bot:context:thread:C1:1.1');
      expect(ttl).toBeGreaterThan(0);
      expect(ttl).toBeLessThanOrEqual(1);
      await sleep(1_100);
      expect(await raw.exists('kubecon-bot:context:thread:C1:1.1')).toBe(0);
      // b never wrote it, so b has nothing in memory to fall back on either.
      expect(await b.get('thread:C1:1.1')).toBeNull();
    } finally {
      raw.disconnect();
      await a.close();
      await b.close();
    }
  });

  it('stores values within the byte bound, and reads a foreign value as no turn', async () => {
    const a = new RedisContext(redis.url, quiet());
    const raw = new Redis(redis.url);
    try {
      await sleep(100);
      await a.set('dm:D9', turn('z'.repeat(900), { sessions: Array.from({ length: 10 }, () => 's'.repeat(290)) }));
      expect(Buffer.byteLength((await raw.get('kubecon-bot:context:dm:D9'))!)).toBeLessThanOrEqual(MAX_TURN_BYTES);
      await raw.set('kubecon-bot:context:dm:D8', '{"user":"U1"}');
      expect(await a.get('dm:D8')).toBeNull();
    } finally {
      raw.disconnect();
      await a.close();
    }
  });

  it('falls back to memory when Redis goes down, logs it once, and answers fast', async () => {
    const own = await startRedis();
    const lines: string[] = [];
    const store = new RedisContext(own.url, quiet(lines));
    try {
      await sleep(100);
      await store.set('dm:D1', turn('before'));
      await own.stop();
      const started = Date.now();
      expect((await store.get('dm:D1'))?.question).toBe('before');
      await store.set('dm:D2', turn('during'));
      expect((await store.get('dm:D2'))?.question).toBe('during');
      for (let i = 0; i < 20; i++) await store.get(`dm:X${i}`);
      expect(Date.now() - started).toBeLessThan(2_000);
      const warnings = lines.filter((l) => l.includes('"warn"') && l.includes('redis'));
      expect(warnings).toHaveLength(1);
    } finally {
      await store.close();
    }
  });
});
