import type { BotLogger } from '../log.js';
import { RedisLink } from '../redis-link.js';
import { cutText } from '../text/normalize.js';
import { DEFAULT_BOUNDS, MemoryInsights, insightKey, type Counted, type InsightBounds, type InsightList, type InsightsStore } from './store.js';

export interface RedisInsightsOptions {
  bounds?: InsightBounds;
  /** Prefix of the three sorted sets' keys (`<prefix>unanswered`, …). */
  prefix?: string;
}

/**
 * The insights shared by every instance: one sorted set per list, `ZINCRBY` by one per question,
 * then `ZREMRANGEBYRANK` down to `maxKeys` (the least counted go), in one `MULTI`. Each question is
 * also counted in memory, so that while Redis is down or slow (300 ms) `/kubecon insights` shows
 * this instance's counts instead of nothing; the outage is logged once per 30 s. ioredis is loaded
 * only when the store is made (REDIS_URL set), as for the reply-once store.
 *
 * @example
 * const store = new RedisInsights(process.env.REDIS_URL!, logger);
 * await store.count('unanswered', 'what is blockchain');
 */
export class RedisInsights implements InsightsStore {
  private readonly link: RedisLink;
  private readonly memory: MemoryInsights;
  private readonly bounds: InsightBounds;
  private readonly prefix: string;

  constructor(url: string, logger: BotLogger, options: RedisInsightsOptions = {}) {
    this.bounds = options.bounds ?? DEFAULT_BOUNDS;
    this.prefix = options.prefix ?? 'kubecon-bot:insights:';
    this.memory = new MemoryInsights(this.bounds);
    this.link = new RedisLink(url, logger, { meanwhile: 'counting insights in memory', ready: 'insights redis connected' });
  }

  async count(list: InsightList, text: string): Promise<void> {
    return this.countKey(list, insightKey(text, this.bounds.maxKeyLength));
  }

  async countKey(list: InsightList, made: string): Promise<void> {
    const key = cutText(made, this.bounds.maxKeyLength);
    if (key === '') return;
    this.memory.countNow(list, key);
    const set = this.prefix + list;
    try {
      await this.link.call((redis) =>
        redis
          .multi()
          .zincrby(set, 1, key)
          .zremrangebyrank(set, 0, -(this.bounds.maxKeys + 1))
          .exec(),
      );
    } catch (error) {
      this.link.warn('redis insights count failed; counting in memory', error);
    }
  }

  async top(list: InsightList, n: number): Promise<Counted[]> {
    if (n <= 0) return [];
    try {
      const flat = await this.link.call((redis) => redis.zrevrange(this.prefix + list, 0, n - 1, 'WITHSCORES'));
      const out: Counted[] = [];
      for (let i = 0; i + 1 < flat.length; i += 2) out.push({ text: flat[i]!, count: Number(flat[i + 1]) });
      return out;
    } catch (error) {
      this.link.warn("redis insights read failed; showing this instance's counts", error);
      return this.memory.topNow(list, n);
    }
  }

  async close(): Promise<void> {
    await this.link.close();
  }
}
