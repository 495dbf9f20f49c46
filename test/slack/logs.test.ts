import { describe, expect, it } from 'vitest';
import { withBot } from '../helpers/bot.js';

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
