import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeSlack, type FakeSlack } from '../helpers/fake-slack.js';
import { BOT_TOKEN, SIGNING_SECRET, sign } from '../helpers/bot.js';
import { ROOT, freePort, startServer } from '../helpers/process.js';

// These run the built server, as a host would: `npm test` builds dist/ before vitest runs.

describe('npm start with bad configuration', () => {
  it('exits 1 with one readable message naming the missing variable, and no stack trace', () => {
    const run = spawnSync('npm', ['start', '--silent'], { cwd: ROOT, encoding: 'utf8', env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', SLACK_BOT_TOKEN: BOT_TOKEN } });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('kubecon-bot: configuration is incomplete:');
    expect(run.stderr).toContain('SLACK_SIGNING_SECRET is missing');
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(run.stderr + run.stdout).not.toContain(BOT_TOKEN);
  });
});

describe('the server process', () => {
  let fake: FakeSlack;
  beforeAll(async () => {
    fake = await startFakeSlack();
  });
  afterAll(async () => {
    await fake.close();
  });

  it('is ready in well under a second, serves /healthz and commands, and stops cleanly on SIGTERM', async () => {
    const port = await freePort();
    const started = Date.now();
    const server = startServer({ SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_API_URL: fake.apiUrl, PORT: String(port), LOG_FORMAT: 'json' });
    try {
      const ready = await server.waitForLog('ready');
      const wall = Date.now() - started;
      expect(ready).toMatchObject({ mode: 'http', port, sessions: 28 });
      expect(ready.startupMs as number).toBeLessThan(1000);
      expect(wall).toBeLessThan(5000); // includes node's own boot on a busy CI machine

      const health = await fetch(`http://127.0.0.1:${port}/healthz`);
      expect(health.status).toBe(200);
      expect(await health.json()).toMatchObject({ status: 'ok', conference: 'kubecon-2017-austin', sessions: 28 });

      const body = new URLSearchParams({ command: '/kubecon', text: 'what is Ark?', team_id: 'T1', channel_id: 'C1', user_id: 'U1', response_url: fake.responseUrl(), trigger_id: 't' }).toString();
      const res = await fetch(`http://127.0.0.1:${port}/slack/events`, { method: 'POST', body, headers: { 'content-type': 'application/x-www-form-urlencoded', ...sign(body) } });
      expect(res.status).toBe(200);
      expect(await res.text()).toContain('Heptio Ark allows');

      server.child.kill('SIGTERM');
      const exit = await server.exited;
      expect(exit.code).toBe(0);
      expect(server.output()).not.toContain(SIGNING_SECRET);
      expect(server.output()).not.toContain(BOT_TOKEN);
    } finally {
      server.child.kill('SIGKILL');
    }
  });

  it('on SIGTERM stops taking requests, finishes the reply in flight, and exits 0 within 10 s', async () => {
    const port = await freePort();
    const server = startServer({ SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_API_URL: fake.apiUrl, PORT: String(port), LOG_FORMAT: 'json' });
    try {
      await server.waitForLog('ready');
      fake.calls.length = 0;
      fake.fail('chat.postMessage', { delayMs: 2000 });
      const event = JSON.stringify({
        type: 'event_callback',
        team_id: 'T1',
        api_app_id: 'A1',
        event_id: 'EvTERM',
        event_time: 1,
        event: { type: 'app_mention', channel: 'C1', user: 'U1', text: '<@UBOT> what is Rook', ts: '1700009999.000100' },
      });
      const res = await fetch(`http://127.0.0.1:${port}/slack/events`, { method: 'POST', body: event, headers: { 'content-type': 'application/json', ...sign(event) } });
      expect(res.status).toBe(200);
      await new Promise((r) => setTimeout(r, 300)); // the reply is now waiting on the slow Web API
      const termAt = Date.now();
      server.child.kill('SIGTERM');
      await new Promise((r) => setTimeout(r, 200));
      await expect(fetch(`http://127.0.0.1:${port}/healthz`)).rejects.toThrow();
      const exit = await server.exited;
      expect(exit.code).toBe(0);
      expect(Date.now() - termAt).toBeLessThan(10_000);
      expect(fake.callsTo('chat.postMessage')).toHaveLength(1);
      expect(server.output()).toContain('"msg":"stopped"');
    } finally {
      server.child.kill('SIGKILL');
    }
  });
});
