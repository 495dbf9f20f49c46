import { describe, expect, it } from 'vitest';
import { dm, withBot } from '../helpers/bot.js';

/** Blocks as they come back over the wire: only what the assertions read. */
type Block = { type: string; text?: { text: string }; elements?: { text?: string }[] };
const env = withBot();

const header = (blocks: unknown): string | undefined => (blocks as Block[]).find((b) => b.type === 'header')?.text?.text;
let clock = 1_700_100_000;
/** A fresh Slack timestamp for each message. */
const nextTs = (): string => `${++clock}.000100`;

/** An `@kubecon …` in #general, as Slack sends it; `thread_ts` when it is written in a thread. */
const mention = (text: string, ts: string, threadTs?: string) => ({
  type: 'app_mention',
  user: 'U0001',
  text: `<@UBOT> ${text}`,
  ts,
  channel: 'C0001',
  event_ts: ts,
  team: 'T0001',
  client_msg_id: `m-${ts}`,
  ...(threadTs ? { thread_ts: threadTs, parent_user_id: 'U0001' } : {}),
});

describe('follow-ups in a thread', () => {
  it('reads "when was it?" against the thread\'s last answer, and answers with the day', async () => {
    const root = nextTs();
    await env.bot.event(mention('who talked about helm?', root));
    const [first] = await env.fake.waitFor('chat.postMessage');
    expect(first!.body.thread_ts).toBe(root);
    expect(header(first!.body.blocks)).toBe('Who talked about Helm');

    await env.bot.event(mention('when was it?', nextTs(), root));
    const [, second] = await env.fake.waitFor('chat.postMessage', 2);
    expect(second!.body).toMatchObject({ channel: 'C0001', thread_ts: root });
    const body = JSON.stringify(second!.body.blocks);
    expect(header(second!.body.blocks)).toBe('Building Helm Charts From the Ground Up: An Introduction to Kubernetes');
    expect(body).toContain('Day #2 (Thursday)');
    expect(body).toContain('Reading it as: when was');
  });

  it('answers thread replies from the answer cache, keyed on the question they stand for', async () => {
    const answered = () => env.bot.logs.map((l) => JSON.parse(l) as Record<string, unknown>).filter((l) => l.msg === 'answered');
    // "and on day 2?" after "keynotes day 1" stands for "keynotes day 2", which /kubecon answered.
    await env.bot.command('keynotes  day 2');
    const root = nextTs();
    await env.bot.event(mention('keynotes day 1', root));
    await env.fake.waitFor('chat.postMessage');
    await env.bot.event(mention('and on day 2?', nextTs(), root));
    const [, followUp] = await env.fake.waitFor('chat.postMessage', 2);
    expect(answered().slice(-2)).toMatchObject([
      { surface: 'mention', cached: false },
      { surface: 'mention', cached: true, followUp: true },
    ]);
    expect(header(followUp!.body.blocks)).toMatch(/^Keynotes — Day #2/);
    expect(JSON.stringify(followUp!.body.blocks)).toContain('Reading it as: keynotes day 2');
    // The same question in another thread: the same reply, from the cache.
    const again = nextTs();
    await env.bot.event(mention('keynotes day 1', again));
    const [, , repeated] = await env.fake.waitFor('chat.postMessage', 3);
    expect(answered().at(-1)).toMatchObject({ surface: 'mention', cached: true, followUp: false });
    const [first] = env.fake.callsTo('chat.postMessage');
    expect(repeated!.body.blocks).toEqual(first!.body.blocks);
  });

  it('keeps threads apart: a follow-up in another thread has nothing to follow', async () => {
    const helm = nextTs();
    await env.bot.event(mention('who talked about helm?', helm));
    await env.fake.waitFor('chat.postMessage');
    await env.bot.event(mention('when was it?', nextTs(), nextTs()));
    const [, other] = await env.fake.waitFor('chat.postMessage', 2);
    expect(JSON.stringify(other!.body.blocks)).not.toContain('Helm');
  });

  it('"more" shows the next page of the last answer', async () => {
    const root = nextTs();
    await env.bot.event(mention('agenda', root));
    const [first] = await env.fake.waitFor('chat.postMessage');
    expect(header(first!.body.blocks)).toMatch(/^Agenda — all days \(1\/\d+\)$/);
    await env.bot.event(mention('more', nextTs(), root));
    const [, second] = await env.fake.waitFor('chat.postMessage', 2);
    expect(header(second!.body.blocks)).toMatch(/^Agenda — all days \(2\/\d+\)$/);
  });
  it('"more" after a one-page list says there is no next page, and opens no session', async () => {
    const root = nextTs();
    await env.bot.event(mention('keynotes day 2', root));
    await env.fake.waitFor('chat.postMessage');
    await env.bot.event(mention('more', nextTs(), root));
    const [, second] = await env.fake.waitFor('chat.postMessage', 2);
    expect(second!.body.thread_ts).toBe(root);
    expect(header(second!.body.blocks)).toBe('No next page');
    expect(JSON.stringify(second!.body.blocks)).toContain('that was all of \\"keynotes day 2\\"');
  });
});

describe('follow-ups in a DM', () => {
  it('"and on day 2?" asks the last DM question again for day 2', async () => {
    await env.bot.event(dm('keynotes day 1', nextTs(), undefined, 'D0042'));
    await env.fake.waitFor('chat.postMessage');
    await env.bot.event(dm('and on day 2?', nextTs(), undefined, 'D0042'));
    const [, second] = await env.fake.waitFor('chat.postMessage', 2);
    expect(second!.body.channel).toBe('D0042');
    expect(second!.body.thread_ts).toBeUndefined();
    expect(header(second!.body.blocks)).toBe('Keynotes — Day #2 (Thursday)');
  });

  it('belongs to the conversation, not to who asked (nothing about the user is kept)', async () => {
    await env.bot.event(dm('who is kelsey hightower', nextTs(), undefined, 'D0043'));
    await env.fake.waitFor('chat.postMessage');
    // Keys are channel (+ thread) only and turns hold no user id (thread-context.test.ts): a
    // message from another user id in the same conversation continues it.
    await env.bot.event({ ...dm('what else did he say?', nextTs(), undefined, 'D0043'), user: 'U0999' });
    const [, second] = await env.fake.waitFor('chat.postMessage', 2);
    expect(header(second!.body.blocks)).toContain('Kelsey Hightower');
  });
});
