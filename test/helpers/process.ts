import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { createServer } from 'node:net';

export const ROOT = new URL('../..', import.meta.url).pathname;

/** A port nothing listens on right now. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const address = s.address();
      s.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

export interface ServerProcess {
  child: ChildProcess;
  output: () => string;
  /** Resolves with the parsed JSON log line whose `msg` matches, or rejects after the timeout. */
  waitForLog(msg: string, timeoutMs?: number): Promise<Record<string, unknown>>;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** The Procfile's process types and their command lines. */
export function procfile(): Record<string, string> {
  const entries = readFileSync(`${ROOT}Procfile`, 'utf8')
    .split('\n')
    .map((line) => /^([A-Za-z0-9_-]+):\s*(.+)$/.exec(line.trim()))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => [m[1]!, m[2]!] as const);
  return Object.fromEntries(entries);
}

/**
 * Runs a Procfile process as a Heroku-like host does: its command line through `bash -c`, in a
 * process group of its own (`signalGroup` signals every process in it, as the host does at
 * shutdown), with `node` found on PATH.
 */
export function startProcfileProcess(type: string, env: Record<string, string>): ServerProcess & { signalGroup(signal: NodeJS.Signals): void } {
  const command = procfile()[type];
  if (!command) throw new Error(`Procfile has no ${type}: process`);
  const child = spawn('bash', ['-c', command], { cwd: ROOT, detached: true, env: { PATH: `${dirname(process.execPath)}:${process.env.PATH ?? ''}`, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  return Object.assign(watch(child), { signalGroup: (signal: NodeJS.Signals) => process.kill(-child.pid!, signal) });
}

/** Starts the built server (`node dist/server.js`, what `npm start` runs) with an environment. */
export function startServer(env: Record<string, string>, args: string[] = []): ServerProcess {
  const child = spawn(process.execPath, ['dist/server.js', ...args], { cwd: ROOT, env: { PATH: process.env.PATH ?? '', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  return watch(child);
}

function watch(child: ChildProcess): ServerProcess {
  let out = '';
  const listeners = new Set<() => void>();
  const onData = (d: Buffer): void => {
    out += d.toString();
    for (const l of listeners) l();
  };
  child.stdout!.on('data', onData);
  child.stderr!.on('data', onData);
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  return {
    child,
    output: () => out,
    exited,
    waitForLog: (msg, timeoutMs = 10_000) =>
      new Promise((resolve, reject) => {
        const check = (): boolean => {
          for (const line of out.split('\n')) {
            try {
              const parsed = JSON.parse(line) as Record<string, unknown>;
              if (parsed.msg === msg) {
                listeners.delete(check);
                clearTimeout(timer);
                resolve(parsed);
                return true;
              }
            } catch {
              // not a JSON line
            }
          }
          return false;
        };
        const timer = setTimeout(() => {
          listeners.delete(check);
          reject(new Error(`no "${msg}" log line within ${timeoutMs} ms; output:\n${out}`));
        }, timeoutMs);
        if (!check()) listeners.add(check);
      }),
  };
}
