import type { BotLogger } from '../log.js';
import { RedisLink } from '../redis-link.js';
import { MemoryDedupe, type DedupeStore } from './dedupe.js';

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
  private readonly link: RedisLink;
  private readonly fallback = new MemoryDedupe();

  constructor(
    url: string,
    logger: BotLogger,
    private readonly prefix = 'kubecon-bot:dedupe:',
  ) {
    this.link = new RedisLink(url, logger, { meanwhile: 'deduping in memory', ready: 'redis connected' });
  }

  async claim(key: string, ttlSeconds: number): Promise<boolean> {
    try {
      const result = await this.link.call((redis) => redis.set(this.prefix + key, '1', 'EX', ttlSeconds, 'NX'));
      // Remember locally too, so an outage right after does not repeat this reply from here.
      await this.fallback.claim(key, ttlSeconds);
      return result === 'OK';
    } catch (error) {
      this.link.warn('redis claim failed; deduping in memory', error);
      return this.fallback.claim(key, ttlSeconds);
    }
  }

  async close(): Promise<void> {
    await this.link.close();
  }
}
