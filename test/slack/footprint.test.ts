import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { BOT_TOKEN, SIGNING_SECRET, sign } from '../helpers/bot.js';
import { ROOT, freePort } from '../helpers/process.js';

/**
 * Runs the built web process with a preload that reports, at exit, whether ioredis was ever
 * loaded (CommonJS modules imported from ESM land in the shared require cache).
 */
async function ioredisLoaded(env: Record<string, string>): Promise<boolean> {
  const port = await freePort();
  const preload =
    'data:text/javascript,import{createRequire}from"node:module";const c=createRequire(process.cwd()+"/").cache;' +
    'process.on("exit",()=>process.stderr.write("ioredis-loaded="+Object.keys(c).some((k)=>k.includes("/node_modules/ioredis/"))+"\\n"))';
  const child = spawn(process.execPath, ['--import', preload, 'dist/server.js', '--web'], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { PATH: process.env.PATH ?? '', SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_API_URL: 'http://127.0.0.1:9/api/', PORT: String(port), LOG_FORMAT: 'json', ...env },
  });
  let out = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr.on('data', (d: Buffer) => {
    out += d.toString();
    if (out.includes('"msg":"ready"')) child.kill('SIGTERM');
  });
  const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
  await new Promise((resolve) => child.on('exit', resolve));
  clearTimeout(timer);
  const verdict = /ioredis-loaded=(true|false)/.exec(out);
  if (!verdict) throw new Error(`no verdict; output:\n${out}`);
  return verdict[1] === 'true';
}

describe('footprint', () => {
  it('loads ioredis only when REDIS_URL is set', async () => {
    expect(await ioredisLoaded({})).toBe(false);
    expect(await ioredisLoaded({ REDIS_URL: 'redis://127.0.0.1:9' })).toBe(true);
  });
});

describe('long questions', () => {
  it('100 unique 300 KB questions do not pile up in a 40 MB heap (the caches hold detached copies)', async () => {
    const port = await freePort();
    const child = spawn(process.execPath, ['--max-old-space-size=40', 'dist/server.js', '--web'], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {
        PATH: process.env.PATH ?? '',
        SLACK_BOT_TOKEN: BOT_TOKEN,
        SLACK_SIGNING_SECRET: SIGNING_SECRET,
        SLACK_API_URL: 'http://127.0.0.1:9/api/',
        PORT: String(port),
        LOG_FORMAT: 'json',
        LOG_LEVEL: 'warn',
      },
    });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    try {
      for (let i = 0; ; i++) {
        try {
          await (await fetch(`http://127.0.0.1:${port}/healthz`)).arrayBuffer();
          break;
        } catch {
          if (i > 100) throw new Error(`server did not start:\n${out}`);
          await new Promise((r) => setTimeout(r, 100));
        }
      }
      const filler = 'kubernetes '.repeat(27_000); // ~300 KB, under the 1 MB body limit
      for (let i = 0; i < 100; i++) {
        const body = new URLSearchParams({
          command: '/kubecon',
          text: `what is ${i} ${filler}`,
          team_id: 'T1',
          channel_id: 'C1',
          user_id: 'U1',
          response_url: 'http://127.0.0.1:9/r',
          trigger_id: 't',
        }).toString();
        const res = await fetch(`http://127.0.0.1:${port}/slack/events`, { method: 'POST', body, headers: { 'content-type': 'application/x-www-form-urlencoded', ...sign(body) } });
        expect(res.status, `question ${i}; server output:\n${out.slice(-2000)}`).toBe(200);
        await res.arrayBuffer();
      }
      expect(child.exitCode).toBeNull();
    } finally {
      child.kill('SIGKILL');
    }
  }, 60_000);
});
