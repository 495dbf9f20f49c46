import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { tallyLogs } from '../../src/insights/logs.js';
import { BOT_TOKEN, SIGNING_SECRET, startBot, type RunningBot } from '../helpers/bot.js';
import { startFakeSlack, type FakeSlack } from '../helpers/fake-slack.js';
import { describeWithRedis, redisAndFakeSlack } from '../helpers/redis.js';

type Block = { type: string; text?: { text: string }; elements?: Array<{ text?: string }>; accessory?: { type: string } };
type Btn = { action_id: string; value: string };
const header = (blocks: Block[]): string | undefined => blocks.find((b) => b.type === 'header')?.text?.text;
const sections = (blocks: Block[]): string[] => blocks.filter((b) => b.type === 'section').map((b) => b.text!.text);
const buttons = (blocks: Block[]): Btn[] => blocks.flatMap((b) => (b.type === 'actions' ? (b.elements as unknown as Btn[]) : []));
const ADMIN = 'U0ADMIN01';

async function until(done: () => boolean, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!done()) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** Asks the way people do: slash commands, a mention, a DM, the shortcut; and votes 👎 once. */
async function traffic(fake: FakeSlack, bot: RunningBot, tag: string): Promise<void> {
  for (const q of ['what is blockchain', 'What is blockchain?', 'what is Ark?', 'what is ark', 'kubernetes on mars', 'what is Envoy']) {
    expect((await bot.command(q)).status).toBe(200);
  }
  await bot.event({ type: 'app_mention', channel: 'C0001', user: 'U0002', text: '<@UBOT> what is blockchain', ts: `17000009${tag}.000100`, team: 'T0001' });
  await bot.event({ type: 'message', channel_type: 'im', channel: 'D0001', user: 'U0003', text: 'what is Ark', ts: `17000009${tag}.000200`, team: 'T0001' });
  await fake.waitFor('chat.postMessage', 2);
  await bot.shortcut({ text: 'kubernetes on mars?' });
  await fake.waitFor('chat.postEphemeral');
  const envoy = (await (await bot.command('what is Envoy')).json()) as { blocks: Block[] };
  const down = buttons(envoy.blocks).find((b) => b.action_id === 'kubecon_feedback_down')!;
  await bot.action({
    container: { type: 'message', message_ts: '1700000010.000100', channel_id: 'C0001', is_ephemeral: true },
    channel: { id: 'C0001', name: 'general' },
    response_url: fake.responseUrl(),
    actions: [{ type: 'button', block_id: 'b1', text: { type: 'plain_text', text: '👎' }, action_ts: '1700000010.1', ...down }],
  });
  await fake.waitFor('response_url');
}

const insights = async (bot: RunningBot, user: string) => (await (await bot.command('insights', { user_id: user })).json()) as { response_type: string; blocks: Block[]; text: string };

describe('/kubecon insights, end to end over HTTP', () => {
  let fake: FakeSlack;
  let bot: RunningBot;
  beforeAll(async () => {
    fake = await startFakeSlack();
    bot = await startBot(fake, { env: { ADMIN_USER_IDS: `UOTHER001,${ADMIN}` } });
    await traffic(fake, bot, '01');
  });
  afterAll(async () => {
    await bot.stop();
    await fake.close();
  });
  beforeEach(() => {
    fake.calls.length = 0;
  });

  it('shows an admin the three lists: not covered, 👎 and most asked', async () => {
    const reply = await insights(bot, ADMIN);
    expect(reply.response_type).toBe('ephemeral');
    expect(header(reply.blocks)).toBe('What people could not find');
    const [unanswered, unhelpful, asked] = sections(reply.blocks);
    expect(unanswered).toBe('*Not covered: asked, but the report has no answer*\n 1. `what is blockchain` (3×)\n 2. `kubernetes on mars` (2×)');
    expect(unhelpful).toBe('*👎 Not helpful: answers voted down, by question*\n 1. `what is envoy` (1×)');
    expect(asked).toBe('*Most asked*\n 1. `what is ark` (3×)\n 2. `what is blockchain` (3×)\n 3. `kubernetes on mars` (2×)\n 4. `what is envoy` (2×)');
  });

  it('gives anyone else the ordinary help, and counts nothing for it', async () => {
    const reply = await insights(bot, 'U0001');
    expect(header(reply.blocks)).toBe('Ask me about KubeCon 2017 Austin');
    expect(JSON.stringify(reply.blocks)).not.toContain('blockchain');
    const again = await insights(bot, ADMIN);
    expect(sections(again.blocks)[2]).not.toContain('insights');
    expect(sections(again.blocks)[2]).not.toContain('help');
  });

  it('logs one question event per question asked, with no user id, and the same lists come out of the logs', async () => {
    const events = bot.logs.map((l) => JSON.parse(l) as Record<string, unknown>).filter((l) => l.msg === 'question' || l.msg === 'feedback');
    expect(events.filter((e) => e.msg === 'question')).toHaveLength(10);
    for (const e of events) {
      for (const key of ['user', 'user_id', 'channel']) expect(e).not.toHaveProperty(key);
      expect(JSON.stringify(e)).not.toMatch(/U000[123]|U0ADMIN01/);
    }
    const fromLogs = await tallyLogs(bot.logs);
    const shown = sections((await insights(bot, ADMIN)).blocks);
    expect(shown[0]).toContain(`\`${fromLogs.report.unanswered[0]!.text}\` (${fromLogs.report.unanswered[0]!.count}×)`);
    expect(fromLogs.report.unhelpful).toEqual([{ text: 'what is envoy', count: 1 }]);
    expect(fromLogs.report.asked.slice(0, 2)).toEqual([
      { text: 'what is ark', count: 3 },
      { text: 'what is blockchain', count: 3 },
    ]);
  });

  it("never shows or logs a token someone pasted into a question, nor the bot's secrets", async () => {
    await bot.command('why does xoxb-9999-8888-AbCdEfGh not work');
    const shown = JSON.stringify((await insights(bot, ADMIN)).blocks);
    expect(shown).toContain('why does [redacted] not work');
    expect(shown).not.toContain('xoxb-9999');
    const logs = bot.logs.join('\n');
    for (const secret of ['xoxb-9999', BOT_TOKEN, SIGNING_SECRET]) expect(logs).not.toContain(secret);
  });
});

describeWithRedis('/kubecon insights with Redis, two instances', () => {
  const shared = redisAndFakeSlack();

  it('counts on one instance and shows the admin the same lists on another', async () => {
    const env = { REDIS_URL: shared.redis.url, ADMIN_USER_IDS: ADMIN };
    const one = await startBot(shared.fake, { env });
    const two = await startBot(shared.fake, { env });
    try {
      // Counts made before the connection is up stay in that instance's memory: wait for it.
      for (const bot of [one, two]) await until(() => bot.logs.some((l) => l.includes('insights redis connected')));
      await traffic(shared.fake, one, '02');
      await new Promise((r) => setTimeout(r, 100));
      const [unanswered, unhelpful, asked] = sections((await insights(two, ADMIN)).blocks);
      expect(unanswered).toContain(' 1. `what is blockchain` (3×)');
      expect(unhelpful).toContain(' 1. `what is envoy` (1×)');
      expect(asked).toContain('`what is ark` (3×)');
    } finally {
      await one.stop();
      await two.stop();
    }
  });
});
