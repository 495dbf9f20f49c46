/**
 * A small least-recently-used cache, bounded in entries and in bytes. The knowledge never changes
 * after start-up, so an answer is a pure function of the (cleaned) question: popular questions
 * ("keynotes day1") are answered once, then served. The byte bound is what keeps memory flat when
 * every question is new and long: an entry bound alone let 3,000 unique 300 KB questions hold
 * 821 MB.
 *
 * @example
 * const cache = new LruCache<string, number>(2);
 * cache.set('a', 1); cache.get('a'); // 1
 * const answers = new LruCache<string, Answer>(Infinity, { maxBytes: 8 * 1024 * 1024 });
 */
export class LruCache<K, V> {
  private readonly entries = new Map<K, { value: V; bytes: number }>();
  private total = 0;
  readonly maxBytes: number;
  private readonly sizeOf: (key: K, value: V) => number;

  /**
   * @param capacity the most entries kept (0: none)
   * @param options.maxBytes the most bytes kept, as `sizeOf` counts them (default: no bound)
   * @param options.sizeOf an entry's size in bytes (default `estimateBytes` of key and value)
   */
  constructor(
    readonly capacity: number,
    options: { maxBytes?: number; sizeOf?: (key: K, value: V) => number } = {},
  ) {
    this.maxBytes = options.maxBytes ?? Number.POSITIVE_INFINITY;
    this.sizeOf = options.sizeOf ?? ((key, value) => estimateBytes(key) + estimateBytes(value));
  }

  get(key: K): V | undefined {
    const entry = this.entries.get(key);
    if (entry === undefined) return undefined;
    // Re-insert so the Map's insertion order doubles as recency order.
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry.value;
  }

  set(key: K, value: V): void {
    if (this.capacity <= 0 || this.maxBytes <= 0) return;
    this.delete(key);
    const bytes = Number.isFinite(this.maxBytes) ? this.sizeOf(key, value) : 0;
    if (bytes > this.maxBytes) return; // bigger than the whole cache: not worth evicting everything
    this.entries.set(key, { value, bytes });
    this.total += bytes;
    for (const [oldest] of this.entries) {
      if (this.entries.size <= this.capacity && this.total <= this.maxBytes) break;
      this.delete(oldest);
    }
  }

  private delete(key: K): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.entries.delete(key);
    this.total -= entry.bytes;
  }

  get size(): number {
    return this.entries.size;
  }

  /** Bytes held, as `sizeOf` counts them (0 without a byte bound). */
  get bytes(): number {
    return this.total;
  }
}

/**
 * A deliberately generous estimate of what a value holds in memory: two bytes a character of its
 * JSON (V8 keeps most strings at one byte a character, but objects and arrays add headers and
 * pointers the JSON does not show), plus a fixed overhead for the entry itself.
 */
export function estimateBytes(value: unknown): number {
  const json = typeof value === 'string' ? value : (JSON.stringify(value) ?? '');
  return 2 * json.length + 64;
}

/**
 * A copy of plain data (an answer, a rendered message, a key) that shares no string with where it
 * came from. V8 keeps a whole string alive for any slice of it: a 300-character question cut from
 * a 300 KB paste, cached as is, holds the 300 KB — which is how an entry-bounded cache of short
 * keys reached 821 MB. Cached values go through this first, so the bytes counted are the bytes held.
 *
 * @example
 * cache.set(detached(normalizeInput(raw)), detached(answer));
 */
export function detached<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
