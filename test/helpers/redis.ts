import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { startFakeSlack, type FakeSlack } from './fake-slack.js';
import { freePort } from './process.js';

/** Whether `redis-server` is on this machine (`.ci/run` installs Debian's package). */
export const HAVE_REDIS = spawnSync('redis-server', ['--version']).status === 0;

/** In every Redis block's name, so the run's summary can count what was skipped for want of it. */
export const NEEDS_REDIS = '[needs redis-server]';

/** Under CI=true the Redis tests must run: a CI machine without redis-server is a broken CI machine. */
export const REDIS_REQUIRED = /^(?:1|true)$/i.test(process.env.CI ?? '');

/**
 * A describe block run against a throwaway redis-server. Without one it is skipped, and the run's
 * summary says so in a line of its own (see summary-reporter.ts); under CI=true it fails instead.
 *
 * @example
 * describeWithRedis('reply-once with Redis', () => { const env = redisAndFakeSlack(); it('…', async () => {}); });
 */
export function describeWithRedis(name: string, body: () => void): void {
  const title = `${name} ${NEEDS_REDIS}`;
  if (HAVE_REDIS) describe(title, body);
  else if (REDIS_REQUIRED)
    describe(title, () => {
      it('finds redis-server on this machine', () => {
        throw new Error('redis-server is not installed, and CI=true runs every Redis test: apt-get install redis-server (bash .ci/run does)');
      });
    });
  else describe.skip(title, body);
}

export interface RedisServer {
  url: string;
  port: number;
  stop(): Promise<void>;
  child: ChildProcess;
}

/** Starts a throwaway `redis-server` on 127.0.0.1 and a free port, without persistence. */
export async function startRedis(port?: number): Promise<RedisServer> {
  const p = port ?? (await freePort());
  const child = spawn('redis-server', ['--port', String(p), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--protected-mode', 'no'], { stdio: ['ignore', 'pipe', 'pipe'] });
  await new Promise<void>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`redis-server did not start:\n${out}`)), 5000);
    const onData = (d: Buffer): void => {
      out += d.toString();
      if (out.includes('Ready to accept connections')) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => reject(new Error(`redis-server exited with ${code}:\n${out}`)));
  });
  return {
    url: `redis://127.0.0.1:${p}`,
    port: p,
    child,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGKILL');
      }),
  };
}

/**
 * A throwaway redis-server and a fake Slack for one describe block: started before its tests,
 * stopped after. Read them inside tests (`env.redis.url`), once they have started.
 *
 * @example
 * const env = redisAndFakeSlack();
 * it('…', async () => { const bot = await startBot(env.fake, { env: { REDIS_URL: env.redis.url } }); });
 */
export function redisAndFakeSlack(): { readonly redis: RedisServer; readonly fake: FakeSlack } {
  let redis: RedisServer | undefined;
  let fake: FakeSlack | undefined;
  beforeAll(async () => {
    redis = await startRedis();
    fake = await startFakeSlack();
  });
  afterAll(async () => {
    await fake?.close();
    await redis?.stop();
  });
  return {
    get redis() {
      if (!redis) throw new Error('redis is not started yet: read it inside a test');
      return redis;
    },
    get fake() {
      if (!fake) throw new Error('the fake Slack is not started yet: read it inside a test');
      return fake;
    },
  };
}
