import { App, HTTPReceiver, LogLevel } from '@slack/bolt';
import type { Config } from '../config.js';
import type { BotLogger } from '../log.js';
import type { Knowledge } from '../search/index.js';
import { MemoryDedupe, type DedupeStore } from './dedupe.js';
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
  /** Present in HTTP mode: the receiver serving `/slack/events` and `/healthz`. */
  receiver: HTTPReceiver | null;
}

/**
 * Builds the Bolt app for a configuration: HTTP (Bolt's HTTPReceiver on `/slack/events`, plus
 * `GET /healthz`) or Socket Mode when an app token is set. Web API calls go to `SLACK_API_URL`
 * when given, and retry a couple of times within seconds rather than the SDK's half hour.
 *
 * @example
 * const { app } = createApp(config, knowledge, { logger });
 * await app.start(config.port);
 */
export function createApp(config: Config, knowledge: Knowledge, deps: AppDeps): BotApp {
  const { logger } = deps;
  const startedAt = deps.startedAt ?? Date.now();
  const common = {
    token: config.botToken,
    logger,
    logLevel: config.logLevel as LogLevel,
    clientOptions: {
      ...(config.slackApiUrl ? { slackApiUrl: config.slackApiUrl } : {}),
      timeout: 5_000,
      retryConfig: { retries: 2, factor: 2, minTimeout: 250, maxTimeout: 2_000 },
    },
  };
  let app: App;
  let receiver: HTTPReceiver | null = null;
  if (config.mode === 'socket') {
    app = new App({ ...common, appToken: config.appToken!, socketMode: true });
  } else {
    receiver = new HTTPReceiver({
      signingSecret: config.signingSecret!,
      endpoints: EVENTS_PATH,
      logger,
      logLevel: config.logLevel as LogLevel,
      processBeforeResponse: false,
      customRoutes: [
        {
          path: '/healthz',
          method: ['GET'],
          handler: (_req, res) => {
            res.writeHead(200, { 'content-type': 'application/json' });
            res.end(
              JSON.stringify({
                status: 'ok',
                conference: knowledge.conference.id,
                sessions: knowledge.sessions.length,
                uptime: Math.round((Date.now() - startedAt) / 1000),
              }),
            );
          },
        },
      ],
    });
    app = new App({ ...common, receiver });
  }
  app.error(async (error) => {
    logger.event('error', 'unhandled listener error', { code: (error as { code?: string }).code, error: error.message });
  });
  registerListeners(app, { knowledge, config, logger, dedupe: deps.dedupe ?? new MemoryDedupe() });
  return { app, receiver };
}
