import { connect, type Socket } from 'node:net';
import { describe, expect, it } from 'vitest';
import { HEADERS_TIMEOUT_MS, REQUEST_TIMEOUT_MS, TIMEOUT_CHECK_MS } from '../../src/slack/front-door.js';
import { sign, withBot } from '../helpers/bot.js';

/**
 * What reaches Bolt's receiver, checked through the real app over HTTP with correctly signed
 * requests: bodies that are not an object (one of them ended the process), timestamps from the
 * future, slow clients and clients that go away.
 */
const env = withBot();
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const form = 'application/x-www-form-urlencoded';
const json = 'application/json';
const now = () => Math.floor(Date.now() / 1000);
const send = (body: string, contentType: string, headers: Record<string, string> = sign(body)) =>
  fetch(`${env.bot.url}/slack/events`, { method: 'POST', body, headers: { 'content-type': contentType, ...headers } });
const parsed = () => env.bot.logs.map((l) => JSON.parse(l) as Record<string, unknown>);
let seenSummaries = 0;
/** The rejections counted since the last call, as the summary line writes them. */
const summary = (): Record<string, unknown> | undefined => {
  env.bot.app.rejects.flush();
  const lines = parsed().filter((l) => l.msg === 'requests rejected');
  const fresh = lines.slice(seenSummaries);
  seenSummaries = lines.length;
  return fresh.at(-1);
};

/** A raw connection to the bot, to send a request as slowly as a client likes. */
function open(): Promise<{ socket: Socket; received: () => string; closed: Promise<number> }> {
  return new Promise((resolve, reject) => {
    const { port } = new URL(env.bot.url);
    const socket = connect(Number(port), '127.0.0.1');
    let data = '';
    const started = Date.now();
    const closed = new Promise<number>((r) => socket.once('close', () => r(Date.now() - started)));
    socket.on('data', (d) => {
      data += d.toString();
    });
    socket.once('error', () => {});
    socket.once('connect', () => resolve({ socket, received: () => data, closed }));
    socket.once('error', reject);
  });
}

describe('signed bodies that are not an object', () => {
  it.each([
    ['JSON null', 'null', json],
    ['JSON null with spaces', ' \n null \t', json],
    ['a JSON number', '42', json],
    ['a JSON string', '"ssl_check"', json],
    ['a JSON array', '[1,2]', json],
    ['form payload=null', 'payload=null', form],
    ['form payload=42', 'payload=42', form],
  ])('%s gets 400, and the process lives on', async (_name, body, contentType) => {
    const res = await send(body, contentType);
    expect(res.status).toBe(400);
    expect(env.fake.calls.filter((c) => c.method !== 'auth.test')).toEqual([]);
    // Still serving: the same connection pool, a real question.
    const answer = await env.bot.command('what is Ark?');
    expect(answer.status).toBe(200);
  });

  it('the same bodies unsigned get 401, as any unsigned request', async () => {
    expect((await send('null', json, {})).status).toBe(401);
    expect((await send('payload=null', form, sign('payload=null', undefined, 'another-secret'))).status).toBe(401);
  });

  it('a signed null on many connections at once leaves the process serving', async () => {
    const statuses = await Promise.all(Array.from({ length: 20 }, () => send('null', json).then((r) => r.status)));
    expect(statuses).toEqual(statuses.map(() => 400));
    expect((await fetch(`${env.bot.url}/healthz`)).status).toBe(200);
  });
});

