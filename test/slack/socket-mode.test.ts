import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocketServer, type WebSocket } from 'ws';
import { loadConfig } from '../../src/config.js';
import { createLogger } from '../../src/log.js';
import { createApp, type BotApp } from '../../src/slack/app.js';
import { startFakeSlack, type FakeSlack } from '../helpers/fake-slack.js';
import { austin } from '../helpers/knowledge.js';

/**
 * Socket Mode (the Procfile's `worker:`) end to end: the real Bolt app opens its connection through
 * `apps.connections.open` on the fake Slack, and a WebSocket server on 127.0.0.1 plays Slack's side
 * of the protocol — `hello`, then envelopes that the app must acknowledge by `envelope_id`.
 */
describe('Socket Mode', () => {
  let wss: WebSocketServer;
  let fake: FakeSlack;
  let bot: BotApp;
  let socket: WebSocket;
  const replies = new Map<string, (message: Record<string, unknown>) => void>();
  const logs: string[] = [];

  beforeAll(async () => {
    wss = new WebSocketServer({ port: 0, host: '127.0.0.1' });
    await new Promise<void>((resolve) => wss.once('listening', () => resolve()));
    const connected = new Promise<WebSocket>((resolve) => {
      wss.on('connection', (ws) => {
        ws.on('message', (data) => {
          const message = JSON.parse(String(data)) as Record<string, unknown>;
          replies.get(String(message.envelope_id))?.(message);
        });
        ws.send(JSON.stringify({ type: 'hello', num_connections: 1, debug_info: { host: 'fake' }, connection_info: { app_id: 'A0001' } }));
        resolve(ws);
      });
    });
    fake = await startFakeSlack(0, { socketUrl: `ws://127.0.0.1:${(wss.address() as AddressInfo).port}/link` });
    const config = loadConfig({ SLACK_BOT_TOKEN: 'xoxb-socket', SLACK_APP_TOKEN: 'xapp-1-A0001-socket', SLACK_API_URL: fake.apiUrl, LOG_LEVEL: 'info' });
    bot = createApp(config, austin(), { logger: createLogger({ level: 'info', format: 'json', write: (l) => logs.push(l) }) });
    expect(await bot.start()).toBeUndefined(); // no port: a worker, not a web process
    socket = await connected;
  });
  afterAll(async () => {
    await bot.stop(2_000);
    wss.close();
    await fake.close();
  });

  const send = (envelope: Record<string, unknown>): Promise<Record<string, unknown>> =>
    new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no ack for ${String(envelope.envelope_id)}`)), 5_000);
      replies.set(String(envelope.envelope_id), (m) => {
        clearTimeout(timer);
        resolve(m);
      });
      socket.send(JSON.stringify(envelope));
    });

  it('opened the connection through the configured Slack API URL', () => {
    expect(fake.callsTo('apps.connections.open')).toHaveLength(1);
  });

  it('answers a slash command in the envelope acknowledgement', async () => {
    const ack = await send({
      envelope_id: 'env-cmd-1',
      type: 'slash_commands',
      accepts_response_payload: true,
      payload: {
        token: 'x',
        team_id: 'T0001',
        channel_id: 'C0001',
        user_id: 'U0001',
        command: '/kubecon',
        text: 'what is Ark?',
        api_app_id: 'A0001',
        response_url: fake.responseUrl(),
        trigger_id: 't',
      },
    });
    const payload = ack.payload as { response_type: string; blocks: unknown[] };
    expect(payload.response_type).toBe('ephemeral');
    expect(JSON.stringify(payload.blocks)).toContain('Heptio *Ark* allows to do restore');
  });

  it('acknowledges a mention and replies in its thread through the Web API', async () => {
    const ack = await send({
      envelope_id: 'env-ev-1',
      type: 'events_api',
      accepts_response_payload: false,
      retry_attempt: 0,
      retry_reason: '',
      payload: {
        token: 'x',
        team_id: 'T0001',
        api_app_id: 'A0001',
        type: 'event_callback',
        event_id: 'EvS1',
        event_time: 1,
        event: { type: 'app_mention', channel: 'C0001', user: 'U0001', text: '<@UBOT> who is Kelsey Hightower', ts: '1700200000.000100' },
      },
    });
    expect(ack.envelope_id).toBe('env-ev-1');
    const [post] = await fake.waitFor('chat.postMessage');
    expect(post!.body.thread_ts).toBe('1700200000.000100');
    expect(JSON.stringify(post!.body.blocks)).toContain('Staff Developer Advocate');
  });
});
