import type { Redis } from 'ioredis';
import type { BotLogger, Fields } from './log.js';

/** How long one Redis call may take before a store falls back to memory. */
export const REDIS_CALL_TIMEOUT_MS = 300;
/** How often "Redis is down" is logged while it stays down. */
const WARN_EVERY_MS = 30_000;

/** What a store says in its logs: what it keeps in memory meanwhile, and what marks its lines. */
export interface LinkWords {
  /** "deduping in memory", "keeping conversations in memory", … */
  meanwhile: string;
  /** The "ready" line, e.g. `redis connected`; tests wait for it. */
  ready: string;
  readyFields?: Fields;
}

/**
 * One store's connection to Redis, as every store here wants it: ioredis loaded only when a store
 * is made (REDIS_URL set), commands failing fast instead of queueing while disconnected, each call
 * bounded in time, and an outage logged once per 30 s rather than once per message.
 *
 * @example
 * const link = new RedisLink(url, logger, { meanwhile: 'deduping in memory', ready: 'redis connected' });
 * await link.call((redis) => redis.set('k', '1', 'EX', 600, 'NX'));
 */
export class RedisLink {
  private readonly redis: Promise<Redis>;
  private lastWarning = 0;

  constructor(
    url: string,
    private readonly logger: BotLogger,
    words: LinkWords,
  ) {
    this.redis = import('ioredis').then(({ Redis }) => {
      const redis = new Redis(url, {
        // An answer must never wait on a queued command.
        enableOfflineQueue: false,
        maxRetriesPerRequest: 0,
        connectTimeout: 1_000,
        retryStrategy: (times) => Math.min(times * 250, 2_000),
      });
      redis.on('error', (error: Error) => this.warn(`redis unavailable; ${words.meanwhile} meanwhile`, error));
      redis.on('ready', () => logger.event('info', words.ready, words.readyFields ?? {}));
      return redis;
    });
    this.redis.catch((error: unknown) => this.warn(`could not load the Redis client; ${words.meanwhile}`, error));
  }

  /** Runs one command, rejecting when Redis has not answered within `timeoutMs`. */
  async call<T>(command: (redis: Redis) => Promise<T>, timeoutMs = REDIS_CALL_TIMEOUT_MS): Promise<T> {
    let timer: NodeJS.Timeout | undefined;
    try {
      return await Promise.race([
        this.redis.then(command),
        new Promise<never>((_, reject) => {
          timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
        }),
      ]);
    } finally {
      clearTimeout(timer);
    }
  }

  /** Logs a failure, at most once per 30 s. */
  warn(msg: string, error: unknown): void {
    const now = Date.now();
    if (now - this.lastWarning < WARN_EVERY_MS) return;
    this.lastWarning = now;
    this.logger.event('warn', msg, { error: error instanceof Error ? error.message : String(error) });
  }

  async close(): Promise<void> {
    (await this.redis.catch(() => undefined))?.disconnect();
  }
}
