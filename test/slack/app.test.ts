import { describe, expect, it } from 'vitest';
import { BOT_TOKEN, SIGNING_SECRET, sign, withBot } from '../helpers/bot.js';

/** Blocks as they come back over the wire: only what the assertions read. */
type Block = { type: string; text?: { text: string }; elements?: unknown[]; accessory?: { type: string } };
type Btn = { action_id: string; value: string; text: { text: string } };
const env = withBot();

const texts = (blocks: Block[]): string => JSON.stringify(blocks);
const header = (blocks: Block[]): string | undefined => blocks.find((b) => b.type === 'header')?.text?.text;
const buttons = (blocks: Block[]): Btn[] =>
  blocks.flatMap((b) => (b.type === 'actions' ? (b.elements as Btn[]) : b.type === 'section' && b.accessory?.type === 'button' ? [b.accessory as unknown as Btn] : []));
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('/kubecon', () => {
  it('answers ephemerally in the acknowledgement, echoing the question, with share and feedback buttons', async () => {
    const res = await env.bot.command('what is Ark?');
    expect(res.status).toBe(200);
    const body = (await res.json()) as { response_type: string; blocks: Block[]; text: string };
    expect(body.response_type).toBe('ephemeral');
    expect(texts(body.blocks.slice(0, 1))).toContain('You asked: `/kubecon what is Ark?`');
    expect(header(body.blocks)).toBe('Ark');
    expect(texts(body.blocks)).toContain('Heptio *Ark* allows to do restore');
    expect(texts(body.blocks)).toContain('Day #3 › Talks › Disaster Recovery for your Kubernetes Clusters — Andy Goldstein, Steve Kriss');
    expect(buttons(body.blocks).map((b) => b.text.text)).toEqual(expect.arrayContaining(['Share in channel', '👍 Helpful', '👎 Not helpful']));
    expect(body.text).toMatch(/^Ark: /);
  });

  it('answers a repeated question from its reply cache: the same JSON, as JSON', async () => {
    const first = await env.bot.command('who is Kelsey Hightower');
    const again = await env.bot.command('who is Kelsey Hightower');
    for (const res of [first, again]) expect(res.headers.get('content-type')).toBe('application/json');
    expect(await again.json()).toEqual(await first.json());
    const answered = env.bot.logs.map((l) => JSON.parse(l) as Record<string, unknown>).filter((l) => l.msg === 'answered' && l.surface === 'command');
    expect(answered.at(-1)).toMatchObject({ cached: true, intent: 'speaker' });
  });

  it('escapes what it echoes, so nobody gets pinged', async () => {
    const res = await env.bot.command('what is <!channel> & <@U0002>?');
    const raw = await res.text();
    expect(raw).not.toContain('<!channel>');
    expect(raw).not.toContain('<@U0002>');
    expect(raw).toContain('&lt;!channel&gt; &amp; &lt;@U0002&gt;');
  });

  it('answers an empty command with help', async () => {
    const body = (await (await env.bot.command('')).json()) as { blocks: Block[] };
    expect(header(body.blocks)).toBe('Ask me about KubeCon 2017 Austin');
  });

  it('logs the answer with team, channel and intent, and never a secret', async () => {
    await env.bot.command('keynotes day1');
    const line = env.bot.logs.map((l) => JSON.parse(l) as Record<string, unknown>).find((l) => l.msg === 'answered' && l.intent === 'keynotes');
    expect(line).toMatchObject({ surface: 'command', team: 'T0001', channel: 'C0001', matched: true });
    expect(typeof line?.ms).toBe('number');
    expect(env.bot.logs.join('\n')).not.toContain(SIGNING_SECRET);
    expect(env.bot.logs.join('\n')).not.toContain(BOT_TOKEN);
  });
});

