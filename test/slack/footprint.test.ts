import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { BOT_TOKEN, SIGNING_SECRET } from '../helpers/bot.js';
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
    cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'],
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