describe('timestamps must be within 5 minutes of now, either way', () => {
  let n = 0;
  const mention = () =>
    JSON.stringify({
      type: 'event_callback',
      team_id: 'T0001',
      api_app_id: 'A0001',
      event_id: `EvClock${++n}`,
      event_time: now(),
      event: { type: 'app_mention', channel: 'C0001', user: 'U0001', text: '<@UBOT> what is Ark?', ts: `1700400000.00010${n}`, team: 'T0001' },
    });

  it.each([
    ['6 minutes ahead', 6 * 60],
    ['a year ahead', 365 * 24 * 3600],
    ['6 minutes ago', -6 * 60],
  ])('a correct signature %s: 401, no Slack call', async (_name, offset) => {
    const body = mention();
    const res = await send(body, json, sign(body, now() + offset));
    expect(res.status).toBe(401);
    await sleep(300);
    expect(env.fake.calls.filter((c) => c.method !== 'auth.test')).toEqual([]);
  });

  it.each([
    ['4 minutes ahead', 4 * 60],
    ['4 minutes ago', -4 * 60],
  ])('a correct signature %s is answered (clocks drift a little)', async (_name, offset) => {
    const body = mention();
    expect((await send(body, json, sign(body, now() + offset))).status).toBe(200);
    await env.fake.waitFor('chat.postMessage', 1, 5000);
  });

  it('a slash command signed a year ahead is refused too', async () => {
    const body = new URLSearchParams({ command: '/kubecon', text: 'what is Ark?', team_id: 'T0001', user_id: 'U0001', channel_id: 'C0001' }).toString();
    expect((await send(body, form, sign(body, now() + 365 * 24 * 3600))).status).toBe(401);
  });
});

describe('slow and vanishing clients', () => {
  it('a client that sends its headers too slowly, or its body, is cut off after the timeouts (408), counted as timeouts', async () => {
    expect(HEADERS_TIMEOUT_MS).toBeLessThanOrEqual(5_000);
    expect(REQUEST_TIMEOUT_MS).toBeLessThanOrEqual(5_000);
    summary(); // start counting afresh
    const body = 'command=%2Fkubecon&text=what+is+Ark';
    const [slowHeaders, slowBody] = await Promise.all([open(), open()]);
    slowHeaders.socket.write('POST /slack/events HTTP/1.1\r\nHost: x\r\n');
    const headers = sign(body);
    slowBody.socket.write(
      `POST /slack/events HTTP/1.1\r\nHost: x\r\nContent-Type: ${form}\r\nContent-Length: ${body.length}\r\nX-Slack-Signature: ${headers['x-slack-signature']}\r\nX-Slack-Request-Timestamp: ${headers['x-slack-request-timestamp']}\r\n\r\n${body.slice(0, 10)}`,
    );
    // A byte now and then does not keep either alive.
    const drip = setInterval(() => {
      slowHeaders.socket.write('X-Drip: 1\r\n');
    }, 500);
    const limit = Math.max(HEADERS_TIMEOUT_MS, REQUEST_TIMEOUT_MS) + TIMEOUT_CHECK_MS + 1_500;
    const [headersMs, bodyMs] = await Promise.all([slowHeaders.closed, slowBody.closed]).finally(() => clearInterval(drip));
    expect(headersMs).toBeLessThan(limit);
    expect(bodyMs).toBeLessThan(limit);
    expect(slowHeaders.received()).toMatch(/^HTTP\/1\.1 408/);
    expect(slowBody.received()).toMatch(/^HTTP\/1\.1 408/);
    const line = summary();
    expect(line).toMatchObject({ timeout: 2 });
    expect(line).not.toHaveProperty('bad_signature');
    expect(env.fake.calls.filter((c) => c.method !== 'auth.test')).toEqual([]);
  }, 15_000);

  it('a client that goes away mid-body is counted as aborted, not as a bad signature', async () => {
    summary();
    const body = `command=%2Fkubecon&text=${'a'.repeat(1000)}`;
    const headers = sign(body);
    const client = await open();
    client.socket.write(
      `POST /slack/events HTTP/1.1\r\nHost: x\r\nContent-Type: ${form}\r\nContent-Length: ${body.length}\r\nX-Slack-Signature: ${headers['x-slack-signature']}\r\nX-Slack-Request-Timestamp: ${headers['x-slack-request-timestamp']}\r\n\r\n${body.slice(0, 100)}`,
    );
    await sleep(200);
    client.socket.destroy();
    await sleep(300);
    const line = summary();
    expect(line).toMatchObject({ total: 1, aborted: 1 });
    expect(parsed().filter((l) => l.level === 'warn' && l.msg !== 'requests rejected')).toEqual([]);
  });

  it('requests sent at once are served as before, on a kept-alive connection too', async () => {
    for (let i = 0; i < 3; i++) expect((await env.bot.command('what is Ark?')).status).toBe(200);
  });
});
