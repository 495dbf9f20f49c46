import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createHmac } from 'node:crypto';

export const SECRET = 'bench-signing-secret-0123456789';
export const TOKEN = 'xoxb-bench-000000';
export const ROOT = new URL('..', import.meta.url).pathname;

/** Slack's v0 signature headers for a body, signed now. */
export function signed(body: string, contentType: string): Record<string, string> {
  const ts = Math.floor(Date.now() / 1000);
  const sig = `v0=${createHmac('sha256', SECRET).update(`v0:${ts}:${body}`).digest('hex')}`;
  return { 'content-type': contentType, 'x-slack-signature': sig, 'x-slack-request-timestamp': String(ts) };
}

/** A slash command body as Slack sends it. */
export function commandBody(text: string, responseUrl: string): string {
  return new URLSearchParams({
    token: 'x',
    team_id: 'T1',
    team_domain: 'acme',
    channel_id: 'C1',
    channel_name: 'general',
    user_id: 'U1',
    user_name: 'ada',
    command: '/kubecon',
    text,
    api_app_id: 'A1',
    response_url: responseUrl,
    trigger_id: 't',
  }).toString();
}

/**
 * The environment a benchmarked server runs with: its port, the bench's token and signing secret,
 * the fake Slack's Web API, and JSON logs at info (what a log drain reads).
 *
 * @example
 * startProcess(['dist/server.js', '--web'], serverEnv(port, fake.apiUrl));
 */
export function serverEnv(port: number, apiUrl: string): Record<string, string> {
  return { PORT: String(port), SLACK_BOT_TOKEN: TOKEN, SLACK_SIGNING_SECRET: SECRET, SLACK_API_URL: apiUrl, LOG_LEVEL: 'info', LOG_FORMAT: 'json' };
}

/** Starts a server process and resolves once it says it is ready (a line matching `ready`). */
export function startProcess(args: string[], env: Record<string, string>): Promise<ChildProcess> {
  const child = spawn(process.execPath, [...(process.env.SERVER_NODE_ARGS?.split(' ').filter(Boolean) ?? []), ...args], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let seen = '';
    const timer = setTimeout(() => reject(new Error(`not ready in 15 s:\n${seen}`)), 15_000);
    const onData = (d: Buffer): void => {
      if (seen.length < 20_000) seen += d.toString();
      if (/ready/.test(seen)) {
        clearTimeout(timer);
        // Keep draining its output so a chatty logger never blocks on a full pipe.
        resolve(child);
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => reject(new Error(`exited with ${code}:\n${seen}`)));
  });
}

/** Resident set size of a process, in MiB, from /proc. */
export function rssMiB(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return kb / 1024;
}

export async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  await new Promise<void>((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
    setTimeout(() => child.kill('SIGKILL'), 10_000).unref();
  });
}

/** What a load run measured: the load generator's result, how long it took, and the server's RSS. */
export interface Measured<T> {
  result: T;
  seconds: number;
  /** RSS about every second while the load ran, MiB. */
  samples: number[];
  /** RSS 2 s after the load, once replies in flight have landed, MiB. */
  end: number;
}

/**
 * Runs a load against a server process, sampling its RSS each second, and waits 2 s after it for
 * replies in flight to land.
 *
 * @example
 * const { result, seconds, end } = await underLoad(child.pid!, () => autocannon({ url, amount: 1000 }));
 */
export async function underLoad<T>(pid: number, load: () => Promise<T>): Promise<Measured<T>> {
  const samples: number[] = [];
  const sampler = setInterval(() => samples.push(rssMiB(pid)), 1000);
  const started = Date.now();
  const result = await load().finally(() => clearInterval(sampler));
  const seconds = (Date.now() - started) / 1000;
  await new Promise((r) => setTimeout(r, 2000));
  return { result, seconds, samples, end: rssMiB(pid) };
}

/** autocannon's responses by status code, as `200: 998, 503: 2`. */
export function statusCounts(result: { statusCodeStats?: Record<string, unknown> }): string {
  return Object.entries(result.statusCodeStats ?? {})
    .map(([code, s]) => `${code}: ${(s as { count: number }).count}`)
    .join(', ');
}

/** RSS samples taken about each second, shown every ~10 s: `152 → 154 → 155`. */
export function rssTrail(samples: readonly number[]): string {
  return samples
    .filter((_, i) => i % 10 === 0)
    .map((s) => s.toFixed(0))
    .join(' → ');
}
