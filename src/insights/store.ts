import { redactTokens } from '../log.js';
import { normalizeInput } from '../understand/clean.js';
import { cutText } from '../text/normalize.js';

/**
 * What the bot's owner learns about where the report or glossary falls short: the questions it
 * could not answer, the answers voted 👎 (by their question), and the questions asked most.
 */
export const INSIGHT_LISTS = ['unanswered', 'unhelpful', 'asked'] as const;
export type InsightList = (typeof INSIGHT_LISTS)[number];

/** One counted question. */
export interface Counted {
  text: string;
  count: number;
}

/** The top questions of every list, as `/kubecon insights` and `npm run insights` show them. */
export type InsightsReport = Record<InsightList, Counted[]>;

/**
 * Counts questions, bounded, and never with who asked: a key is the cleaned question text alone.
 * `count` never rejects (counting must not cost an answer); `top` gives the most counted first.
 */
export interface InsightsStore {
  count(list: InsightList, text: string): Promise<void>;
  /** `count` for a key already made by `insightKey` (a key is its own key): spares keying it again. */
  countKey(list: InsightList, key: string): Promise<void>;
  top(list: InsightList, n: number): Promise<Counted[]>;
  close?(): Promise<void>;
}

export interface InsightBounds {
  /** Distinct questions kept per list; past it, the least counted goes. */
  maxKeys: number;
  /** Characters of a question kept as its key. */
  maxKeyLength: number;
}

/** 500 questions × 3 lists × ≤ 120 characters: well under a megabyte, in memory or in Redis. */
export const DEFAULT_BOUNDS: InsightBounds = { maxKeys: 500, maxKeyLength: 120 };

/** How many of each list `/kubecon insights` and `npm run insights` show. */
export const TOP_N = 10;

/**
 * The key a question is counted under: the engine's cleaning (Slack markup, mentions and emoji
 * gone, spacing folded), token-shaped text redacted as in the logs, lower-cased, trailing `?`/`!`/`.` dropped, cut to `maxLength` without
 * splitting a surrogate pair. Empty when nothing is left (a files-only message, only a mention).
 *
 * @example
 * insightKey('<@U123> What is Ark??'); // 'what is ark'
 */
export function insightKey(text: string, maxLength = DEFAULT_BOUNDS.maxKeyLength): string {
  // The trailing punctuation goes after the cut too, so that a key is its own key: the log line
  // holds a key, which the store and `npm run insights` key again.
  return cutText(redactTokens(normalizeInput(text)).toLowerCase(), maxLength).replace(/[\s?!.]+$/u, '');
}

/** Most counted first; equal counts in text order, so the lists read the same every time. */
export function byCount(a: Counted, b: Counted): number {
  return b.count - a.count || (a.text < b.text ? -1 : a.text > b.text ? 1 : 0);
}

/**
 * The in-memory store (one instance, or the fallback while Redis is down). Each list is a Map from
 * key to count; a key counted again moves to the Map's end, so when the list is full and a new
 * question arrives, the walk for the least counted finds the one counted longest ago among them.
 * That walk is O(maxKeys) and runs only for a new question at the cap (500 steps: microseconds).
 *
 * @example
 * const store = new MemoryInsights({ maxKeys: 2, maxKeyLength: 50 });
 * await store.count('asked', 'what is Ark?');
 * await store.top('asked', 10); // [{ text: 'what is ark', count: 1 }]
 */
export class MemoryInsights implements InsightsStore {
  private readonly lists = new Map<InsightList, Map<string, number>>(INSIGHT_LISTS.map((l) => [l, new Map()]));

  constructor(readonly bounds: InsightBounds = DEFAULT_BOUNDS) {
    if (!(bounds.maxKeys >= 1 && bounds.maxKeyLength >= 1)) throw new RangeError('MemoryInsights: maxKeys and maxKeyLength must be at least 1');
  }

  async count(list: InsightList, text: string): Promise<void> {
    this.countNow(list, insightKey(text, this.bounds.maxKeyLength));
  }

  async countKey(list: InsightList, key: string): Promise<void> {
    this.countNow(list, cutText(key, this.bounds.maxKeyLength));
  }

  /** Counts an already-made key (see `insightKey`); synchronous, for tallying logs. */
  countNow(list: InsightList, key: string, by = 1): void {
    if (key === '') return;
    const counts = this.lists.get(list)!;
    const before = counts.get(key);
    if (before !== undefined) {
      counts.delete(key);
      counts.set(key, before + by);
      return;
    }
    if (counts.size >= this.bounds.maxKeys) {
      let least: string | undefined;
      let min = Number.POSITIVE_INFINITY;
      for (const [k, c] of counts) {
        if (c < min) {
          min = c;
          least = k;
        }
      }
      counts.delete(least!);
    }
    counts.set(key, by);
  }

  async top(list: InsightList, n: number): Promise<Counted[]> {
    return this.topNow(list, n);
  }

  topNow(list: InsightList, n: number): Counted[] {
    return [...this.lists.get(list)!]
      .map(([text, count]) => ({ text, count }))
      .sort(byCount)
      .slice(0, Math.max(0, n));
  }

  /** Distinct keys held in a list. */
  size(list: InsightList): number {
    return this.lists.get(list)!.size;
  }
}

/**
 * The top `n` of every list.
 *
 * @example
 * const report = await insightsReport(store); // { unanswered: [...], unhelpful: [...], asked: [...] }
 */
export async function insightsReport(store: InsightsStore, n = TOP_N): Promise<InsightsReport> {
  const [unanswered, unhelpful, asked] = await Promise.all(INSIGHT_LISTS.map((l) => store.top(l, n)));
  return { unanswered: unanswered!, unhelpful: unhelpful!, asked: asked! };
}
