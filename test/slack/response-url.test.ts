import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { responseUrlAllowed, slackDestination } from '../../src/slack/destinations.js';
import { withBot } from '../helpers/bot.js';

/**
 * Answers go to a payload's `response_url` only when it is Slack's, and never follow a redirect.
 * A canary server on another origin records whatever reaches it: it must stay empty.
 */
const env = withBot();
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
type Block = { type: string; elements?: Array<{ action_id: string; value: string }> };
const buttons = (blocks: Block[]) => blocks.flatMap((b) => (b.type === 'actions' ? (b.elements ?? []) : []));
const logged = (msg: string) => env.bot.logs.map((l) => JSON.parse(l) as Record<string, unknown>).filter((l) => l.msg === msg);

let canary: Server;
let canaryUrl: string;
const hits: Array<{ url: string; body: string }> = [];
beforeAll(async () => {
  canary = createServer((req, res) => {
    let body = '';
    req.on('data', (d) => {
      body += d;
    });
    req.on('end', () => {
      hits.push({ url: req.url ?? '', body });
      res.end('ok');
    });
  });
  await new Promise<void>((r) => canary.listen(0, '127.0.0.1', r));
  canaryUrl = `http://127.0.0.1:${(canary.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => canary.close(() => r())));

const click = (action: { action_id: string; value: string }, responseUrl: string) =>
  env.bot.action({
    container: { type: 'message', message_ts: '1700000010.000100', channel_id: 'C0001', is_ephemeral: true },
    channel: { id: 'C0001', name: 'general' },
    response_url: responseUrl,
    actions: [{ type: 'button', block_id: 'b1', text: { type: 'plain_text', text: 'x' }, action_ts: '1700000010.1', ...action }],
  });
const buttonOf = async (question: string, prefix: string) => buttons(((await (await env.bot.command(question)).json()) as { blocks: Block[] }).blocks).find((b) => b.action_id.startsWith(prefix))!;

describe('a response_url that is not Slack’s', () => {
  it('a suggestion clicked with the canary as response_url: answered through chat.postEphemeral, nothing reaches the canary, logged once', async () => {
    const suggestion = await buttonOf('what is blokchain', 'kubecon_suggest');
    const before = logged("response_url is not Slack's; not used").length;
    expect((await click(suggestion, `${canaryUrl}/hook`)).status).toBe(200);
    const [post] = await env.fake.waitFor('chat.postEphemeral');
    expect(post!.body).toMatchObject({ channel: 'C0001', user: 'U0001' });
    expect(JSON.stringify(post!.body.blocks)).toContain('You asked');
    await sleep(200);
    expect(hits).toEqual([]);
    expect(env.fake.callsTo('response_url')).toEqual([]);
    const lines = logged("response_url is not Slack's; not used").slice(before);
    expect(lines).toEqual([expect.objectContaining({ level: 'warn', origin: canaryUrl, channel: 'C0001', user: 'U0001' })]);
  });

  it.each([
    ['plain http on a Slack-looking host', 'http://hooks.slack.com/commands/T1/1/x'],
    ['a look-alike host', 'https://hooks.slack.com.evil.example/commands/T1/1/x'],
    ['user info before another host', 'https://hooks.slack.com@127.0.0.1:9/x'],
    ['not a URL', 'hooks.slack.com/commands'],
  ])('%s: not used either', async (_name, url) => {
    const helpful = await buttonOf('what is Ark?', 'kubecon_feedback_up');
    await click(helpful, url);
    const [note] = await env.fake.waitFor('chat.postEphemeral');
    expect(note!.body.text).toBe('Thanks, glad it helped!');
    expect(env.fake.callsTo('response_url')).toEqual([]);
  });

  it('Share in channel with the canary as response_url posts nowhere', async () => {
    const share = await buttonOf('what is Ark?', 'kubecon_share');
    env.fake.calls.length = 0;
    expect((await click(share, `${canaryUrl}/share`)).status).toBe(200);
    await sleep(400);
    expect(hits).toEqual([]);
    expect(env.fake.calls.filter((c) => c.method !== 'auth.test')).toEqual([]);
    expect(logged("response_url is not Slack's; not used").at(-1)).toMatchObject({ origin: canaryUrl, user: 'U0001' });
  });
});

describe('a redirect from an allowed response_url', () => {
  it('is not followed: the body never reaches the host it points to, and the failure says why', async () => {
    const suggestion = await buttonOf('what is blokchain', 'kubecon_suggest');
    env.fake.fail('response_url', { status: 307, location: `${canaryUrl}/stolen` });
    await click(suggestion, env.fake.responseUrl());
    await sleep(500);
    expect(hits).toEqual([]);
    const failure = logged('kubecon_suggest failed').at(-1);
    expect(failure).toMatchObject({ status: 307, why: 'redirected (307); redirects are not followed' });
  });

  it('the same click with a plain response_url is answered there (the tests above are not vacuous)', async () => {
    const suggestion = await buttonOf('what is blokchain', 'kubecon_suggest');
    await click(suggestion, env.fake.responseUrl());
    const [reply] = await env.fake.waitFor('response_url');
    expect(reply!.body).toMatchObject({ response_type: 'ephemeral' });
  });
});

describe('which addresses are Slack’s', () => {
  it.each([
    ['https://hooks.slack.com/commands/T1/2/abc', undefined, true],
    ['https://hooks.slack.com/actions/T1/2/abc', 'https://slack.com/api/', true],
    ['http://hooks.slack.com/commands/T1/2/abc', undefined, false],
    ['https://hooks.slack.com:8443/commands', undefined, false],
    ['https://hooks.slack.com.evil.example/x', undefined, false],
    ['https://evil.example/?https://hooks.slack.com/', undefined, false],
    ['https://slack.com/api/chat.postMessage', undefined, false],
    ['http://127.0.0.1:9/respond/1', 'http://127.0.0.1:9/api/', true],
    ['http://127.0.0.1:10/respond/1', 'http://127.0.0.1:9/api/', false],
    [42, undefined, false],
  ])('response_url %s (SLACK_API_URL %s): %s', (url, api, allowed) => {
    expect(responseUrlAllowed(url, api)).toBe(allowed);
  });

  it('the HTTP client sends only to slack.com and its subdomains over https, or SLACK_API_URL', () => {
    const allowed = slackDestination('http://127.0.0.1:9/api/');
    for (const url of ['https://slack.com/api/auth.test', 'https://hooks.slack.com/x', 'http://127.0.0.1:9/respond/1']) expect(allowed(new URL(url))).toBe(true);
    for (const url of ['http://slack.com/api/', 'https://evilslack.com/', 'https://slack.com:444/', 'http://169.254.169.254/latest', 'http://127.0.0.1:10/']) expect(allowed(new URL(url))).toBe(false);
  });
});
