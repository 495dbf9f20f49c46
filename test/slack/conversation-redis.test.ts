import { expect, it } from 'vitest';
import { startBot } from '../helpers/bot.js';
import { describeWithRedis, redisAndFakeSlack } from '../helpers/redis.js';

// CI installs redis-server (see .ci/run); a machine without it skips these and the summary says so.
/** Waits until both of a bot's stores (reply-once and conversations) have connected to Redis. */
async function connected(bot: { logs: string[] }): Promise<void> {
  for (let waited = 0; waited < 5_000; waited += 25) {
    const lines = bot.logs.filter((l) => l.includes('"redis connected"'));
    if (lines.length >= 2 && lines.some((l) => l.includes('"conversations"'))) return;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error('the bot did not connect to Redis within 5 s');
}
const header = (blocks: unknown): string | undefined => (blocks as { type: string; text?: { text: string } }[]).find((b) => b.type === 'header')?.text?.text;

describeWithRedis('follow-ups across instances sharing Redis', () => {
  const env = redisAndFakeSlack();

  it('understands a DM follow-up after another instance answered the first question', async () => {
    const one = await startBot(env.fake, { env: { REDIS_URL: env.redis.url } });
    const two = await startBot(env.fake, { env: { REDIS_URL: env.redis.url } });
    try {
      await Promise.all([connected(one), connected(two)]);
      env.fake.calls.length = 0;
      const dm = (text: string, ts: string) => ({ type: 'message', channel_type: 'im', channel: 'D0777', user: 'U0001', text, ts, event_ts: ts, team: 'T0001', client_msg_id: `m-${ts}` });
      await one.event(dm('who talked about helm?', '1700200000.000100'));
      const [first] = await env.fake.waitFor('chat.postMessage');
      expect(header(first!.body.blocks)).toBe('Who talked about Helm');
      expect(one.logs.some((l) => l.includes('"answered"') && l.includes('D0777'))).toBe(true);

      await two.event(dm('when was it?', '1700200001.000100'));
      const [, second] = await env.fake.waitFor('chat.postMessage', 2);
      expect(second!.body.channel).toBe('D0777');
      expect(JSON.stringify(second!.body.blocks)).toContain('Day #2 (Thursday)');
      // The second instance answered it, as a follow-up.
      expect(two.logs.some((l) => l.includes('"answered"') && l.includes('"followUp":true'))).toBe(true);
    } finally {
      await one.stop();
      await two.stop();
    }
  });

  it('without a shared Redis, the other instance cannot know (the control)', async () => {
    const one = await startBot(env.fake);
    const two = await startBot(env.fake);
    try {
      env.fake.calls.length = 0;
      const dm = (text: string, ts: string) => ({ type: 'message', channel_type: 'im', channel: 'D0778', user: 'U0001', text, ts, event_ts: ts, team: 'T0001' });
      await one.event(dm('who talked about helm?', '1700200010.000100'));
      await env.fake.waitFor('chat.postMessage');
      await two.event(dm('when was it?', '1700200011.000100'));
      const [, second] = await env.fake.waitFor('chat.postMessage', 2);
      expect(JSON.stringify(second!.body.blocks)).not.toContain('Building Helm Charts');
    } finally {
      await one.stop();
      await two.stop();
    }
  });
});
