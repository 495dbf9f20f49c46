import { LRUCache } from 'lru-cache';

/**
 * Remembers which Slack messages were already answered, so a redelivered event (`X-Slack-Retry-Num`)
 * or one message seen as both `app_mention` and `message.im` gets one reply.
 */
export interface DedupeStore {
  /** True the first time a key is claimed within `ttlSeconds`; false after. */
  claim(key: string, ttlSeconds: number): Promise<boolean>;
  close?(): Promise<void>;
}

/**
 * The default store: in memory, each key kept for its TTL and at most `maxKeys` of them (the least
 * recently claimed dropped first), so a long-running dyno stays flat. A repeat claim refreshes
 * nothing: the first claim decides when a key expires.
 *
 * @example
 * const store = new MemoryDedupe();
 * await store.claim('msg:C1:1712.0001', 600); // true
 * await store.claim('msg:C1:1712.0001', 600); // false
 */
export class MemoryDedupe implements DedupeStore {
  private readonly seen: LRUCache<string, true>;

  /**
   * @param maxKeys the most keys kept
   * @param now the clock, in milliseconds (tests move it by hand)
   */
  constructor(maxKeys = 50_000, now: () => number = Date.now) {
    // ttlResolution 0: read the clock on every check, so a key expires exactly at its TTL.
    this.seen = new LRUCache<string, true>({ max: maxKeys, ttlResolution: 0, perf: { now } });
  }

  async claim(key: string, ttlSeconds: number): Promise<boolean> {
    if (this.seen.has(key)) return false;
    this.seen.set(key, true, { ttl: ttlSeconds * 1000 });
    return true;
  }

  /** Keys held, expired ones included until they are read or pushed out. */
  get size(): number {
    return this.seen.size;
  }
}
