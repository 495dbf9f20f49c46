import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { App, HTTPReceiver, LogLevel, webApi } from '@slack/bolt';
import type { Config } from '../config.js';
import type { BotLogger } from '../log.js';
import type { Knowledge } from '../search/index.js';
import { LruCache } from '../answer/cache.js';
import { resilientAuthorize } from './authorize.js';
import { MemoryDedupe, type DedupeStore } from './dedupe.js';
import { RedisDedupe } from './dedupe-redis.js';
import { BODY_LIMIT, createHttpServer } from './http.js';
import { InFlight } from './inflight.js';
import { registerListeners } from './listeners/index.js';

/** Where Slack sends events, commands and button clicks. */
export const EVENTS_PATH = '/slack/events';

export interface AppDeps {
  logger: BotLogger;
  dedupe?: DedupeStore;
  /** When the process started, for `/healthz`'s uptime. */
  startedAt?: number;
}

export interface BotApp {
  app: App;
  /** HTTP mode's server (listening after `start`); null in Socket Mode. */
  server: Server | null;
  inFlight: InFlight;
  /** Starts listening (HTTP, on `config.port`) or connecting (Socket Mode); resolves with the port. */
  start(): Promise<number | undefined>;
  /** Stops taking requests, lets those in flight finish (up to `timeoutMs`), closes the stores. */
  stop(timeoutMs?: number): Promise<void>;
}

/**
 * Builds the bot for a configuration: HTTP (our front server → Bolt's HTTPReceiver on
 * `/slack/events`, plus `GET /healthz`) or Socket Mode when an app token is set. Web API calls go to
 * `SLACK_API_URL` when given and retry within seconds, never the SDK's half hour; a 429 is retried
 * by the listeners only when Slack asks for a short wait.
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
    timeout: 5_000,
    retryConfig: { retries: 2, factor: 2, minTimeout: 250, maxTimeout: 2_000 },
    rejectRateLimitedCalls: true,
    logger,
  };
  const authorize = resilientAuthorize(new webApi.WebClient(undefined, clientOptions), config.botToken, logger);
  const common = { authorize, logger, logLevel: config.logLevel as LogLevel, clientOptions };
  const inFlight = new InFlight();
  const dedupe: DedupeStore = deps.dedupe ?? (config.redisUrl ? new RedisDedupe(config.redisUrl, logger) : new MemoryDedupe());

  let app: App;
  let server: Server | null = null;
  if (config.mode === 'socket') {
    // The Socket Mode client opens its connection through `installerOptions.clientOptions`, so
    // SLACK_API_URL (a proxy, or the tests' fake Slack) must be given there too.
    app = new App({ ...common, appToken: config.appToken!, socketMode: true, convoStore: false, installerOptions: { clientOptions } });
  } else {
    const receiver = new HTTPReceiver({
      signingSecret: config.signingSecret!,
      endpoints: EVENTS_PATH,
      logger,
      logLevel: config.logLevel as LogLevel,
      processBeforeResponse: false,
      bodyLimit: BODY_LIMIT,
      // The receiver is never exposed: requests reach it only through createHttpServer, which has
      // already verified the signature (verifying twice cost a third of the throughput).
      signatureVerification: false,
    });
    app = new App({ ...common, receiver, convoStore: false });
    server = createHttpServer({
      receiver,
      eventsPath: EVENTS_PATH,
      signingSecret: config.signingSecret!,
      logger,
      health: () => ({ status: 'ok', conference: knowledge.conference.id, sessions: knowledge.sessions.length, uptime: Math.round((Date.now() - startedAt) / 1000) }),
    });
  }
  app.error(async (error) => {
    logger.event('error', 'unhandled listener error', { code: (error as { code?: string }).code, error: error.message });
  });
  registerListeners(app, { knowledge, config, logger, dedupe, inFlight, answers: new LruCache(config.answerCacheSize) });

  return {
    app,
    server,
    inFlight,
    async start() {
      if (!server) {
        await app.start();
        return undefined;
      }
      const listening = server;
      await new Promise<void>((resolve, reject) => {
        listening.once('error', reject);
        listening.listen(config.port, () => resolve());
      });
      return (listening.address() as AddressInfo).port;
    },
    async stop(timeoutMs = 8_000) {
      const deadline = Date.now() + timeoutMs;
      if (server) {
        const closing = new Promise<void>((resolve) => server!.close(() => resolve()));
        server.closeIdleConnections();
        await Promise.race([closing, new Promise((r) => setTimeout(r, Math.max(0, deadline - Date.now())).unref())]);
        server.closeAllConnections();
      } else {
        await app.stop();
      }
      await inFlight.drain(Math.max(0, deadline - Date.now()));
      await dedupe.close?.();
    },
  };
}
