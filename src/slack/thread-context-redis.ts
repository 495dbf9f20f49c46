import type { Redis } from 'ioredis';
import type { BotLogger } from '../log.js';
import { CONTEXT_TTL_SECONDS, MAX_TURN_BYTES, MemoryContext, decodeTurn, encodeTurn, type ContextStore } from './thread-context.js';
import type { Turn } from '../understand/followup.js';

/** How long a read or write may wait on Redis before the bot goes on with memory. */
const TIMEOUT_MS = 300;
/** How often "Redis is down" is logged while it stays down. */
const WARN_EVERY_MS = 30_000;

/**
 * Conversation turns shared by every instance: `SET prefix+key json EX ttl` in Redis, so a
 * follow-up is understood whichever instance the router hands it to. Every turn is also kept in
 * memory: when Redis is down or slow (300 ms) the bot reads and writes there meanwhile, logging
 * the outage once per 30 s. ioredis is loaded only here, when the store is made (REDIS_URL set).
 *
 * @example
 * const store = new RedisContext(process.env.REDIS_URL!, logger);
 * await store.set('thread:C1:1700000000.000100', turn); // any instance can `get` it now
 */
export class RedisContext implements ContextStore {
  private readonly redis: Promise<Redis>;
  private readonly fallback: MemoryContext;
  private lastWarning = 0;

  constructor(
    url: string,
    private readonly logger: BotLogger,
    private readonly options: { prefix?: string; ttlSeconds?: number; fallback?: MemoryContext } = {},
  ) {
    this.fallback = options.fallback ?? new MemoryContext({ ttlSeconds: this.ttl });
    this.redis = import('ioredis').then(({ Redis }) => {
      const redis = new Redis(url, {
        // Fail fast instead of queueing commands while disconnected: the answer must not wait.
        enableOfflineQueue: false,
        maxRetriesPerRequest: 0,
        connectTimeout: 1_000,
        retryStrategy: (times) => Math.min(times * 250, 2_000),
      });
      redis.on('error', (error: Error) => this.warn('redis unavailable; keeping conversations in memory meanwhile', error));
      redis.on('ready', () => logger.event('info', 'redis connected', { store: 'conversations' }));
      return redis;
    });
    this.redis.catch((error: unknown) => this.warn('could not load the Redis client; keeping conversations in memory', error));
  }

  private get ttl(): number {
    return this.options.ttlSeconds ?? CONTEXT_TTL_SECONDS;
  }

  private get prefix(): string {
    return this.options.prefix ?? 'kubecon-bot:context:';
  }

  async get(key: string): Promise<Turn | null> {
    try {
      const json = await this.timed(this.redis.then((r) => r.get(this.prefix + key)));
      // Null here and a turn in memory: this instance kept it while Redis was away.
      return decodeTurn(json) ?? this.fallback.getSync(key);
    } catch (error) {
      this.warn('redis read failed; reading conversations from memory', error);
      return this.fallback.getSync(key);
    }
  }

  async set(key: string, turn: Turn): Promise<void> {
    this.fallback.setSync(key, turn);
    const json = encodeTurn(turn, MAX_TURN_BYTES);
    try {
      if (json === null) await this.timed(this.redis.then((r) => r.del(this.prefix + key)));
      else await this.timed(this.redis.then((r) => r.set(this.prefix + key, json, 'EX', this.ttl)));
    } catch (error) {
      this.warn('redis write failed; keeping conversations in memory', error);
    }
  }

  async close(): Promise<void> {
    (await this.redis.catch(() => undefined))?.disconnect();
  }

  private async timed<T>(work: Promise<T>): Promise<T> {
    let timer: NodeJS.Timeout | undefined;
    try {
      return await Promise.race([
        work,
        new Promise<never>((_, reject) => {
          timer = setTimeout(() => reject(new Error(`no answer within ${TIMEOUT_MS} ms`)), TIMEOUT_MS);
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
