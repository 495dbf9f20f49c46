import { describe, expect, it } from 'vitest';
import { BOT_TOKEN, dm, withBot } from '../helpers/bot.js';
import { LOOKING_IT_UP, suggestedPrompts } from '../../src/slack/listeners/assistant.js';
import { austin } from '../helpers/knowledge.js';

/** Blocks as they come back over the wire: only what the assertions read. */
type Block = { type: string; text?: { text: string }; elements?: { text?: string }[] };
const env = withBot();

const header = (blocks: unknown): string | undefined => (blocks as Block[]).find((b) => b.type === 'header')?.text?.text;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
let clock = 1_700_300_000;
/** A fresh Slack timestamp for each message. */
const nextTs = (): string => `${++clock}.000100`;

describe('suggestedPrompts', () => {
  it("takes up to 4 of the command registry's examples, filled in from the report", () => {
    const prompts = suggestedPrompts(austin());
    expect(prompts.map((p) => p.message)).toEqual(['what is Ark?', expect.stringMatching(/^speaker \w+/), expect.stringMatching(/^who talked about /), expect.stringMatching(/^keynotes/)]);
    for (const p of prompts) expect(p.title.length).toBeLessThanOrEqual(75);
  });
});

/** Slack's event for a new assistant thread. */
const started = (threadTs: string, channel = 'D0001') => ({
  type: 'assistant_thread_started',
  assistant_thread: { user_id: 'U0001', context: { channel_id: 'C0001', team_id: 'T0001', enterprise_id: null }, channel_id: channel, thread_ts: threadTs },
  event_ts: nextTs(),
});

describe('the assistant panel', () => {
  it('greets a new thread and suggests prompts from the command registry', async () => {
    const thread = nextTs();
    expect((await env.bot.event(started(thread))).status).toBe(200);
    const [prompts] = await env.fake.waitFor('assistant.threads.setSuggestedPrompts');
    const [greeting] = env.fake.callsTo('chat.postMessage');
    expect(greeting!.body).toMatchObject({ channel: 'D0001', thread_ts: thread });
    expect(String(greeting!.body.text)).toContain('Ask me about KubeCon 2017 Austin');
    expect(prompts!.body).toMatchObject({ channel_id: 'D0001', thread_ts: thread });
    const list = prompts!.body.prompts as { title: string; message: string }[];
    expect(list.length).toBeGreaterThan(0);
    expect(list.length).toBeLessThanOrEqual(4);
    expect(list.map((p) => p.message)).toContain('what is Ark?');
    // A redelivered thread_started greets once.
    await env.bot.event(started(thread), { retryNum: 1 });
    await sleep(150);
    expect(env.fake.callsTo('chat.postMessage')).toHaveLength(1);
  });

  it('answers in the thread with a status while it looks, titles the thread, and follows up', async () => {
    const thread = nextTs();
    await env.bot.event(started(thread));
    await env.fake.waitFor('assistant.threads.setSuggestedPrompts');
    env.fake.calls.length = 0;

    await env.bot.event(dm('who talked about helm?', nextTs(), thread));
    const [answer] = await env.fake.waitFor('chat.postMessage');
    const [status] = env.fake.callsTo('assistant.threads.setStatus');
    expect(status!.body).toMatchObject({ channel_id: 'D0001', thread_ts: thread, status: LOOKING_IT_UP });
    expect(status!.at).toBeLessThanOrEqual(answer!.at);
    expect(answer!.body).toMatchObject({ channel: 'D0001', thread_ts: thread });
    expect(header(answer!.body.blocks)).toBe('Who talked about Helm');
    // Answered by the Assistant's listener, not by the plain DM one.
    const answered = env.bot.logs.map((l) => JSON.parse(l) as Record<string, unknown>).filter((l) => l.msg === 'answered' && l.channel === 'D0001');
    expect(answered.at(-1)).toMatchObject({ surface: 'assistant', intent: 'topic', followUp: false });
    const [title] = await env.fake.waitFor('assistant.threads.setTitle');
    expect(title!.body).toMatchObject({ channel_id: 'D0001', thread_ts: thread, title: 'who talked about helm?' });

    await env.bot.event(dm('when was it?', nextTs(), thread));
    const [, followUp] = await env.fake.waitFor('chat.postMessage', 2);
    expect(followUp!.body.thread_ts).toBe(thread);
    expect(JSON.stringify(followUp!.body.blocks)).toContain('Day #2 (Thursday)');
    expect(env.fake.callsTo('assistant.threads.setStatus')).toHaveLength(2);
    await sleep(100);
    expect(env.fake.callsTo('assistant.threads.setTitle')).toHaveLength(1);
  });

  it('answers once when an assistant-thread message also arrives as an app_mention, and on a retry', async () => {
    const thread = nextTs();
    const ts = nextTs();
    const message = dm('<@UBOT> what is rook', ts, thread);
    await Promise.all([env.bot.event(message, { eventId: 'EvAs1' }), env.bot.event({ ...message, type: 'app_mention' }, { eventId: 'EvAs2' })]);
    await env.bot.event(message, { eventId: 'EvAs1', retryNum: 1 });
    await env.fake.waitFor('chat.postMessage');
    await sleep(200);
    expect(env.fake.callsTo('chat.postMessage')).toHaveLength(1);
  });

  it('leaves a plain DM (no thread: a workspace without the assistant) to the DM listener', async () => {
    await env.bot.event(dm('keynotes day 2', nextTs()));
    const [post] = await env.fake.waitFor('chat.postMessage');
    expect(post!.body.thread_ts).toBeUndefined();
    expect(env.fake.callsTo('assistant.threads.setStatus')).toHaveLength(0);
    const answered = env.bot.logs.map((l) => JSON.parse(l) as Record<string, unknown>).filter((l) => l.msg === 'answered');
    expect(answered.at(-1)).toMatchObject({ surface: 'dm', intent: 'keynotes' });
  });

  it("leaves the bot's own messages in the thread alone", async () => {
    const thread = nextTs();
    await env.bot.event({ ...dm('Hi! Ask me about KubeCon', nextTs(), thread), user: 'UBOT', bot_id: 'BBOT' });
    await sleep(150);
    expect(env.fake.callsTo('chat.postMessage')).toHaveLength(0);
    expect(env.fake.callsTo('assistant.threads.setStatus')).toHaveLength(0);
  });
});

