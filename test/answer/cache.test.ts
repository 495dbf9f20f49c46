import { describe, expect, it } from 'vitest';
import { LruCache } from '../../src/answer/cache.js';

describe('LruCache', () => {
  it('evicts the least recently used entry', () => {
    const cache = new LruCache<string, number>(2);
    cache.set('a', 1);
    cache.set('b', 2);
    expect(cache.get('a')).toBe(1); // a is now the most recent
    cache.set('c', 3);
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('a')).toBe(1);
    expect(cache.get('c')).toBe(3);
    expect(cache.size).toBe(2);
  });

  it('keeps nothing with capacity 0', () => {
    const cache = new LruCache<string, number>(0);
    cache.set('a', 1);
    expect(cache.get('a')).toBeUndefined();
    expect(cache.size).toBe(0);
  });

  it('overwrites without growing', () => {
    const cache = new LruCache<string, number>(3);
    for (let i = 0; i < 10; i++) cache.set('same', i);
    expect(cache.size).toBe(1);
    expect(cache.get('same')).toBe(9);
  });
});
