/**
 * `npm run bench:http`: correctly signed slash commands on loopback, 50 connections for 10 s, against
 * kubecon-bot (the built server, as deployed) and, in the same run, a bare Bolt app that acks with
 * fixed text. Both point SLACK_API_URL at a fake Slack Web API on 127.0.0.1 (for auth.test). A third
 * run shows kubecon-bot with its answer cache off (ANSWER_CACHE_MB=0), as for questions never
 * asked before. The load generator shares the machine's 2 cores with the server under test.
 */
import autocannon from 'autocannon';
import { startFakeSlack } from '../test/helpers/fake-slack.js';
import { freePort } from '../test/helpers/process.js';
import { SECRET, TOKEN, commandBody, signed, startProcess, stopProcess } from './harness.js';

const CONNECTIONS = 50;
const DURATION_S = 10;
const QUESTIONS = process.env.BENCH_QUESTIONS ? process.env.BENCH_QUESTIONS.split('|') : ['what is Ark?', 'keynotes day1', 'who is Kelsey Hightower', 'how many people attended', 'heptio talks', 'waht is spinaker', 'what is blockchain'];

interface Row {
  name: string;
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  non2xx: number;
  total: number;
}

async function load(url: string, responseUrl: string, duration: number): Promise<autocannon.Result> {
  const requests = QUESTIONS.map((q) => {
    const body = commandBody(q, responseUrl);
    return { method: 'POST' as const, path: '/slack/events', body, headers: signed(body, 'application/x-www-form-urlencoded') };
  });
  return autocannon({ url, connections: CONNECTIONS, duration, requests, timeout: 10 });
}

async function measure(name: string, args: string[], env: Record<string, string>, fakeUrl: string, responseUrl: string): Promise<Row> {
  const port = await freePort();
  const child = await startProcess(args, { ...env, PORT: String(port), SLACK_BOT_TOKEN: TOKEN, SLACK_SIGNING_SECRET: SECRET, SLACK_API_URL: fakeUrl });
  try {
    const url = `http://127.0.0.1:${port}`;
    await load(url, responseUrl, 2); // warm-up: JIT, connection pools
    const r = await load(url, responseUrl, DURATION_S);
    return { name, rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, errors: r.errors + r.timeouts, non2xx: r.non2xx, total: r.requests.total };
  } finally {
    await stopProcess(child);
  }
}

async function main(): Promise<void> {
  const fake = await startFakeSlack(0, { record: false });
  try {
    const ours = await measure('kubecon-bot', ['dist/server.js'], { LOG_LEVEL: 'info', LOG_FORMAT: 'json' }, fake.apiUrl, fake.responseUrl());
    const bare = await measure('bare Bolt app', ['--import', 'tsx', 'bench/bare-app.ts'], {}, fake.apiUrl, fake.responseUrl());
    // The same app with its answer cache off: every request runs the engine and the renderer.
    const uncached = await measure('  cache off', ['dist/server.js'], { LOG_LEVEL: 'info', LOG_FORMAT: 'json', ANSWER_CACHE_MB: '0' }, fake.apiUrl, fake.responseUrl());
    console.log(`HTTP bench — ${CONNECTIONS} connections, ${DURATION_S} s each, signed /kubecon commands on 127.0.0.1, node ${process.version}`);
    console.log(`${'app'.padEnd(14)} ${'req/s'.padStart(9)} ${'p50 ms'.padStart(8)} ${'p99 ms'.padStart(8)} ${'errors'.padStart(7)} ${'non-2xx'.padStart(8)} ${'requests'.padStart(9)}`);
    for (const r of [ours, bare, uncached]) {
      console.log(`${r.name.padEnd(14)} ${r.rps.toFixed(0).padStart(9)} ${String(r.p50).padStart(8)} ${String(r.p99).padStart(8)} ${String(r.errors).padStart(7)} ${String(r.non2xx).padStart(8)} ${String(r.total).padStart(9)}`);
    }
    const ratio = ours.rps / bare.rps;
    console.log(`throughput ratio kubecon-bot / bare: ${(ratio * 100).toFixed(1)}%  (target >= 70%); with the answer cache off: ${((uncached.rps / bare.rps) * 100).toFixed(1)}%`);
    console.log(`kubecon-bot p99 ${ours.p99} ms (target < 50 ms); errors ${ours.errors}, non-2xx ${ours.non2xx} (target 0)`);
  } finally {
    await fake.close();
  }
}

await main();
