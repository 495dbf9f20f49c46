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
