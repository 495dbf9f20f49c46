/**
 * A small least-recently-used cache. The knowledge never changes after start-up, so an answer is a
 * pure function of the question: popular questions ("keynotes day1") are answered once, then served.
 *
 * @example
 * const cache = new LruCache<string, number>(2);
 * cache.set('a', 1); cache.get('a'); // 1
 */
export class LruCache<K, V> {
  private readonly entries = new Map<K, V>();

  constructor(readonly capacity: number) {}

  get(key: K): V | undefined {
    const value = this.entries.get(key);
    if (value === undefined) return undefined;
    // Re-insert so the Map's insertion order doubles as recency order.
    this.entries.delete(key);
    this.entries.set(key, value);
    return value;
  }

  set(key: K, value: V): void {
    if (this.capacity <= 0) return;
    this.entries.delete(key);
    this.entries.set(key, value);
    if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value as K);
  }

  get size(): number {
    return this.entries.size;
  }
}
