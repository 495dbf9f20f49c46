import { describe, expect, it } from 'vitest';
import { MemoryDedupe } from '../../src/slack/dedupe.js';

/** A store on a clock the test moves by hand. */
function store(maxKeys: number): { dedupe: MemoryDedupe; advance: (ms: number) => void } {
  let now = 1_000_000;
  return {
    dedupe: new MemoryDedupe(maxKeys, () => now),
    advance: (ms) => {
      now += ms;
    },
  };
}

describe('MemoryDedupe', () => {
  it('claims a key once within its TTL (its last millisecond included), and again after it', async () => {
    const { dedupe, advance } = store(10);
    expect(await dedupe.claim('a', 60)).toBe(true);
    expect(await dedupe.claim('a', 60)).toBe(false);
    advance(60_000);
    expect(await dedupe.claim('a', 60)).toBe(false);
    advance(1);
    expect(await dedupe.claim('a', 60)).toBe(true);
  });

  it('lets every expired key be claimed again, however many there are', async () => {
    const { dedupe, advance } = store(1000);
    for (let i = 0; i < 100; i++) await dedupe.claim(`old${i}`, 60);
    advance(61_000);
    for (let i = 0; i < 100; i++) expect(await dedupe.claim(`old${i}`, 60)).toBe(true);
    expect(dedupe.size).toBe(100);
  });

  it('stays at its cap by dropping the oldest keys, and still refuses the newest repeats', async () => {
    const { dedupe } = store(100);
    for (let i = 0; i < 250; i++) expect(await dedupe.claim(`k${i}`, 600)).toBe(true);
    expect(dedupe.size).toBe(100);
    expect(await dedupe.claim('k249', 600)).toBe(false);
    expect(await dedupe.claim('k150', 600)).toBe(false);
    // Evicted: the price of the cap is that a very late retry of an old message is answered again.
    expect(await dedupe.claim('k0', 600)).toBe(true);
  });

  it('a repeat refreshes nothing: the first claim decides when a key expires', async () => {
    const { dedupe, advance } = store(10);
    await dedupe.claim('a', 60);
    advance(30_000);
    expect(await dedupe.claim('a', 60)).toBe(false);
    advance(30_001);
    expect(await dedupe.claim('a', 60)).toBe(true);
  });
});
