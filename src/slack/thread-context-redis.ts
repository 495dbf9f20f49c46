import type { BotLogger } from '../log.js';
import { RedisLink } from '../redis-link.js';
import { CONTEXT_TTL_SECONDS, MAX_TURN_BYTES, MemoryContext, decodeTurn, encodeTurn, type ContextStore } from './thread-context.js';
import type { Turn } from '../understand/followup.js';

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
  private readonly link: RedisLink;
  private readonly fallback: MemoryContext;

  constructor(
    url: string,
    logger: BotLogger,
    private readonly options: { prefix?: string; ttlSeconds?: number; fallback?: MemoryContext } = {},
  ) {
    this.fallback = options.fallback ?? new MemoryContext({ ttlSeconds: this.ttl });
    this.link = new RedisLink(url, logger, { meanwhile: 'keeping conversations in memory', ready: 'redis connected', readyFields: { store: 'conversations' } });
  }

  private get ttl(): number {
    return this.options.ttlSeconds ?? CONTEXT_TTL_SECONDS;
  }

  private get prefix(): string {
    return this.options.prefix ?? 'kubecon-bot:context:';
  }

  async get(key: string): Promise<Turn | null> {
    try {
      const json = await this.link.call((r) => r.get(this.prefix + key));
      // Null here and a turn in memory: this instance kept it while Redis was away.
      return decodeTurn(json) ?? this.fallback.getSync(key);
    } catch (error) {
      this.link.warn('redis read failed; reading conversations from memory', error);
      return this.fallback.getSync(key);
    }
  }

  async set(key: string, turn: Turn): Promise<void> {
    this.fallback.setSync(key, turn);
    const json = encodeTurn(turn, MAX_TURN_BYTES);
    try {
      if (json === null) await this.link.call((r) => r.del(this.prefix + key));
      else await this.link.call((r) => r.set(this.prefix + key, json, 'EX', this.ttl));
    } catch (error) {
      this.link.warn('redis write failed; keeping conversations in memory', error);
    }
  }

  async close(): Promise<void> {
    await this.link.close();
  }
}