describe('the assistant panel in a workspace without the assistant feature', () => {
  // A bot of its own: what it learns of this workspace must not reach the tests above.
  const env = withBot();

  it('answers in the thread when the workspace has no assistant feature, warns once, and stops asking', async () => {
    const logs = (): Record<string, unknown>[] => env.bot.logs.map((l) => JSON.parse(l) as Record<string, unknown>);
    const before = env.bot.logs.length;
    // Slack refuses each assistant call once; a retry (or the next message's call) would go through and be recorded.
    env.fake.fail('assistant.threads.setSuggestedPrompts', { error: 'feature_not_enabled' });
    env.fake.fail('assistant.threads.setStatus', { error: 'not_allowed_token_type' });
    env.fake.fail('assistant.threads.setTitle', { error: 'unknown_method' });
    const thread = nextTs();
    await env.bot.event(started(thread)); // greets, but the prompts are refused
    await env.fake.waitFor('chat.postMessage');
    await env.bot.event(dm('who talked about helm?', nextTs(), thread));
    const [, answer] = await env.fake.waitFor('chat.postMessage', 2);
    expect(answer!.body).toMatchObject({ channel: 'D0001', thread_ts: thread });
    expect(header(answer!.body.blocks)).toBe('Who talked about Helm');
    await sleep(150);
    // A follow-up in the same workspace: answered, and no assistant call that cannot succeed.
    await env.bot.event(dm('when was it?', nextTs(), thread));
    await env.fake.waitFor('chat.postMessage', 3);
    await env.bot.event(started(nextTs()));
    await env.fake.waitFor('chat.postMessage', 4);
    await sleep(150);
    expect(env.fake.callsTo('assistant.threads.setStatus')).toHaveLength(0);
    expect(env.fake.callsTo('assistant.threads.setTitle')).toHaveLength(0);
    expect(env.fake.callsTo('assistant.threads.setSuggestedPrompts')).toHaveLength(0);
    const lines = logs().slice(before);
    const warned = lines.filter((l) => l.level === 'warn');
    expect(warned.map((l) => l.slackError).sort()).toEqual(['feature_not_enabled', 'not_allowed_token_type', 'unknown_method']);
    expect(warned.every((l) => l.team === 'T0001')).toBe(true);
    expect(lines.filter((l) => l.level === 'error')).toEqual([]);
    expect(env.bot.logs.slice(before).join('\n')).not.toContain(BOT_TOKEN);
  });
});
