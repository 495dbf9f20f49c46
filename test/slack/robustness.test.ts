import { describe, expect, it } from 'vitest';
import { startFakeSlack } from '../helpers/fake-slack.js';
import { sign, startBot, withBot, type RunningBot } from '../helpers/bot.js';
import { freePort } from '../helpers/process.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const parsed = (bot: RunningBot) => bot.logs.map((l) => JSON.parse(l) as Record<string, unknown>);
let ts = 1_700_001_000;
const mention = (text = '<@UBOT> what is Envoy') => ({ type: 'app_mention', channel: 'C0001', user: 'U0001', text, ts: `${++ts}.000100`, team: 'T0001' });

describe('malformed requests', () => {
  const env = withBot();

  const form = 'application/x-www-form-urlencoded';
  const json = 'application/json';
  const send = (body: string, contentType: string) =>
    fetch(`${env.bot.url}/slack/events`, { method: 'POST', body, headers: { ...(contentType ? { 'content-type': contentType } : {}), ...sign(body) } });

  it.each([
    { name: 'bad JSON', body: '{"type":', contentType: json, status: 400 },
    { name: 'a payload that is not JSON', body: 'payload=%7Bnot', contentType: form, status: 400 },
    { name: 'plain text', body: 'hello', contentType: 'text/plain', status: 400 },
    { name: 'no content type', body: 'hello', contentType: '', status: 400 },
    { name: 'a body over 1 MB', body: `command=%2Fkubecon&text=${'a'.repeat(1_100_000)}`, contentType: form, status: 413 },
  ])('$name gets $status at once', async ({ body, contentType, status }) => {
    const started = Date.now();
    expect((await send(body, contentType)).status).toBe(status);
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('signed bodies no listener takes are answered by the receiver before Slack gives up, never by a listener', async () => {
    // Only Slack can sign these (a payload type newer than the bot): Bolt finds no listener, and the
    // receiver answers 404 after UNHANDLED_AFTER_MS, under Slack's 3 s.
    // (A signed body that is not an object gets 400 at once: see front-door.test.ts.)
    const bodies: Array<[string, string]> = [
      [JSON.stringify({ type: 'mystery', text: 'do-not-log-me' }), json],
      [JSON.stringify({ type: 'event_callback', team_id: 'T1' }), json],
      ['text=hi', form],
      [`payload=${encodeURIComponent(JSON.stringify({ type: 'mystery' }))}`, form],
    ];
    const statuses = await Promise.all(bodies.map(async ([body, contentType]) => (await send(body, contentType)).status));
    expect(statuses).toEqual(bodies.map(() => 404));
    expect(env.fake.calls).toHaveLength(0);
  });

  it('unsigned garbage gets 401, other paths 404, other methods 405', async () => {
    expect((await fetch(`${env.bot.url}/slack/events`, { method: 'POST', body: '\u0000\u0001garbage' })).status).toBe(401);
    expect((await fetch(`${env.bot.url}/nope`, { method: 'POST', body: 'x' })).status).toBe(404);
    expect((await fetch(`${env.bot.url}/slack/events`)).status).toBe(405);
    expect((await fetch(`${env.bot.url}/healthz`, { method: 'POST' })).status).toBe(405);
  });

  it('stays up and answers after all of that', async () => {
    const health = await fetch(`${env.bot.url}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: 'ok', conference: 'kubecon-2017-austin', sessions: 28, uptime: expect.any(Number) });
    expect((await env.bot.command('what is Ark?')).status).toBe(200);
  });

  it('sums the rejections up in one line, without bodies or signatures', () => {
    env.bot.app.rejects.flush();
    const lines = parsed(env.bot).filter((l) => l.msg === 'requests rejected');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ total: 13, malformed: 4, too_large: 1, unhandled: 4, bad_signature: 1, not_found: 1, method_not_allowed: 2 });
    const all = env.bot.logs.join('\n');
    expect(all).not.toContain('do-not-log-me');
    expect(all).not.toMatch(/v0=/);
    expect(
      parsed(env.bot)
        .filter((l) => l.level === 'warn' || l.level === 'error')
        .map((l) => l.msg),
    ).toEqual(['requests rejected']);
  });
});

describe('Slack Web API trouble', () => {
  const env = withBot();

  it('429 with a short Retry-After: waits as told, then answers', async () => {
    env.fake.fail('chat.postMessage', { status: 429, retryAfter: 1 });
    const started = Date.now();
    expect((await env.bot.event(mention())).status).toBe(200);
    await env.fake.waitFor('chat.postMessage', 1, 5000);
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
    expect(parsed(env.bot).some((l) => l.msg === 'reply rate limited; retrying' && l.retryAfter === 1 && l.channel === 'C0001')).toBe(true);
  });

  it('429 asking for minutes: gives up at once and logs what was being answered', async () => {
    env.fake.fail('chat.postMessage', { status: 429, retryAfter: 120 });
    const started = Date.now();
    await env.bot.event(mention('<@UBOT> what is Jaeger'));
    await sleep(300);
    expect(Date.now() - started).toBeLessThan(2000);
    const failure = parsed(env.bot).find((l) => l.msg === 'reply failed' && l.retryAfter === 120);
    expect(failure).toMatchObject({ surface: 'mention', channel: 'C0001', code: 'slack_webapi_rate_limited_error' });
  });

  it('500s: retried within seconds; a persistent failure is logged and the next message answered', async () => {
    env.fake.fail('chat.postMessage', { status: 500, times: 2 });
    await env.bot.event(mention());
    await env.fake.waitFor('chat.postMessage', 1, 5000);

    env.fake.calls.length = 0;
    env.fake.fail('chat.postMessage', { status: 503, times: 3 });
    const started = Date.now();
    await env.bot.event(mention('<@UBOT> what is Linkerd'));
    for (let i = 0; i < 50 && !parsed(env.bot).some((l) => l.msg === 'reply failed' && l.code === 'slack_webapi_http_error'); i++) await sleep(100);
    expect(Date.now() - started).toBeLessThan(5000);
    expect(parsed(env.bot).some((l) => l.msg === 'reply failed' && l.code === 'slack_webapi_http_error' && l.channel === 'C0001')).toBe(true);

    await env.bot.event(mention('<@UBOT> what is Conduit'));
    const [post] = await env.fake.waitFor('chat.postMessage', 1, 5000);
    expect(JSON.stringify(post!.body.blocks)).toContain('Conduit');
  });

  it('a 6 s stall: commands and buttons are still acknowledged at once; the reply is posted exactly once', async () => {
    const logsBefore = env.bot.logs.length;
    env.fake.fail('chat.postMessage', { delayMs: 6000 });
    await env.bot.event(mention('<@UBOT> what is Helm'));
    const started = Date.now();
    const command = await env.bot.command('keynotes day 2');
    expect(command.status).toBe(200);
    expect(Date.now() - started).toBeLessThan(1000);
    const click = await env.bot.action({
      container: { type: 'message', message_ts: '1', channel_id: 'C0001', is_ephemeral: true },
      channel: { id: 'C0001' },
      response_url: env.fake.responseUrl(),
      actions: [{ type: 'button', action_id: 'kubecon_feedback_up', block_id: 'b', value: '{"q":"x"}', text: { type: 'plain_text', text: 'x' }, action_ts: '1' }],
    });
    expect(click.status).toBe(200);
    expect(Date.now() - started).toBeLessThan(1000);
    const [post] = await env.fake.waitFor('chat.postMessage', 1, 9000);
    expect(JSON.stringify(post!.body.blocks)).toContain('Helm');
    // A slow Slack may still take a timed-out post: nothing may have been sent twice.
    await sleep(1500);
    expect(env.fake.callsTo('chat.postMessage')).toHaveLength(1);
    expect(
      parsed(env.bot)
        .slice(logsBefore)
        .filter((l) => String(l.msg).includes('retrying')),
    ).toEqual([]);
  }, 15_000);

  it('429 without Retry-After: retried after a short default wait', async () => {
    env.fake.fail('chat.postMessage', { status: 429 });
    await env.bot.event(mention('<@UBOT> what is Prometheus'));
    const [post] = await env.fake.waitFor('chat.postMessage', 1, 5000);
    expect(JSON.stringify(post!.body.blocks)).toContain('Prometheus');
    expect(parsed(env.bot).some((l) => l.msg === 'reply rate limited; retrying' && l.retryAfter === 1)).toBe(true);
  });

  it('Share in channel posts once per click, even when removing the private copy needs a retry', async () => {
    const body = (await (await env.bot.command('what is Ark?')).json()) as { blocks: Array<{ type: string; elements?: Array<{ action_id: string; value: string }> }> };
    const share = body.blocks.flatMap((b) => b.elements ?? []).find((e) => e.action_id === 'kubecon_share')!;
    env.fake.fail('response_url', { status: 503, skip: 1 }); // the post goes through, the delete fails once
    await env.bot.action({
      container: { type: 'message', message_ts: '1', channel_id: 'C0001', is_ephemeral: true },
      channel: { id: 'C0001' },
      response_url: env.fake.responseUrl(),
      actions: [{ type: 'button', action_id: share.action_id, block_id: 'b', value: share.value, text: { type: 'plain_text', text: 'Share' }, action_ts: '1' }],
    });
    await env.fake.waitFor('response_url', 2, 5000);
    await sleep(500);
    const posts = env.fake.callsTo('response_url');
    expect(posts.filter((c) => c.body.response_type === 'in_channel')).toHaveLength(1);
    expect(posts.filter((c) => c.body.delete_original === true)).toHaveLength(1);
  });

  it('a shutdown drops a reply whose Retry-After ends too late, and logs what it was answering', async () => {
    const fake = await startFakeSlack();
    const bot = await startBot(fake);
    try {
      fake.fail('chat.postMessage', { status: 429, retryAfter: 5 });
      await bot.event(mention('<@UBOT> what is Istio'));
      for (let i = 0; i < 50 && !parsed(bot).some((l) => l.msg === 'reply rate limited; retrying'); i++) await sleep(100);
      const started = Date.now();
      await bot.app.stop(1_000);
      expect(Date.now() - started).toBeLessThan(3_000);
      expect(parsed(bot).find((l) => String(l.msg).startsWith('reply dropped at shutdown'))).toMatchObject({ surface: 'mention', channel: 'C0001', user: 'U0001', question: '<@UBOT> what is Istio' });
      expect(fake.callsTo('chat.postMessage')).toHaveLength(0);
    } finally {
      await fake.close();
    }
  });
});

describe('Slack unreachable, then back', () => {
  it('acks commands with no Slack at all, logs failed replies, and answers once Slack comes back', async () => {
    const port = await freePort();
    const apiUrl = `http://127.0.0.1:${port}/api/`;
    const fakeForUrls = await startFakeSlack(); // only lends response URLs; the Web API is the closed port
    const bot = await startBot({ ...fakeForUrls, apiUrl });
    try {
      const command = await bot.command('what is Ark?');
      expect(command.status).toBe(200);
      expect(await command.text()).toContain('Heptio Ark allows');

      await bot.event(mention('<@UBOT> what is Calico'));
      for (let i = 0; i < 60 && !parsed(bot).some((l) => l.msg === 'reply failed'); i++) await sleep(100);
      expect(parsed(bot).find((l) => l.msg === 'reply failed')).toMatchObject({ surface: 'mention', channel: 'C0001' });
      expect(String(parsed(bot).find((l) => l.msg === 'reply failed')?.error)).toMatch(/fetch failed|request error/i);
      expect(parsed(bot).find((l) => l.msg === 'reply failed')?.cause).toBe('ECONNREFUSED');

      const back = await startFakeSlack(port);
      try {
        await bot.event(mention('<@UBOT> what is Calico'));
        const [post] = await back.waitFor('chat.postMessage', 1, 5000);
        expect(JSON.stringify(post!.body.blocks)).toContain('Calico');
      } finally {
        await back.close();
      }
    } finally {
      await bot.stop();
      await fakeForUrls.close();
    }
  }, 20_000);

  it('starts and answers even when auth.test keeps failing', async () => {
    const fake = await startFakeSlack();
    fake.fail('auth.test', { status: 500, times: 100 });
    const bot = await startBot(fake);
    try {
      const started = Date.now();
      const res = await bot.command('help');
      expect(res.status).toBe(200);
      expect(Date.now() - started).toBeLessThan(1000);
      await bot.event(mention());
      await fake.waitFor('chat.postMessage', 1, 5000);
    } finally {
      await bot.stop();
      await fake.close();
    }
  });
});
