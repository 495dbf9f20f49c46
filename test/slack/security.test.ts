import { describe, expect, it } from 'vitest';
import { sign, withBot } from '../helpers/bot.js';

/**
 * Nothing unsigned or stale reaches a listener, ssl_check included. Slack's `ssl_check=1` is the
 * one request that comes unsigned; a payload smuggled behind it must not be read. Each attack is
 * checked where it would hurt: no Slack call made, no answer given, not just the status.
 */
const env = withBot();
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const form = 'application/x-www-form-urlencoded';
const answered = () => env.bot.logs.filter((l) => l.includes('"msg":"answered"')).length;
const slackCalls = () => env.fake.calls.filter((c) => c.method !== 'auth.test');

let smuggled = 0;
/** A mention never seen before (its own event id and timestamp), so no dedupe hides a reply. */
const mention = () =>
  JSON.stringify({
    type: 'event_callback',
    team_id: 'T0001',
    api_app_id: 'A0001',
    event_id: `EvSmuggled${++smuggled}`,
    event_time: 1,
    event: { type: 'app_mention', channel: 'C0001', user: 'U0001', text: '<@UBOT> what is Ark?', ts: `1700200000.00010${smuggled}`, team: 'T0001' },
  });
const sharePayload = (responseUrl: string) =>
  JSON.stringify({
    type: 'block_actions',
    team: { id: 'T0001' },
    user: { id: 'U0001' },
    api_app_id: 'A0001',
    trigger_id: 't',
    container: { type: 'message', message_ts: '1', channel_id: 'C0001', is_ephemeral: true },
    channel: { id: 'C0001' },
    response_url: responseUrl,
    actions: [{ type: 'button', action_id: 'kubecon_share', block_id: 'b', value: JSON.stringify({ q: 'what is Ark?' }), text: { type: 'plain_text', text: 'Share' }, action_ts: '1' }],
  });

describe('ssl_check cannot smuggle a request in', () => {
  const post = (body: string, headers: Record<string, string> = {}) => fetch(`${env.bot.url}/slack/events`, { method: 'POST', body, headers: { 'content-type': form, ...headers } });

  it.each([
    ['an app_mention behind ssl_check=1, unsigned', () => `ssl_check=1&token=x&payload=${encodeURIComponent(mention())}`, {}],
    ['the payload first, ssl_check last', () => `payload=${encodeURIComponent(mention())}&ssl_check=1`, {}],
    ['a forged Share in channel pointing response_url anywhere (SSRF)', () => `ssl_check=1&payload=${encodeURIComponent(sharePayload(env.fake.responseUrl('ssrf')))}`, {}],
    [
      'a slash command behind ssl_check=1 with a wrong signature',
      () => `ssl_check=1&command=%2Fkubecon&text=what+is+Ark%3F&response_url=${encodeURIComponent(env.fake.responseUrl('cmd'))}`,
      { 'x-slack-signature': `v0=${'0'.repeat(64)}`, 'x-slack-request-timestamp': String(Math.floor(Date.now() / 1000)) },
    ],
  ])('%s: no listener runs and Slack is never called', async (_name, body, headers) => {
    const before = answered();
    const res = await post(body(), headers);
    expect(res.status).toBe(200); // Slack's ssl_check gets its 200 …
    expect(await res.text()).toBe(''); // … and nothing else
    await sleep(400);
    expect(slackCalls()).toEqual([]);
    expect(answered()).toBe(before);
  });

  it('a smuggled payload with another content type must be signed: 401', async () => {
    const res = await fetch(`${env.bot.url}/slack/events`, { method: 'POST', body: `ssl_check=1&payload=${encodeURIComponent(mention())}`, headers: { 'content-type': `${form}; charset=utf-8` } });
    expect(res.status).toBe(401);
    await sleep(200);
    expect(slackCalls()).toEqual([]);
  });
});

describe('unsigned and stale requests reach no listener', () => {
  const event = mention()
    .replace(/EvSmuggled\d+/, 'EvStale')
    .replace(/1700200000\.\d+/, '1700200001.000100');

  it.each([
    ['no signature', () => ({})],
    ['a signature with another secret', () => sign(event, undefined, 'another-secret-entirely')],
    ['a correct signature 6 minutes old (a replay)', () => sign(event, Math.floor(Date.now() / 1000) - 6 * 60)],
    ['a signature over another body', () => sign(event.replace('Ark', 'Rook'))],
    ['a non-numeric timestamp', () => ({ ...sign(event), 'x-slack-request-timestamp': 'now' })],
  ])('%s: 401, no Slack call', async (_name, headers) => {
    const before = answered();
    const res = await fetch(`${env.bot.url}/slack/events`, { method: 'POST', body: event, headers: { 'content-type': 'application/json', ...headers() } });
    expect(res.status).toBe(401);
    await sleep(300);
    expect(slackCalls()).toEqual([]);
    expect(answered()).toBe(before);
  });

  it('a correct signature with a timestamp 6 minutes ahead is refused too: Slack allows 5 minutes either way', async () => {
    const ahead = event.replace('EvStale', 'EvAhead').replace('1700200001.000100', '1700200002.000100');
    const res = await fetch(`${env.bot.url}/slack/events`, { method: 'POST', body: ahead, headers: { 'content-type': 'application/json', ...sign(ahead, Math.floor(Date.now() / 1000) + 6 * 60) } });
    expect(res.status).toBe(401);
    await sleep(300);
    expect(slackCalls()).toEqual([]);
  });

  it('the same event correctly signed now is answered (the tests above are not vacuous)', async () => {
    const res = await fetch(`${env.bot.url}/slack/events`, { method: 'POST', body: event, headers: { 'content-type': 'application/json', ...sign(event) } });
    expect(res.status).toBe(200);
    await env.fake.waitFor('chat.postMessage', 1, 5000);
  });
});
