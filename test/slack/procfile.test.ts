import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeSlack, type FakeSlack } from '../helpers/fake-slack.js';
import { BOT_TOKEN, SIGNING_SECRET, sign } from '../helpers/bot.js';
import { freePort, procfile, startProcfileProcess } from '../helpers/process.js';

// The Procfile's own command lines, run as a Heroku-like host runs them: `bash -c`, a process group
// of their own, SIGTERM to the whole group at shutdown. `npm test` builds dist/ first.

const APP_TOKEN = 'xapp-1-A0001-procfile-test';

describe('Procfile', () => {
  it('starts node directly: web serves HTTP, worker Socket Mode, whatever the config says', () => {
    const types = procfile();
    expect(Object.keys(types).sort()).toEqual(['web', 'worker']);
    expect(types.web).toMatch(/^node dist\/server\.js --web$/);
    expect(types.worker).toMatch(/^node dist\/server\.js --worker$/);
  });
});

describe('the web process', () => {
  let fake: FakeSlack;
  beforeAll(async () => {
    fake = await startFakeSlack();
  });
  afterAll(async () => {
    await fake.close();
  });

  it('binds $PORT even with SLACK_APP_TOKEN set, and exits 0 when its process group gets SIGTERM', async () => {
    const port = await freePort();
    const web = startProcfileProcess('web', { SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_APP_TOKEN: APP_TOKEN, SLACK_API_URL: fake.apiUrl, PORT: String(port), LOG_FORMAT: 'json' });
    try {
      expect(await web.waitForLog('ready', 15_000)).toMatchObject({ process: 'web', mode: 'http', port });
      const health = await fetch(`http://127.0.0.1:${port}/healthz`);
      expect(await health.json()).toMatchObject({ status: 'ok', sessions: 28 });
      web.signalGroup('SIGTERM');
      expect(await web.exited).toEqual({ code: 0, signal: null });
      expect(web.output()).not.toContain(APP_TOKEN);
    } finally {
      web.child.kill('SIGKILL');
    }
  });

  it('on SIGTERM to the group, waits out a Retry-After, posts the reply, then exits 0', async () => {
    const port = await freePort();
    const web = startProcfileProcess('web', { SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_API_URL: fake.apiUrl, PORT: String(port), LOG_FORMAT: 'json' });
    try {
      await web.waitForLog('ready', 15_000);
      fake.calls.length = 0;
      // Ten seconds is the longest Retry-After the bot waits for; a host gives 30 s after SIGTERM.
      fake.fail('chat.postMessage', { status: 429, retryAfter: 10 });
      const event = JSON.stringify({
        type: 'event_callback', team_id: 'T1', api_app_id: 'A1', event_id: 'EvRetryAfter', event_time: 1,
        event: { type: 'app_mention', channel: 'C1', user: 'U1', text: '<@UBOT> what is Fluentd', ts: '1700300000.000100' },
      });
      const res = await fetch(`http://127.0.0.1:${port}/slack/events`, { method: 'POST', body: event, headers: { 'content-type': 'application/json', ...sign(event) } });
      expect(res.status).toBe(200);
      await web.waitForLog('reply rate limited; retrying', 5_000);
      web.signalGroup('SIGTERM');
      const exit = await web.exited;
      const exitedAt = Date.now();
      expect(exit).toEqual({ code: 0, signal: null });
      const posts = fake.callsTo('chat.postMessage');
      expect(posts).toHaveLength(1);
      expect(JSON.stringify(posts[0]!.body.blocks)).toContain('Fluentd');
      expect(posts[0]!.at).toBeLessThanOrEqual(exitedAt);
      expect(web.output()).not.toContain('dropped at shutdown');
    } finally {
      web.child.kill('SIGKILL');
    }
  }, 30_000);

  it('without a signing secret, stops with one message naming it (an app token is no substitute here)', async () => {
    const web = startProcfileProcess('web', { SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_APP_TOKEN: APP_TOKEN, PORT: '0' });
    expect((await web.exited).code).toBe(1);
    expect(web.output()).toContain('SLACK_SIGNING_SECRET is missing');
    expect(web.output()).not.toContain(APP_TOKEN);
  });
});

describe('the worker process', () => {
  it('needs an app token, even when a signing secret is set', async () => {
    const worker = startProcfileProcess('worker', { SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_SIGNING_SECRET: SIGNING_SECRET });
    expect((await worker.exited).code).toBe(1);
    expect(worker.output()).toContain('SLACK_APP_TOKEN is missing');
    expect(worker.output()).not.toContain(SIGNING_SECRET);
  });
});
