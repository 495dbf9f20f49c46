import { LRUCache } from 'lru-cache';

/**
 * A least-recently-used cache of plain data bounded in bytes, as `estimateBytes` counts key and
 * value; null for a budget of 0 (caching off). The knowledge never changes after start-up, so an
 * answer is a pure function of the (cleaned) question: popular questions ("keynotes day1") are
 * answered once, then served. The byte bound is what keeps memory flat when every question is
 * new and long: an entry bound alone let 3,000 unique 300 KB questions hold 821 MB. An entry
 * bigger than the whole budget is not kept (lru-cache's `maxEntrySize` defaults to `maxSize`).
 *
 * @example
 * const answers = byteBoundedCache<Answer>(8 * 1024 * 1024);
 * answers?.set(detached(key), detached(answer));
 */
export function byteBoundedCache<V extends {}>(maxBytes: number): LRUCache<string, V> | null {
  const maxSize = Math.floor(maxBytes);
  if (maxSize <= 0) return null;
  return new LRUCache<string, V>({ maxSize, sizeCalculation: (value, key) => estimateBytes(key) + estimateBytes(value) });
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
