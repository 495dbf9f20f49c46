import { createHmac } from 'node:crypto';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { createLogger } from '../../src/log.js';
import { createApp, type BotApp } from '../../src/slack/app.js';
import type { DedupeStore } from '../../src/slack/dedupe.js';
import type { Knowledge } from '../../src/search/knowledge.js';
import { austin } from './knowledge.js';
import { startFakeSlack, type FakeSlack } from './fake-slack.js';

export const SIGNING_SECRET = 'test-signing-secret-0123456789';
export const BOT_TOKEN = 'xoxb-test-token-000000';

/** Slack's request signature: `v0=HMAC-SHA256(secret, "v0:" + ts + ":" + body)`. */
export function sign(body: string, timestamp = Math.floor(Date.now() / 1000), secret = SIGNING_SECRET): Record<string, string> {
  const signature = `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
  return { 'x-slack-signature': signature, 'x-slack-request-timestamp': String(timestamp) };
}

export interface RunningBot {
  url: string;
  /** The app under test (its in-flight work, rejection summary…). */
  app: BotApp;
  logs: string[];
  post(body: string, contentType: string, headers?: Record<string, string>): Promise<Response>;
  command(text: string, extra?: Record<string, string>): Promise<Response>;
  event(event: Record<string, unknown>, options?: { eventId?: string; retryNum?: number }): Promise<Response>;
  action(payload: Record<string, unknown>): Promise<Response>;
  /** A message shortcut (`message_action`) on a message, as Slack sends it when someone picks it. */
  shortcut(message: Record<string, unknown>, extra?: Record<string, unknown>): Promise<Response>;
  stop(): Promise<void>;
}

/**
 * Starts the real Bolt app (HTTP receiver on 127.0.0.1, a free port) against a fake Slack, and
 * gives helpers that send correctly signed requests the way Slack does.
 */
export async function startBot(fake: FakeSlack, options: { env?: Record<string, string>; dedupe?: DedupeStore; rejectLogIntervalMs?: number; knowledge?: Knowledge } = {}): Promise<RunningBot> {
  const config = loadConfig({ SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_API_URL: fake.apiUrl, PORT: '0', LOG_LEVEL: 'debug', LOG_FORMAT: 'json', ...options.env });
  const logs: string[] = [];
  const logger = createLogger({ level: config.logLevel, format: 'json', secrets: [config.botToken, config.signingSecret], write: (l) => logs.push(l) });
  const bot = createApp(config, options.knowledge ?? austin(), {
    logger,
    ...(options.dedupe ? { dedupe: options.dedupe } : {}),
    ...(options.rejectLogIntervalMs ? { rejectLogIntervalMs: options.rejectLogIntervalMs } : {}),
  });
  const port = await bot.start();
  const url = `http://127.0.0.1:${port}`;
  let eventCount = 0;

  const post = (body: string, contentType: string, headers: Record<string, string> = {}): Promise<Response> =>
    fetch(`${url}/slack/events`, { method: 'POST', body, headers: { 'content-type': contentType, ...sign(body), ...headers } });

  return {
    url,
    app: bot,
    logs,
    post,
    command: (text, extra = {}) =>
      post(
        new URLSearchParams({
          token: 'legacy',
          team_id: 'T0001',
          team_domain: 'acme',
          channel_id: 'C0001',
          channel_name: 'general',
          user_id: 'U0001',
          user_name: 'ada',
          command: '/kubecon',
          text,
          api_app_id: 'A0001',
          response_url: fake.responseUrl(),
          trigger_id: '123.456.abc',
          ...extra,
        }).toString(),
        'application/x-www-form-urlencoded',
      ),
    event: (event, { eventId, retryNum } = {}) =>
      post(
        JSON.stringify({
          token: 'legacy',
          team_id: 'T0001',
          api_app_id: 'A0001',
          type: 'event_callback',
          event_id: eventId ?? `Ev${++eventCount}`,
          event_time: Math.floor(Date.now() / 1000),
          authorizations: [{ team_id: 'T0001', user_id: 'UBOT', is_bot: true }],
          event,
        }),
        'application/json',
        retryNum ? { 'x-slack-retry-num': String(retryNum), 'x-slack-retry-reason': 'http_timeout' } : {},
      ),
    shortcut: (message, extra = {}) =>
      post(
        new URLSearchParams({
          payload: JSON.stringify({
            type: 'message_action',
            token: 'legacy',
            action_ts: '1700000500.000001',
            team: { id: 'T0001', domain: 'acme' },
            user: { id: 'U0001', username: 'ada', team_id: 'T0001', name: 'ada' },
            channel: { id: 'C0001', name: 'general' },
            is_enterprise_install: false,
            enterprise: null,
            callback_id: 'kubecon_ask_message',
            trigger_id: '123.456.abc',
            response_url: fake.responseUrl(),
            message_ts: String(message.ts ?? '1700000400.000100'),
            message: { type: 'message', user: 'U0002', ts: '1700000400.000100', team: 'T0001', ...message },
            ...extra,
          }),
        }).toString(),
        'application/x-www-form-urlencoded',
      ),
    action: (payload) =>
      post(
        new URLSearchParams({
          payload: JSON.stringify({
            type: 'block_actions',
            team: { id: 'T0001', domain: 'acme' },
            user: { id: 'U0001', name: 'ada', team_id: 'T0001' },
            api_app_id: 'A0001',
            token: 'legacy',
            trigger_id: '123.456.abc',
            ...payload,
          }),
        }).toString(),
        'application/x-www-form-urlencoded',
      ),
    stop: () => bot.stop(2_000),
  };
}

/**
 * Registers hooks that start a fake Slack and the bot before the tests of the enclosing block, clear
 * the recorded calls before each test, and stop both after. Read `fake` and `bot` inside tests.
 */
export function withBot(options: { knowledge?: () => Knowledge } = {}): { fake: FakeSlack; bot: RunningBot } {
  const env = {} as { fake: FakeSlack; bot: RunningBot };
  beforeAll(async () => {
    env.fake = await startFakeSlack();
    env.bot = await startBot(env.fake, options.knowledge ? { knowledge: options.knowledge() } : {});
  });
  afterAll(async () => {
    await env.bot.stop();
    await env.fake.close();
  });
  beforeEach(() => {
    env.fake.calls.length = 0;
  });
  return env;
}

/** A message in the DM with the bot (`message.im`); in an assistant thread it has a `thread_ts`. */
export const dm = (text: string, ts: string, threadTs?: string, channel = 'D0001') => ({
  type: 'message',
  channel_type: 'im',
  channel,
  user: 'U0001',
  text,
  ts,
  event_ts: ts,
  team: 'T0001',
  client_msg_id: `m-${ts}`,
  ...(threadTs ? { thread_ts: threadTs, parent_user_id: 'U0001' } : {}),
});
