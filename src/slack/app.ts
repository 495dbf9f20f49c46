import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { App, type LogLevel, webApi } from '@slack/bolt';
import type { Config } from '../config.js';
import type { BotLogger } from '../log.js';
import type { Knowledge } from '../search/knowledge.js';
import type { Answer } from '../answer/answer.js';
import { byteBoundedCache } from '../answer/cache.js';
import { resilientAuthorize } from './authorize.js';
import { MemoryDedupe, type DedupeStore } from './dedupe.js';
import { RedisDedupe } from './dedupe-redis.js';
import { MemoryInsights, type InsightsStore } from '../insights/store.js';
import { RedisInsights } from '../insights/redis.js';
import { createReceiver, EVENTS_PATH } from './receiver.js';
import { landingText, publicAddress } from './landing.js';
import { SLASH_COMMAND } from './listeners/command.js';
import { serverOptions, watchClientErrors } from './front-door.js';
import { RejectSummary, summarisingLogger } from './reject-summary.js';
import { InFlight } from './inflight.js';
import { registerListeners } from './listeners/index.js';
import { MemoryContext, type ContextStore } from './thread-context.js';
import { RedisContext } from './thread-context-redis.js';
import { CALL_TIMEOUT_MS, slackFetch } from './retry.js';
import { slackDestination } from './destinations.js';

export { EVENTS_PATH };

export interface AppDeps {
  logger: BotLogger;
  dedupe?: DedupeStore;
  /** Where questions are counted for `/kubecon insights` (default: Redis with REDIS_URL, else memory). */
  insights?: InsightsStore;
  /** Where conversations remember their last turn (default: Redis with REDIS_URL, else memory). */
  contexts?: ContextStore;
  /** When the process started, for `/healthz`'s uptime. */
  startedAt?: number;
  /** How often rejected requests are summarised in one log line (default a minute). */
  rejectLogIntervalMs?: number;
}

export interface BotApp {
  app: App;
  mode: Config['mode'];
  /** HTTP mode's server once `start` has resolved; null before, and in Socket Mode. */
  server: Server | null;
  inFlight: InFlight;
  rejects: RejectSummary;
  /** Starts listening (HTTP, on `config.port`) or connecting (Socket Mode); resolves with the port. */
  start(): Promise<number | undefined>;
  /**
   * Stops taking requests, lets those in flight finish (up to `timeoutMs`, Retry-After waits
   * included when they end in time), logs each reply it had to drop, closes the stores.
   */
  stop(timeoutMs?: number): Promise<void>;
}

/**
 * Builds the bot for a configuration: HTTP (Bolt's HTTPReceiver, signature check on, serving
 * `/slack/events`, `GET /healthz` and the landing page `GET /`) or Socket Mode. Web API calls go to `SLACK_API_URL` when
 * given; the listeners repeat a call only when Slack surely did not take it (retry.ts).
 *
 * @example
 * const bot = createApp(config, knowledge, { logger });
 * const port = await bot.start();
 */
export function createApp(config: Config, knowledge: Knowledge, deps: AppDeps): BotApp {
  const { logger } = deps;
  const startedAt = deps.startedAt ?? Date.now();
  const clientOptions: webApi.WebClientOptions = {
    ...(config.slackApiUrl ? { slackApiUrl: config.slackApiUrl } : {}),
    timeout: CALL_TIMEOUT_MS,
    // The client retries nothing itself: it would repeat a timed-out post Slack may have taken.
    // The listeners retry each call only when Slack surely did not take it (see retry.ts).
    retryConfig: { retries: 0 },
    rejectRateLimitedCalls: true,
    fetch: slackFetch(globalThis.fetch, slackDestination(config.slackApiUrl)),
    logger,
  };
  const authorize = resilientAuthorize(new webApi.WebClient(undefined, clientOptions), config.botToken, logger);
  const common = { authorize, logger, logLevel: config.logLevel as LogLevel, clientOptions };
  const inFlight = new InFlight();
  const dedupe: DedupeStore = deps.dedupe ?? (config.redisUrl ? new RedisDedupe(config.redisUrl, logger) : new MemoryDedupe());
  const insights: InsightsStore = deps.insights ?? (config.redisUrl ? new RedisInsights(config.redisUrl, logger, { prefix: `kubecon-bot:insights:${config.conference}:` }) : new MemoryInsights());
  const contexts: ContextStore = deps.contexts ?? (config.redisUrl ? new RedisContext(config.redisUrl, logger) : new MemoryContext());

  const rejects = new RejectSummary(logger, deps.rejectLogIntervalMs);
  // Bolt warns once per signed request of a kind it cannot route; the receiver answers those
  // (and counts them) when nothing acknowledges them.
  const appLogger = summarisingLogger(logger, rejects, [[/Could not determine the type of an incoming event/, null]]);

  let app: App;
  let server: Server | null = null;
  if (config.mode === 'socket') {
    // The Socket Mode client opens its connection through `installerOptions.clientOptions`, so
    // SLACK_API_URL (a proxy, or the tests' fake Slack) must be given there too.
    app = new App({ ...common, logger: appLogger, appToken: config.appToken!, socketMode: true, convoStore: false, installerOptions: { clientOptions } });
  } else {
    const receiver = createReceiver({
      signingSecret: config.signingSecret!,
      logger,
      rejects,
      health: () => ({ status: 'ok', conference: knowledge.conference.id, sessions: knowledge.sessions.length, uptime: Math.round((Date.now() - startedAt) / 1000) }),
      landing: (req) => landingText({ conference: knowledge.conference.name, sessions: knowledge.sessions.length, command: SLASH_COMMAND }, publicAddress(req)),
    });
    app = new App({ ...common, logger: appLogger, receiver, convoStore: false });
  }
  app.error(async (error) => {
    logger.event('error', 'unhandled listener error', { code: (error as { code?: string }).code, error: error.message });
  });
  registerListeners(app, { knowledge, config, logger, dedupe, inFlight, insights, contexts, answers: byteBoundedCache<Answer>(config.answerCacheBytes) });

  const bot: BotApp = {
    app,
    mode: config.mode,
    server,
    inFlight,
    rejects,
    async start() {
      if (config.mode === 'socket') {
        await app.start();
        return undefined;
      }
      server = (await app.start(config.port, serverOptions())) as Server;
      watchClientErrors(server, rejects);
      bot.server = server;
      return (server.address() as AddressInfo).port;
    },
    async stop(timeoutMs = 8_000) {
      const deadline = Date.now() + timeoutMs;
      inFlight.deadline = deadline;
      if (server) {
        const closing = new Promise<void>((resolve) => server!.close(() => resolve()));
        server.closeIdleConnections();
        await Promise.race([closing, new Promise((r) => setTimeout(r, Math.max(0, deadline - Date.now())).unref())]);
        server.closeAllConnections();
      } else if (config.mode === 'socket') {
        await app.stop();
      }
      for (const dropped of await inFlight.drain(Math.max(0, deadline - Date.now()))) {
        logger.event('error', `${dropped.what} dropped at shutdown`, dropped.fields);
      }
      rejects.flush();
      await dedupe.close?.();
      await insights.close?.();
      await contexts.close?.();
    },
  };
  return bot;
}
