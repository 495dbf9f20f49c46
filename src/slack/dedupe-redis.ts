import type { Redis } from 'ioredis';
import type { BotLogger } from '../log.js';
import { MemoryDedupe, type DedupeStore } from './dedupe.js';

/** How long a claim may wait on Redis before the bot answers without it. */
const CLAIM_TIMEOUT_MS = 300;
/** How often "Redis is down" is logged while it stays down. */
const WARN_EVERY_MS = 30_000;

/**
 * Reply-once across instances: `SET key 1 NX EX ttl` in Redis, so several dynos behind one router
 * answer a redelivered event once. When Redis is down or slow the bot keeps answering, deduping
 * in memory meanwhile: a rare duplicate beats silence. ioredis is loaded only here, when the
 * store is made (REDIS_URL set): one instance never pays for it.
 *
 * @example
 * const store = new RedisDedupe(process.env.REDIS_URL!, logger);
 * await store.claim('msg:C1:1712.0001', 600); // true on exactly one instance
 */
export class RedisDedupe implements DedupeStore {
  private readonly redis: Promise<Redis>;
  private readonly fallback = new MemoryDedupe();
  private lastWarning = 0;

  constructor(url: string, private readonly logger: BotLogger, private readonly prefix = 'kubecon-bot:dedupe:') {
    this.redis = import('ioredis').then(({ Redis }) => {
      const redis = new Redis(url, {
        // Fail fast instead of queueing commands while disconnected: the answer must not wait.
        enableOfflineQueue: false,
        maxRetriesPerRequest: 0,
        connectTimeout: 1_000,
        retryStrategy: (times) => Math.min(times * 250, 2_000),
        lazyConnect: false,
      });
      redis.on('error', (error: Error) => this.warn('redis unavailable; deduping in memory meanwhile', error));
      redis.on('ready', () => logger.event('info', 'redis connected'));
      return redis;
    });
    this.redis.catch((error: unknown) => this.warn('could not load the Redis client; deduping in memory', error));
  }

  async claim(key: string, ttlSeconds: number): Promise<boolean> {
    let timer: NodeJS.Timeout | undefined;
    try {
      const result = await Promise.race([
        this.redis.then((redis) => redis.set(this.prefix + key, '1', 'EX', ttlSeconds, 'NX')),
        new Promise<never>((_, reject) => {
          timer = setTimeout(() => reject(new Error(`no answer within ${CLAIM_TIMEOUT_MS} ms`)), CLAIM_TIMEOUT_MS);
        }),
      ]);
      // Remember locally too, so an outage right after does not repeat this reply from here.
      await this.fallback.claim(key, ttlSeconds);
      return result === 'OK';
    } catch (error) {
      this.warn('redis claim failed; deduping in memory', error);
      return this.fallback.claim(key, ttlSeconds);
    } finally {
      clearTimeout(timer);
    }
  }

  async close(): Promise<void> {
    (await this.redis.catch(() => undefined))?.disconnect();
  }

  private warn(msg: string, error: unknown): void {
    const now = Date.now();
    if (now - this.lastWarning < WARN_EVERY_MS) return;
    this.lastWarning = now;
    this.logger.event('warn', msg, { error: error instanceof Error ? error.message : String(error) });
  }
}