describe('request signatures', () => {
  const body = new URLSearchParams({ command: '/kubecon', text: 'help', team_id: 'T0001', channel_id: 'C0001', user_id: 'U0001', response_url: 'http://127.0.0.1:9/x', trigger_id: 't' }).toString();

  it('rejects a bad signature with 401 and runs no handler', async () => {
    const before = env.bot.logs.length;
    const res = await env.bot.post(body, 'application/x-www-form-urlencoded', { 'x-slack-signature': `v0=${'0'.repeat(64)}` });
    expect(res.status).toBe(401);
    await sleep(50);
    expect(env.bot.logs.slice(before).some((l) => l.includes('"answered"'))).toBe(false);
  });

  it('rejects a stale timestamp (over 5 minutes) even when correctly signed', async () => {
    const res = await env.bot.post(body, 'application/x-www-form-urlencoded', sign(body, Math.floor(Date.now() / 1000) - 6 * 60));
    expect(res.status).toBe(401);
  });

  it('rejects a body signed with another secret', async () => {
    const res = await env.bot.post(body, 'application/x-www-form-urlencoded', sign(body, undefined, 'not-the-secret'));
    expect(res.status).toBe(401);
  });

  it("answers Slack's URL verification challenge", async () => {
    const res = await env.bot.post(JSON.stringify({ type: 'url_verification', challenge: 'abc123', token: 'x' }), 'application/json');
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('abc123');
  });
});

describe('mentions and DMs', () => {
  const mention = (ts: string, extra: Record<string, unknown> = {}) => ({
    type: 'app_mention',
    user: 'U0001',
    text: '<@UBOT> who is kelsey hightower?',
    ts,
    channel: 'C0001',
    event_ts: ts,
    team: 'T0001',
    ...extra,
  });

  it('replies to @kubecon in a thread under the question', async () => {
    expect((await env.bot.event(mention('1700000001.000100'))).status).toBe(200);
    const [post] = await env.fake.waitFor('chat.postMessage');
    expect(post!.body).toMatchObject({ channel: 'C0001', thread_ts: '1700000001.000100' });
    expect(header(post!.body.blocks as Block[])).toBe('Kelsey Hightower');
    expect(String(post!.body.text)).toContain('Kelsey Hightower');
  });

  it('keeps replying in the thread a mention came from', async () => {
    await env.bot.event(mention('1700000002.000100', { thread_ts: '1700000000.000001' }));
    const [post] = await env.fake.waitFor('chat.postMessage');
    expect(post!.body.thread_ts).toBe('1700000000.000001');
  });

  it('answers a DM in the DM', async () => {
    await env.bot.event({ type: 'message', channel_type: 'im', channel: 'D0001', user: 'U0001', text: 'keynotes day 2', ts: '1700000003.000100', team: 'T0001' });
    const [post] = await env.fake.waitFor('chat.postMessage');
    expect(post!.body.channel).toBe('D0001');
    expect(post!.body.thread_ts).toBeUndefined();
    expect(header(post!.body.blocks as Block[])).toBe('Keynotes — Day #2 (Thursday)');
  });

  it('answers once when one DM mention arrives as both app_mention and message.im, and once per retry', async () => {
    const ts = '1700000004.000100';
    const dm = { channel: 'D0001', channel_type: 'im', user: 'U0001', text: '<@UBOT> what is rook', ts, team: 'T0001' };
    await Promise.all([env.bot.event({ type: 'app_mention', ...dm }, { eventId: 'EvA' }), env.bot.event({ type: 'message', ...dm }, { eventId: 'EvB' })]);
    await env.bot.event({ type: 'message', ...dm }, { eventId: 'EvB', retryNum: 1 });
    await env.fake.waitFor('chat.postMessage');
    await sleep(150);
    expect(env.fake.callsTo('chat.postMessage')).toHaveLength(1);
  });

  it('ignores bots, edits, its own messages and other subtypes', async () => {
    const base = { type: 'message', channel_type: 'im', channel: 'D0001', text: 'help', team: 'T0001' };
    await env.bot.event({ ...base, user: 'U0001', bot_id: 'B0002', ts: '1700000005.000001' });
    await env.bot.event({ ...base, user: 'U0001', subtype: 'message_changed', ts: '1700000005.000002' });
    await env.bot.event({ ...base, user: 'UBOT', ts: '1700000005.000003' });
    await env.bot.event({ ...base, user: 'U0001', subtype: 'channel_join', ts: '1700000005.000004' });
    await env.bot.event({ type: 'app_mention', channel: 'C0001', user: 'U0001', text: '<@UBOT> help', ts: '1700000005.000005', edited: { user: 'U0001', ts: '1' } });
    await env.bot.event({ type: 'app_mention', channel: 'C0001', user: 'U0002', bot_id: 'B0002', text: '<@UBOT> help', ts: '1700000005.000006' });
    await sleep(200);
    expect(env.fake.callsTo('chat.postMessage')).toHaveLength(0);
  });
});

