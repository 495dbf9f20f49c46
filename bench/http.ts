/**
 * `npm run bench:http`: correctly signed slash commands on loopback, 50 connections, against
 * kubecon-bot (the built web process, started with the Procfile's node arguments) and a bare Bolt app that acks with fixed text
 * (it verifies signatures too; compiled to dist/ and run with plain node, like kubecon-bot). Both point SLACK_API_URL at a fake Slack Web API on 127.0.0.1 (for
 * auth.test). The machine's 2 cores are shared with the load generator and with whatever else
 * runs, so the two servers are loaded in alternating rounds (A B, B A, …), 5 s each, and the
 * medians compared: a burst of outside load hits both alike. A last server shows kubecon-bot with
 * its answer cache off (ANSWER_CACHE_MB=0), as for questions never asked before. Each server
 * writes its log to a file under /tmp, as to a log drain: piped back into this process, reading
 * kubecon-bot's line per request cost the load generator (on the same two cores) CPU that the bare
 * app's silence did not.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { openSync } from 'node:fs';
import autocannon from 'autocannon';
import { startFakeSlack } from '../test/helpers/fake-slack.js';
import { freePort } from '../test/helpers/process.js';
import { buildBareApp, webArgs } from './apps.js';
import { ROOT, SECRET, TOKEN, commandBody, signed, stopProcess } from './harness.js';

const CONNECTIONS = 50;
const SECONDS = 5;
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 6);
const QUESTIONS = process.env.BENCH_QUESTIONS ? process.env.BENCH_QUESTIONS.split('|') : ['what is Ark?', 'keynotes day1', 'who is Kelsey Hightower', 'how many people attended', 'heptio talks', 'waht is spinaker', 'what is blockchain'];

interface Server {
  name: string;
  url: string;
  child: ChildProcess;
  runs: autocannon.Result[];
}

async function load(url: string, responseUrl: string, duration: number): Promise<autocannon.Result> {
  const requests = QUESTIONS.map((q) => {
    const body = commandBody(q, responseUrl);
    return { method: 'POST' as const, path: '/slack/events', body, headers: signed(body, 'application/x-www-form-urlencoded') };
  });
  return autocannon({ url, connections: CONNECTIONS, duration, requests, timeout: 10 });
}

async function start(name: string, args: string[], env: Record<string, string>, fakeUrl: string): Promise<Server> {
  const port = await freePort();
  const log = openSync(`/tmp/bench-http-${name.trim().replace(/\W+/g, '-')}.log`, 'w');
  const child = spawn(process.execPath, args, { cwd: ROOT, stdio: ['ignore', log, log], env: { PATH: process.env.PATH ?? '', ...env, PORT: String(port), SLACK_BOT_TOKEN: TOKEN, SLACK_SIGNING_SECRET: SECRET, SLACK_API_URL: fakeUrl } });
  const url = `http://127.0.0.1:${port}`;
  // Ready when it answers HTTP at all (the bare app has no health route: its 404 will do).
  for (let i = 0; ; i++) {
    if (child.exitCode !== null || i > 150) throw new Error(`${name} did not start; see its log under /tmp`);
    try {
      await (await fetch(`${url}/healthz`)).arrayBuffer();
      break;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  return { name, url, child, runs: [] };
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

async function main(): Promise<void> {
  const fake = await startFakeSlack(0, { record: false });
  const responseUrl = fake.responseUrl();
  const servers: Server[] = [];
  try {
    const ours = await start('kubecon-bot', webArgs(), { LOG_LEVEL: 'info', LOG_FORMAT: 'json' }, fake.apiUrl);
    servers.push(ours);
    const bare = await start('bare Bolt app', buildBareApp(), {}, fake.apiUrl);
    servers.push(bare);
    const uncached = await start('  cache off', webArgs(), { LOG_LEVEL: 'info', LOG_FORMAT: 'json', ANSWER_CACHE_MB: '0' }, fake.apiUrl);
    servers.push(uncached);
    for (const s of servers) await load(s.url, responseUrl, 2); // warm-up: JIT, connection pools
    for (let round = 0; round < ROUNDS; round++) {
      for (const s of round % 2 === 0 ? [ours, bare] : [bare, ours]) s.runs.push(await load(s.url, responseUrl, SECONDS));
    }
    uncached.runs.push(await load(uncached.url, responseUrl, SECONDS));
    console.log(`HTTP bench — ${CONNECTIONS} connections, signed /kubecon commands on 127.0.0.1, ${ROUNDS} alternating rounds of ${SECONDS} s, node ${process.version}`);
    console.log(`${'app'.padEnd(14)} ${'median req/s'.padStart(13)} ${'p50 ms'.padStart(7)} ${'p99 ms'.padStart(7)} ${'errors'.padStart(7)} ${'non-2xx'.padStart(8)}  req/s of each round`);
    for (const s of servers) {
      const rps = s.runs.map((r) => r.requests.average);
      const errors = s.runs.reduce((n, r) => n + r.errors + r.timeouts, 0);
      const non2xx = s.runs.reduce((n, r) => n + r.non2xx, 0);
      console.log(`${s.name.padEnd(14)} ${median(rps).toFixed(0).padStart(13)} ${String(median(s.runs.map((r) => r.latency.p50))).padStart(7)} ${String(median(s.runs.map((r) => r.latency.p99))).padStart(7)} ${String(errors).padStart(7)} ${String(non2xx).padStart(8)}  ${rps.map((x) => x.toFixed(0)).join(' ')}`);
    }
    const ratios = ours.runs.map((r, i) => r.requests.average / bare.runs[i]!.requests.average);
    const ratio = median(ours.runs.map((r) => r.requests.average)) / median(bare.runs.map((r) => r.requests.average));
    console.log(`throughput, kubecon-bot / bare: ${(ratio * 100).toFixed(1)}% of the medians (target >= 80%); round by round ${ratios.map((x) => `${(x * 100).toFixed(0)}%`).join(' ')}`);
    console.log(`with the answer cache off: ${((uncached.runs[0]!.requests.average / median(bare.runs.map((r) => r.requests.average))) * 100).toFixed(1)}% (one round)`);
  } finally {
    for (const s of servers) await stopProcess(s.child);
    await fake.close();
  }
}

await main();
