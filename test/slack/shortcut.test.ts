import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startBot, type RunningBot } from '../helpers/bot.js';
import { startFakeSlack, type FakeSlack } from '../helpers/fake-slack.js';

type Block = { type: string; text?: { text: string }; elements?: unknown[]; accessory?: { type: string } };
const header = (blocks: Block[]): string | undefined => blocks.find((b) => b.type === 'header')?.text?.text;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('"Ask KubeCon bot" message shortcut, end to end over HTTP', () => {
  let fake: FakeSlack;
  let bot: RunningBot;
  beforeAll(async () => {
    fake = await startFakeSlack();
    bot = await startBot(fake);
  });
  afterAll(async () => {
    await bot.stop();
    await fake.close();
  });
  beforeEach(() => {
    fake.calls.length = 0;
  });

  it('answers the message privately to whoever clicked, ephemeral in that channel', async () => {
    const res = await bot.shortcut({ text: 'hey folks, what is Ark? anyone?', user: 'U0002' });
    expect(res.status).toBe(200);
    const [post] = await fake.waitFor('chat.postEphemeral');
    expect(post!.body).toMatchObject({ channel: 'C0001', user: 'U0001' });
    const blocks = post!.body.blocks as Block[];
    expect(header(blocks)).toBe('Ark');
    expect(JSON.stringify(blocks)).toContain('Heptio *Ark* allows to do restore');
    expect(JSON.stringify(blocks)).toContain('kubecon_feedback_down');
    expect(String(post!.body.text)).toMatch(/^Ark: /);
    await sleep(100);
    expect(fake.callsTo('chat.postMessage')).toHaveLength(0);
    expect(fake.callsTo('views.open')).toHaveLength(0);
  });

  it('logs the question for the insights without who asked', async () => {
    await bot.shortcut({ text: 'What is Rook?' });
    await fake.waitFor('chat.postEphemeral');
    const line = bot.logs.map((l) => JSON.parse(l) as Record<string, unknown>).find((l) => l.msg === 'question' && l.question === 'what is rook');
    expect(line).toMatchObject({ surface: 'shortcut', intent: 'define', matched: true });
    expect(Object.keys(line!).sort()).toEqual(['intent', 'level', 'matched', 'msg', 'name', 'question', 'surface', 'time']);
  });

  it.each([
    ['channel_not_found', 'a DM between two other people'],
    ['not_in_channel', 'a channel the bot was never added to'],
  ])('opens a modal when Slack answers %s (%s)', async (error) => {
    fake.fail('chat.postEphemeral', { error });
    await bot.shortcut({ text: 'who is kelsey hightower' }, { channel: { id: 'D0777', name: 'directmessage' } });
    const [open] = await fake.waitFor('views.open');
    expect(open!.body.trigger_id).toBe('123.456.abc');
    const view = open!.body.view as { type: string; blocks: Block[]; title: { text: string } };
    expect(view.type).toBe('modal');
    expect(header(view.blocks)).toBe('Kelsey Hightower');
    expect(view.blocks.length).toBeLessThanOrEqual(100);
    expect(bot.logs.some((l) => l.includes('shortcut answered in a modal') && l.includes(error))).toBe(true);
  });

  it('repeats the ephemeral once Slack recovers from a 500, and posts it once', async () => {
    fake.fail('chat.postEphemeral', { status: 500 });
    await bot.shortcut({ text: 'what is Envoy' });
    const [post] = await fake.waitFor('chat.postEphemeral');
    expect(header(post!.body.blocks as Block[])).toBe('Envoy');
    await sleep(150);
    expect(fake.callsTo('chat.postEphemeral')).toHaveLength(1);
    expect(fake.callsTo('views.open')).toHaveLength(0);
  });

  it.each([
    ['a files-only message', { text: '', files: [{ id: 'F0001', name: 'slides.pdf' }] }],
    ['a message with only a mention and an emoji', { text: '<@U0003> :tada:' }],
    ['a message without text at all', { subtype: 'file_share' }],
  ])('gets a friendly note for %s', async (_name, message) => {
    const res = await bot.shortcut(message);
    expect(res.status).toBe(200);
    const [post] = await fake.waitFor('chat.postEphemeral');
    expect(String(post!.body.text)).toContain('That message has no text I can read');
    expect(post!.body).toMatchObject({ channel: 'C0001', user: 'U0001' });
  });

  it('reads a bot message by its attachments when it has no text', async () => {
    await bot.shortcut({ text: '', bot_id: 'B0009', attachments: [{ fallback: 'what is Envoy', text: 'what is Envoy' }] });
    const [post] = await fake.waitFor('chat.postEphemeral');
    expect(header(post!.body.blocks as Block[])).toBe('Envoy');
  });

  it('escapes what it echoes from the message', async () => {
    await bot.shortcut({ text: 'what is <!channel> & <@U0002>?' });
    const [post] = await fake.waitFor('chat.postEphemeral');
    const raw = JSON.stringify(post!.body.blocks);
    expect(raw).not.toContain('<!channel>');
    expect(raw).not.toContain('<@U0002>');
  });

  it('acknowledges another shortcut of the app and does nothing', async () => {
    const res = await bot.shortcut({ text: 'what is Ark?' }, { callback_id: 'something_else' });
    expect(res.status).toBe(200);
    await sleep(150);
    expect(fake.calls.filter((c) => c.method !== 'auth.test')).toHaveLength(0);
  });
});
