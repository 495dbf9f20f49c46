import type { Config } from '../config.js';
import type { Answer } from '../answer/answer.js';
import type { LRUCache } from 'lru-cache';
import type { BotLogger } from '../log.js';
import type { Knowledge } from '../search/knowledge.js';
import type { InsightsStore } from '../insights/store.js';
import type { DedupeStore } from './dedupe.js';
import type { InFlight } from './inflight.js';
import type { ContextStore } from './thread-context.js';

/** What every listener needs: the knowledge, settings, logger, the reply-once, insights and conversation stores. */
export interface ListenerContext {
  knowledge: Knowledge;
  config: Pick<Config, 'reportUrl' | 'adminUserIds' | 'slackApiUrl'>;
  logger: BotLogger;
  dedupe: DedupeStore;
  /** The last turn of each thread and DM, for follow-ups. */
  contexts: ContextStore;
  /** Answers already given, by cleaned question (`normalizeInput`), bounded in bytes; null when caching is off. */
  answers: LRUCache<string, Answer> | null;
  /** Work after the ack, which a shutdown waits for. */
  inFlight: InFlight;
  /** What people could not find: counted questions, never who asked (memory or Redis). */
  insights: InsightsStore;
}

/** How long a message stays "answered": longer than Slack's retries (about 5 minutes). */
export const DEDUPE_TTL_SECONDS = 600;
