import type { Redis } from 'ioredis';
import type { BotLogger } from '../log.js';
import { DEFAULT_BOUNDS, MemoryInsights, insightKey, type Counted, type InsightBounds, type InsightList, type InsightsStore } from './store.js';

/** How long a Redis call may take before the bot counts (or reads) in memory instead. */
const CALL_TIMEOUT_MS = 300;
/** How often "Redis is down" is logged while it stays down. */
const WARN_EVERY_MS = 30_000;

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
  private readonly redis: Promise<Redis>;
  private readonly memory: MemoryInsights;
  private readonly bounds: InsightBounds;
  private readonly prefix: string;
  private lastWarning = 0;

  constructor(
    url: string,
    private readonly logger: BotLogger,
    options: RedisInsightsOptions = {},
  ) {
    this.bounds = options.bounds ?? DEFAULT_BOUNDS;
    this.prefix = options.prefix ?? 'kubecon-bot:insights:';
    this.memory = new MemoryInsights(this.bounds);
    this.redis = import('ioredis').then(({ Redis }) => {
      const redis = new Redis(url, {
        // Fail fast instead of queueing while disconnected: counting must never hold up an answer.
        enableOfflineQueue: false,
        maxRetriesPerRequest: 0,
        connectTimeout: 1_000,
        retryStrategy: (times) => Math.min(times * 250, 2_000),
      });
      redis.on('error', (error: Error) => this.warn('redis unavailable; counting insights in memory meanwhile', error));
      redis.on('ready', () => logger.event('info', 'insights redis connected'));
      return redis;
    });
    this.redis.catch((error: unknown) => this.warn('could not load the Redis client; counting insights in memory', error));
  }

  async count(list: InsightList, text: string): Promise<void> {
    const key = insightKey(text, this.bounds.maxKeyLength);
    if (key === '') return;
    this.memory.countNow(list, key);
    const set = this.prefix + list;
    try {
      await this.withTimeout(
        this.redis.then((redis) =>
          redis
            .multi()
            .zincrby(set, 1, key)
            .zremrangebyrank(set, 0, -(this.bounds.maxKeys + 1))
            .exec(),
        ),
      );
    } catch (error) {
      this.warn('redis insights count failed; counting in memory', error);
    }
  }

  async top(list: InsightList, n: number): Promise<Counted[]> {
    if (n <= 0) return [];
    try {
      const flat = await this.withTimeout(this.redis.then((redis) => redis.zrevrange(this.prefix + list, 0, n - 1, 'WITHSCORES')));
      const out: Counted[] = [];
      for (let i = 0; i + 1 < flat.length; i += 2) out.push({ text: flat[i]!, count: Number(flat[i + 1]) });
      return out;
    } catch (error) {
      this.warn("redis insights read failed; showing this instance's counts", error);
      return this.memory.topNow(list, n);
    }
  }

  async close(): Promise<void> {
    (await this.redis.catch(() => undefined))?.disconnect();
  }

  private async withTimeout<T>(work: Promise<T>): Promise<T> {
    let timer: NodeJS.Timeout | undefined;
    try {
      return await Promise.race([
        work,
        new Promise<never>((_, reject) => {
          timer = setTimeout(() => reject(new Error(`no answer within ${CALL_TIMEOUT_MS} ms`)), CALL_TIMEOUT_MS);
        }),
      ]);
    } finally {
      clearTimeout(timer);
    }
  }

  private warn(msg: string, error: unknown): void {
    const now = Date.now();
    if (now - this.lastWarning < WARN_EVERY_MS) return;
    this.lastWarning = now;
    this.logger.event('warn', msg, { error: error instanceof Error ? error.message : String(error) });
  }
}
