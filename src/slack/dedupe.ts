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
 * The default store: in memory, with a TTL and a size cap so a long-running dyno stays flat.
 *
 * @example
 * const store = new MemoryDedupe();
 * await store.claim('msg:C1:1712.0001', 600); // true
 * await store.claim('msg:C1:1712.0001', 600); // false
 */
export class MemoryDedupe implements DedupeStore {
  private readonly seen = new Map<string, number>();

  constructor(
    private readonly maxKeys = 50_000,
    private readonly now: () => number = Date.now,
  ) {}

  async claim(key: string, ttlSeconds: number): Promise<boolean> {
    const now = this.now();
    const until = this.seen.get(key);
    if (until !== undefined && until > now) return false;
    this.seen.delete(key);
    this.seen.set(key, now + ttlSeconds * 1000);
    this.evict(now);
    return true;
  }

  /**
   * Drops keys from the oldest end while they have expired or the store is over its cap. A Map
   * iterates in insertion order and every key gets the same TTL, so the oldest keys expire first
   * and the walk stops at the first live one: amortised O(1) a claim, where sweeping the whole
   * map at the cap cost 50 000 steps for every new message. (Were TTLs ever mixed, an expired key
   * behind a live one would wait for the cap; `claim` already reads it as expired.)
   */
  private evict(now: number): void {
    for (const [key, until] of this.seen) {
      if (until > now && this.seen.size <= this.maxKeys) break;
      this.seen.delete(key);
    }
  }

  get size(): number {
    return this.seen.size;
  }
}
