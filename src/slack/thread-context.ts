import { LRUCache } from 'lru-cache';
import { z } from 'zod';
import type { Turn } from '../understand/followup.js';
import { cutText } from '../text/normalize.js';

/**
 * Remembers the last answered turn of each conversation — a Slack thread, a DM, an assistant
 * thread — so a follow-up ("when was it?", "and on day 2?", "more") is read against it. Values
 * are `Turn`s: small plain data, no user ids.
 */
export interface ContextStore {
  /** The last turn of a conversation, or null when there is none (or it expired). */
  get(key: string): Promise<Turn | null>;
  /** Keeps `turn` as the conversation's last, for the store's TTL from now. */
  set(key: string, turn: Turn): Promise<void>;
  close?(): Promise<void>;
}

/** How long a conversation is remembered after its last answer: a short while, 30 minutes. */
export const CONTEXT_TTL_SECONDS = 30 * 60;
/** The largest stored turn, in bytes of JSON; a bigger one is trimmed to fit (or not kept). */
export const MAX_TURN_BYTES = 2_048;

/**
 * The key of a conversation: the thread (channel + the root message's ts) when there is one, the
 * DM channel otherwise. Channel ids and timestamps only, never who asked.
 *
 * @example
 * contextKey('C1', '1700000000.000100'); // 'thread:C1:1700000000.000100'
 * contextKey('D1');                      // 'dm:D1'
 */
export function contextKey(channel: string, threadTs?: string): string {
  return threadTs ? `thread:${channel}:${threadTs}` : `dm:${channel}`;
}

const TurnSchema = z.object({
  question: z.string().max(1_000),
  intent: z.string().max(64),
  sessions: z.array(z.string().max(300)).max(10),
  speakers: z.array(z.string().max(200)).max(10),
  page: z.number().int().min(0).max(1_000),
  more: z.boolean(),
});

/**
 * A turn as stored: JSON of at most `maxBytes`. An oversized turn drops its session and speaker
 * lists first, then cuts its question; null when even that does not fit.
 */
export function encodeTurn(turn: Turn, maxBytes = MAX_TURN_BYTES): string | null {
  const parsed = TurnSchema.safeParse(turn);
  if (!parsed.success) return null;
  const t = parsed.data;
  const candidates: Turn[] = [t, { ...t, sessions: t.sessions.slice(0, 1), speakers: t.speakers.slice(0, 1) }, { ...t, sessions: [], speakers: [], question: cutText(t.question, 200) }];
  for (const c of candidates) {
    const json = JSON.stringify(c);
    if (Buffer.byteLength(json) <= maxBytes) return json;
  }
  return null;
}

/** A stored turn read back; null when it is not one (another version's, or damaged). */
export function decodeTurn(json: string | null | undefined): Turn | null {
  if (!json) return null;
  try {
    const parsed = TurnSchema.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/**
 * The default store: in memory, bounded by entries and by bytes (the least recently used
 * conversations dropped first), each turn kept for a TTL from when it was set. Turns are kept as
 * their JSON, so what a caller does to a returned turn changes nothing stored.
 *
 * @example
 * const store = new MemoryContext();
 * await store.set(contextKey('C1', '1700000000.000100'), turn);
 * await store.get(contextKey('C1', '1700000000.000100')); // turn
 */
export class MemoryContext implements ContextStore {
  private readonly entries: LRUCache<string, string>;
  private readonly maxTurnBytes: number;

  constructor(options: { maxEntries?: number; maxBytes?: number; ttlSeconds?: number; maxTurnBytes?: number; now?: () => number } = {}) {
    this.maxTurnBytes = options.maxTurnBytes ?? MAX_TURN_BYTES;
    this.entries = new LRUCache<string, string>({
      max: options.maxEntries ?? 20_000,
      maxSize: options.maxBytes ?? 8 * 1024 * 1024,
      // Keys count too: UTF-16 code units, so up to twice their length in bytes.
      sizeCalculation: (json, key) => Buffer.byteLength(json) + key.length * 2,
      ttl: (options.ttlSeconds ?? CONTEXT_TTL_SECONDS) * 1000,
      ttlResolution: 0,
      ...(options.now ? { perf: { now: options.now } } : {}),
    });
  }

  async get(key: string): Promise<Turn | null> {
    return this.getSync(key);
  }

  async set(key: string, turn: Turn): Promise<void> {
    this.setSync(key, turn);
  }

  /** `get` without the promise, for the Redis store's fallback. */
  getSync(key: string): Turn | null {
    return decodeTurn(this.entries.get(key));
  }

  /** `set` without the promise. */
  setSync(key: string, turn: Turn): void {
    const json = encodeTurn(turn, this.maxTurnBytes);
    if (json === null) this.entries.delete(key);
    else this.entries.set(key, json);
  }

  /** How many conversations are remembered. */
  get size(): number {
    return this.entries.size;
  }

  /** What they take, in bytes of JSON and keys. */
  get bytes(): number {
    return this.entries.calculatedSize;
  }
}