describe('App Home', () => {
  it('publishes the agenda when the Home tab opens', async () => {
    await env.bot.event({ type: 'app_home_opened', user: 'U0001', channel: 'D0001', tab: 'home', event_ts: '1700000006.000100' });
    const [call] = await env.fake.waitFor('views.publish');
    expect(call!.body.user_id).toBe('U0001');
    const view = call!.body.view as { type: string; blocks: Block[] };
    expect(view.type).toBe('home');
    expect(view.blocks.length).toBeLessThanOrEqual(100);
    const all = texts(view.blocks);
    expect(all).toContain('Day #1 (Wednesday)');
    expect(all).toContain('Disaster Recovery for your Kubernetes Clusters');
    expect(all).toContain('/kubecon what is Ark?');
    expect(buttons(view.blocks).filter((b) => b.action_id.startsWith('kubecon_session'))).toHaveLength(28);
  });

  it('does nothing for the Messages tab', async () => {
    await env.bot.event({ type: 'app_home_opened', user: 'U0001', channel: 'D0001', tab: 'messages', event_ts: '1700000007.000100' });
    await sleep(150);
    expect(env.fake.callsTo('views.publish')).toHaveLength(0);
  });
});

describe('buttons', () => {
  const responseUrl = () => env.fake.responseUrl();
  const ephemeralContainer = { type: 'message', message_ts: '1700000010.000100', channel_id: 'C0001', is_ephemeral: true };
  const click = (action: { action_id: string; value: string }, extra: Record<string, unknown> = {}) =>
    env.bot.action({
      container: ephemeralContainer,
      channel: { id: 'C0001', name: 'general' },
      response_url: responseUrl(),
      actions: [{ type: 'button', block_id: 'b1', text: { type: 'plain_text', text: 'x' }, action_ts: '1700000010.1', ...action }],
      ...extra,
    });
  const answerFor = async (text: string): Promise<Block[]> => ((await (await env.bot.command(text)).json()) as { blocks: Block[] }).blocks;

  it('Share in channel posts the answer publicly and removes the private copy', async () => {
    const share = buttons(await answerFor('what is Ark?')).find((b) => b.action_id === 'kubecon_share')!;
    expect((await click({ action_id: share.action_id, value: share.value })).status).toBe(200);
    const [posted, deleted] = await env.fake.waitFor('response_url', 2);
    expect(posted!.body).toMatchObject({ response_type: 'in_channel' });
    expect(texts(posted!.body.blocks as Block[])).toContain('<@U0001> asked: `/kubecon what is Ark?`');
    expect(header(posted!.body.blocks as Block[])).toBe('Ark');
    expect(buttons(posted!.body.blocks as Block[]).map((b) => b.action_id)).not.toContain('kubecon_share');
    expect(deleted!.body).toMatchObject({ delete_original: true });
  });

  it('a suggestion button runs the suggested question', async () => {
    const suggestion = buttons(await answerFor('what is blokchain')).find((b) => b.action_id.startsWith('kubecon_suggest'))!;
    await click({ action_id: suggestion.action_id, value: suggestion.value });
    const [reply] = await env.fake.waitFor('response_url');
    expect(reply!.body).toMatchObject({ response_type: 'ephemeral', replace_original: false });
    expect(texts(reply!.body.blocks as Block[])).toContain(`You asked: \`/kubecon ${suggestion.value}\``);
  });

  it('"Did you mean" offers the close name as a button', async () => {
    const labels = buttons(await answerFor('who talked about rooks storage on the moon')).map((b) => b.text.text);
    expect(labels).toContain('What is Rook?');
  });

  it('Show more brings the next page of a long answer', async () => {
    const first = await answerFor('session spinnaker');
    expect(header(first)).toMatch(/\(1\/2\)$/);
    const more = buttons(first).find((b) => b.action_id.startsWith('kubecon_more'))!;
    await click({ action_id: more.action_id, value: more.value });
    const [reply] = await env.fake.waitFor('response_url');
    expect(header(reply!.body.blocks as Block[])).toMatch(/\(2\/2\)$/);
    expect(texts(reply!.body.blocks as Block[])).toContain('Guardrails, not Gates');
  });

  it('a session button on an ephemeral answer shows the session there', async () => {
    const details = buttons(await answerFor('heptio talks')).find((b) => b.action_id.startsWith('kubecon_session'))!;
    await click({ action_id: details.action_id, value: details.value });
    const [reply] = await env.fake.waitFor('response_url');
    expect(header(reply!.body.blocks as Block[])).toBe('The Road Ahead on the Kubernetes Journey');
  });

  it('a session button in App Home opens a modal', async () => {
    await env.bot.action({
      container: { type: 'view', view_id: 'V0001' },
      view: { id: 'V0001', type: 'home', blocks: [] },
      actions: [
        { type: 'button', action_id: 'kubecon_session:home:0', block_id: 'b', value: 'disaster-recovery-for-your-kubernetes-clusters', text: { type: 'plain_text', text: 'Details' }, action_ts: '1' },
      ],
    });
    const [call] = await env.fake.waitFor('views.open');
    const view = call!.body.view as { type: string; blocks: Block[] };
    expect(call!.body.trigger_id).toBe('123.456.abc');
    expect(view.type).toBe('modal');
    expect(header(view.blocks)).toBe('Disaster Recovery for your Kubernetes Clusters');
  });

  it('a button under a public thread reply answers in that thread', async () => {
    await env.bot.action({
      container: { type: 'message', message_ts: '1700000020.000100', channel_id: 'C0001', is_ephemeral: false },
      channel: { id: 'C0001', name: 'general' },
      message: { type: 'message', ts: '1700000020.000100', thread_ts: '1700000019.000001', text: 'x' },
      response_url: responseUrl(),
      actions: [{ type: 'button', action_id: 'kubecon_suggest:0', block_id: 'b', value: 'what is Envoy', text: { type: 'plain_text', text: 'x' }, action_ts: '1' }],
    });
    const [post] = await env.fake.waitFor('chat.postMessage');
    expect(post!.body).toMatchObject({ channel: 'C0001', thread_ts: '1700000019.000001' });
    expect(header(post!.body.blocks as Block[])).toBe('Envoy');
  });

  it.each([
    ['kubecon_feedback_up', 'up', 'Thanks, glad it helped!'],
    ['kubecon_feedback_down', 'down', 'Thanks for telling me.'],
  ])('%s is acknowledged and logged with the question', async (actionId, vote, reply) => {
    const button = buttons(await answerFor('what is Envoy')).find((b) => b.action_id === actionId)!;
    await click({ action_id: button.action_id, value: button.value });
    const [ack] = await env.fake.waitFor('response_url');
    expect(String(ack!.body.text)).toContain(reply);
    const logged = env.bot.logs.map((l) => JSON.parse(l) as Record<string, unknown>).find((l) => l.msg === 'feedback' && l.vote === vote);
    // The cleaned question, for `npm run insights`, and never who clicked on the same line.
    expect(logged).toMatchObject({ question: 'what is envoy', intent: 'define', team: 'T0001' });
    expect(logged).not.toHaveProperty('user');
  });

  it('a tampered button value gets a polite note, not a crash', async () => {
    await click({ action_id: 'kubecon_more:1', value: '{not json' });
    const [note] = await env.fake.waitFor('response_url');
    expect(String(note!.body.text)).toContain('expired');
  });
});
