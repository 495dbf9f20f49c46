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

interface Entry {
  json: string;
  bytes: number;
  until: number;
}

/**
 * The default store: in memory, bounded by entries and by bytes, each turn kept for a TTL. Every
 * write gets the same TTL and moves its key to the newest end of a Map, so the oldest end always
 * expires first: eviction walks from there and stops at the first live entry within the bounds,
 * amortised O(1) a write (as `MemoryDedupe` does).
 *
 * @example
 * const store = new MemoryContext();
 * await store.set(contextKey('C1', '1700000000.000100'), turn);
 * await store.get(contextKey('C1', '1700000000.000100')); // turn
 */
export class MemoryContext implements ContextStore {
  private readonly entries = new Map<string, Entry>();
  private totalBytes = 0;

  constructor(private readonly options: { maxEntries?: number; maxBytes?: number; ttlSeconds?: number; maxTurnBytes?: number; now?: () => number } = {}) {}

  private get now(): number {
    return (this.options.now ?? Date.now)();
  }

  async get(key: string): Promise<Turn | null> {
    return this.getSync(key);
  }

  async set(key: string, turn: Turn): Promise<void> {
    this.setSync(key, turn);
  }

  /** `get` without the promise, for the Redis store's fallback. */
  getSync(key: string): Turn | null {
    const entry = this.entries.get(key);
    if (!entry) return null;
    if (entry.until <= this.now) {
      this.remove(key, entry);
      return null;
    }
    return decodeTurn(entry.json);
  }

  /** `set` without the promise. */
  setSync(key: string, turn: Turn): void {
    const json = encodeTurn(turn, this.options.maxTurnBytes ?? MAX_TURN_BYTES);
    const old = this.entries.get(key);
    if (old) this.remove(key, old);
    if (json === null) return;
    const now = this.now;
    // Keys count too: UTF-16 code units, so up to twice their length in bytes.
    const entry: Entry = { json, bytes: Buffer.byteLength(json) + key.length * 2, until: now + (this.options.ttlSeconds ?? CONTEXT_TTL_SECONDS) * 1000 };
    this.entries.set(key, entry);
    this.totalBytes += entry.bytes;
    this.evict(now);
  }

  private evict(now: number): void {
    const maxEntries = this.options.maxEntries ?? 20_000;
    const maxBytes = this.options.maxBytes ?? 8 * 1024 * 1024;
    for (const [key, entry] of this.entries) {
      if (entry.until > now && this.entries.size <= maxEntries && this.totalBytes <= maxBytes) break;
      this.remove(key, entry);
    }
  }

  private remove(key: string, entry: Entry): void {
    this.entries.delete(key);
    this.totalBytes -= entry.bytes;
  }

  /** How many conversations are remembered. */
  get size(): number {
    return this.entries.size;
  }

  /** What they take, in bytes of JSON and keys. */
  get bytes(): number {
    return this.totalBytes;
  }
}
