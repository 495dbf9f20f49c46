import { mkdtempSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocketServer } from 'ws';
import { startFakeSlack, type FakeSlack } from '../helpers/fake-slack.js';
import { BOT_TOKEN, SIGNING_SECRET } from '../helpers/bot.js';
import { freePort, startProcfileProcess } from '../helpers/process.js';

// The Procfile's own command lines, run as a host runs them (`bash -c`, a process group of their
// own, signals to the whole group). `npm test` builds dist/ first.

describe('the worker process, stopped before it has connected', () => {
  let wss: WebSocketServer;
  let fake: FakeSlack;
  let connections = 0;
  beforeAll(async () => {
    // Slack's side of Socket Mode that accepts the connection and never says hello: the worker
    // stays "connecting" for as long as the test likes.
    wss = new WebSocketServer({ port: 0, host: '127.0.0.1' });
    await new Promise<void>((r) => wss.once('listening', () => r()));
    wss.on('connection', () => {
      connections++;
    });
    fake = await startFakeSlack(0, { socketUrl: `ws://127.0.0.1:${(wss.address() as AddressInfo).port}/link` });
  });
  afterAll(async () => {
    wss.close();
    await fake.close();
  });

  it('exits 0 on SIGTERM to its group, not 143', async () => {
    const worker = startProcfileProcess('worker', { SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_APP_TOKEN: 'xapp-1-A0001-lifecycle', SLACK_API_URL: fake.apiUrl, LOG_FORMAT: 'json' });
    try {
      await fake.waitFor('apps.connections.open', 1, 15_000);
      for (let i = 0; i < 100 && connections === 0; i++) await new Promise((r) => setTimeout(r, 50));
      expect(connections).toBeGreaterThan(0);
      expect(worker.output()).not.toContain('"msg":"ready"');
      worker.signalGroup('SIGTERM');
      expect(await worker.exited).toEqual({ code: 0, signal: null });
      expect(worker.output()).toContain('"msg":"stopping"');
    } finally {
      worker.signalGroup('SIGKILL');
    }
  }, 30_000);
});

describe('an error nothing catches, with LOG_FORMAT=json', () => {
  let fake: FakeSlack;
  beforeAll(async () => {
    fake = await startFakeSlack();
  });
  afterAll(async () => {
    await fake.close();
  });

  it.each([
    ['an exception', 'throw new Error("boom\\nsecond line");', 'uncaught exception'],
    ['a rejection', 'Promise.reject(new Error("boom\\nsecond line"));', 'unhandled rejection'],
  ])(
    '%s is logged as one JSON line with its stack, and the web process exits 1',
    async (_name, code, msg) => {
      // Something in the process throws once it is serving: loaded before the server with --import.
      const dir = mkdtempSync(join(tmpdir(), 'kubecon-uncaught-'));
      const preload = join(dir, 'throw-later.mjs');
      writeFileSync(preload, `setTimeout(() => { ${code} }, 1500);\n`);
      const web = startProcfileProcess('web', {
        SLACK_BOT_TOKEN: BOT_TOKEN,
        SLACK_SIGNING_SECRET: SIGNING_SECRET,
        SLACK_API_URL: fake.apiUrl,
        PORT: String(await freePort()),
        LOG_FORMAT: 'json',
        NODE_OPTIONS: `--import=${preload}`,
      });
      try {
        expect((await web.exited).code).toBe(1);
        const lines = web.output().trim().split('\n');
        for (const line of lines) expect(() => JSON.parse(line), line).not.toThrow();
        const crash = lines.map((l) => JSON.parse(l) as Record<string, unknown>).find((l) => l.msg === msg);
        expect(crash).toMatchObject({ level: 'error' });
        expect(String(crash!.error)).toMatch(/^Error: boom\nsecond line\n\s+at /);
      } finally {
        web.signalGroup('SIGKILL');
      }
    },
    20_000,
  );
});
