import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tallyLogs } from '../../src/insights/logs.js';
import { SIGNING_SECRET, startBot, withBot, type RunningBot } from '../helpers/bot.js';
import { startFakeSlack, type FakeSlack } from '../helpers/fake-slack.js';

/** What the logs tell an operator, through the real app over HTTP against the fake Slack. */
describe('log lines that say what happened', () => {
  const env = withBot();
  const parsed = () => env.bot.logs.map((l) => JSON.parse(l) as Record<string, unknown>);
  const until = async (done: () => boolean): Promise<void> => {
    for (let i = 0; i < 100 && !done(); i++) await new Promise((r) => setTimeout(r, 20));
  };

  it('a call Slack refuses (invalid_auth) is logged as refused, not as a connection that failed mid-request', async () => {
    env.fake.fail('chat.postMessage', { error: 'invalid_auth' });
    await env.bot.event({ type: 'app_mention', channel: 'C0001', user: 'U0001', text: '<@UBOT> what is Ark?', ts: '1700500000.000100', team: 'T0001' });
    await until(() => parsed().some((l) => l.msg === 'reply failed'));
    const failure = parsed().find((l) => l.msg === 'reply failed');
    expect(failure).toMatchObject({ slackError: 'invalid_auth', why: 'Slack refused it' });
    expect(failure).not.toHaveProperty('cause');
    expect(JSON.stringify(parsed())).not.toContain('connection failed mid-request');
  });
});

describe('secrets and tokens typed into a question', () => {
  const ADMIN = 'U0ADMIN01';
  let fake: FakeSlack;
  let bot: RunningBot;
  beforeAll(async () => {
    fake = await startFakeSlack();
    bot = await startBot(fake, { env: { ADMIN_USER_IDS: ADMIN } });
  });
  afterAll(async () => {
    await bot.stop();
    await fake.close();
  });
  const shown = async () => JSON.stringify(((await (await bot.command('insights', { user_id: ADMIN })).json()) as { blocks: unknown[] }).blocks);

  it('refresh (xoxe-) and rotating (xoxe.xoxb-) tokens are redacted like any token', async () => {
    const refresh = 'xoxe-1-My0xLTEyMzQ1Njc4OTAtMTIzNDU2Nzg5MC1hYmNkZWY';
    const rotating = 'xoxe.xoxb-1-MS0yLTM0NTY3ODkwLWFiY2RlZmdoaWprbG1ub3A';
    await bot.command(`why does ${refresh} fail`);
    await bot.event({ type: 'app_mention', channel: 'C0001', user: 'U0001', text: `<@UBOT> is ${rotating} safe`, ts: '1700510000.000100', team: 'T0001' });
    await fake.waitFor('chat.postMessage');
    const view = await shown();
    expect(view).toContain('why does [redacted] fail');
    expect(view).toContain('is [redacted] safe');
    for (const token of [refresh, rotating, 'xoxe-1-My0x', 'xoxe.xoxb']) {
      expect(bot.logs.join('\n')).not.toContain(token);
      expect(view).not.toContain(token);
    }
  });

  it('a signing secret where the question is cut to 120 characters leaves no part of it in the logs or the insights', async () => {
    // The secret starts at character 95 of the key: a cut at 120 goes through it.
    const lead = `${'word '.repeat(19)}`;
    expect(lead.length).toBe(95);
    await bot.command(`${lead}${SIGNING_SECRET} please`);
    await bot.event({ type: 'app_mention', channel: 'C0001', user: 'U0001', text: `<@UBOT> ${lead}${SIGNING_SECRET}`, ts: '1700510001.000100', team: 'T0001' });
    await fake.waitFor('chat.postMessage');
    const view = await shown();
    const prefix = SIGNING_SECRET.slice(0, 12);
    expect(bot.logs.join('\n')).not.toContain(prefix);
    expect(view).not.toContain(prefix);
    expect(bot.logs.some((l) => l.includes('"msg":"question"') && l.includes(`${lead.trim()} [redacted]`))).toBe(true);
  });
});

describe('a question with a link is counted under one key everywhere', () => {
  const ADMIN = 'U0ADMIN01';
  let fake: FakeSlack;
  let bot: RunningBot;
  beforeAll(async () => {
    fake = await startFakeSlack();
    bot = await startBot(fake, { env: { ADMIN_USER_IDS: ADMIN } });
  });
  afterAll(async () => {
    await bot.stop();
    await fake.close();
  });

  it('the log line, /kubecon insights and npm run insights (the same logs) agree', async () => {
    for (const text of ['what is <HTTPS://github.com/heptio/ark|Ark>?', 'what is <https://github.com/heptio/ark|Ark>', '/kubecon what is Ark']) await bot.command(text);
    const logged = bot.logs
      .map((l) => JSON.parse(l) as Record<string, unknown>)
      .filter((l) => l.msg === 'question')
      .map((l) => l.question);
    expect(logged).toEqual(['what is ark', 'what is ark', 'what is ark']);
    const view = (await (await bot.command('insights', { user_id: ADMIN })).json()) as { blocks: Array<{ type: string; text?: { text: string } }> };
    const asked = view.blocks.filter((b) => b.type === 'section').map((b) => b.text!.text)[2];
    expect(asked).toBe('*Most asked*\n 1. `what is ark` (3×)');
    expect((await tallyLogs(bot.logs)).report.asked).toEqual([{ text: 'what is ark', count: 3 }]);
  });
});
