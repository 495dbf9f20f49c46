/**
 * `npm run bench` (second half): what the embedding model costs, measured in one run against the
 * engine without it and the bare Bolt app, on this machine.
 *
 *   a question   ask() over every blind question (each one new: no cache), the engine with the
 *                model and without it in alternating rounds; and the model's embedding alone
 *   start-up     the Procfile's web command, spawned, until /healthz answers (median of 5)
 *   idle RSS     of that process 3 s after it is ready, against the bare Bolt app's (median of 5)
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { ask } from '../src/answer/engine.js';
import { loadConference } from '../src/conference/load.js';
import { buildKnowledge } from '../src/search/knowledge.js';
import { loadKnowledge } from '../src/search/load-knowledge.js';
import { startFakeSlack } from '../test/helpers/fake-slack.js';
import { freePort } from '../test/helpers/process.js';
import { loadBlind } from '../test/eval/blind.js';
import { buildBareApp, webArgs } from './apps.js';
import { ROOT, SECRET, TOKEN, rssMiB, stopProcess } from './harness.js';

const ID = 'kubecon-2017-austin';
const ROUNDS = 4;
const STARTS = 5;

function quantile(xs: readonly number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))]!;
}
const median = (xs: readonly number[]): number => quantile(xs, 0.5);

function latencies(): Array<[string, string, string]> {
  const withModel = loadKnowledge(ID);
  const without = buildKnowledge(loadConference(ID));
  const questions = [...new Set(loadBlind().map((c) => c.q))];
  // One warm-up pass each: V8 compiles the hot paths, the model's thread loads its weights.
  for (const q of questions) {
    ask(withModel, q);
    ask(without, q);
  }
  const timed = { model: [] as number[], plain: [] as number[], embed: [] as number[] };
  for (let round = 0; round < ROUNDS; round++) {
    for (const q of questions) {
      for (const [k, into] of round % 2 === 0
        ? ([
            [withModel, timed.model],
            [without, timed.plain],
          ] as const)
        : ([
            [without, timed.plain],
            [withModel, timed.model],
          ] as const)) {
        const t0 = performance.now();
        ask(k, q);
        into.push(performance.now() - t0);
      }
      const t0 = performance.now();
      withModel.dense!.encoder.embed(`${q} ${round}`);
      timed.embed.push(performance.now() - t0);
    }
  }
  const ms = (xs: number[]): string => `${median(xs).toFixed(2)} / ${quantile(xs, 0.99).toFixed(2)} ms`;
  return [
    [`a question with the model: median / p99 (${timed.model.length} answers)`, ms(timed.model), 'target <= 15 / <= 50 ms'],
    ['the same questions without the model, same run', ms(timed.plain), ''],
    ['the embedding alone (one question, one thread)', ms(timed.embed), ''],
    ['with / without the model: median ratio', `${(median(timed.model) / median(timed.plain)).toFixed(2)}×`, ''],
  ];
}

/** Spawns a server and returns it with the milliseconds until it answered HTTP. */
async function started(args: string[], fakeUrl: string): Promise<{ child: ChildProcess; ms: number }> {
  const port = await freePort();
  const t0 = performance.now();
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    stdio: 'ignore',
    env: { PATH: process.env.PATH ?? '', PORT: String(port), SLACK_BOT_TOKEN: TOKEN, SLACK_SIGNING_SECRET: SECRET, SLACK_API_URL: fakeUrl, LOG_LEVEL: 'warn' },
  });
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${args.join(' ')} exited with ${child.exitCode}`);
    if (performance.now() - t0 > 15_000) throw new Error(`${args.join(' ')} did not answer in 15 s`);
    try {
      // The bare app has no health route: any HTTP answer will do for it.
      await (await fetch(`http://127.0.0.1:${port}/healthz`)).arrayBuffer();
      return { child, ms: performance.now() - t0 };
    } catch {
      await new Promise((r) => setTimeout(r, 10));
    }
  }
}

async function processes(): Promise<Array<[string, string, string]>> {
  const fake = await startFakeSlack(0, { record: false });
  const bare = buildBareApp();
  const ours = webArgs();
  const runs = { ours: [] as number[], oursRss: [] as number[], bare: [] as number[], bareRss: [] as number[] };
  try {
    for (let i = 0; i < STARTS; i++) {
      for (const [args, ms, rss] of [
        [ours, runs.ours, runs.oursRss],
        [bare, runs.bare, runs.bareRss],
      ] as const) {
        const s = await started(args, fake.apiUrl);
        ms.push(s.ms);
        await new Promise((r) => setTimeout(r, 3000));
        rss.push(rssMiB(s.child.pid!));
        await stopProcess(s.child);
      }
    }
  } finally {
    await fake.close();
  }
  return [
    [`web process ready on /healthz after spawn (median of ${STARTS})`, `${median(runs.ours).toFixed(0)} ms`, 'target <= 2000 ms'],
    ['bare Bolt app answering HTTP after spawn, same run', `${median(runs.bare).toFixed(0)} ms`, ''],
    ['idle RSS: kubecon-bot / bare Bolt app (3 s after ready)', `${median(runs.oursRss).toFixed(0)} / ${median(runs.bareRss).toFixed(0)} MiB`, 'difference target <= 120 MiB'],
    ['idle RSS difference', `${(median(runs.oursRss) - median(runs.bareRss)).toFixed(0)} MiB`, ''],
  ];
}

async function main(): Promise<void> {
  const rows = [...latencies(), ...(await processes())];
  const width = Math.max(...rows.map((r) => r[0].length));
  console.log(`\nembedding model cost — node ${process.version}`);
  for (const [name, value, target] of rows) console.log(`${name.padEnd(width)}  ${value.padStart(20)}  ${target}`);
  process.exit(0);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
