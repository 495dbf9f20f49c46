/**
 * `npm run soak`: first the idle RSS of kubecon-bot (the built web process, with the Procfile's
 * node arguments) and of the bare Bolt
 * app (bench/bare-app.ts, compiled to dist/ and run with plain node), median of 3 starts each. Then 100 000 correctly signed requests of mixed
 * surfaces — slash commands, mentions, DMs, button clicks, App Home opens and a few malformed
 * bodies — against the built server, and the same traffic against the bare app, so the bot's RSS
 * reads as a ratio of the bare app's on the same machine, with a fake Slack Web API on 127.0.0.1
 * taking the replies. The bare app has no listener for mentions, DMs or buttons: Bolt acks events
 * itself, but each button click waits the receiver's 3 s for a 404, so the bare app gets ten times
 * the connections to push the same requests through in reasonable time. Prints the server's RSS at the start, while
 * running, and at the end. The start is taken after a warm-up of 55 000 messages, which fills the
 * reply-once store past its 50 000-key cap: that store is the one thing meant to grow with
 * traffic, so from then on a healthy server's memory has no reason to move. It runs twice: with node's default heap sizing (V8 lets
 * the heap grow lazily while memory is plentiful) and with the old space capped at 96 MB, where a
 * leak would show as growth and then a crash, and a healthy server stays flat.
 *
 * Then the thread soak (bench/threads.ts): 100 000 distinct threads, each a question and a
 * follow-up in its thread, against kubecon-bot with both heap settings; the conversation store
 * keeps a turn per thread within its bounds. `npm run soak -- --threads` runs only this part.
 */
import autocannon from 'autocannon';
import { startFakeSlack } from '../test/helpers/fake-slack.js';
import { freePort } from '../test/helpers/process.js';
import { buildBareApp, webArgs } from './apps.js';
import { soakThreads } from './threads.js';
import { commandBody, rssMiB, rssTrail, serverEnv, signed, startProcess, statusCounts, stopProcess, underLoad } from './harness.js';

const TOTAL = 100_000;
const WARMUP = 55_000;
const CONNECTIONS = 20;
const QUESTIONS = [
  'what is Ark?',
  'keynotes day1',
  'talks day 2',
  'who is Kelsey Hightower',
  'how many people attended',
  'heptio talks',
  'waht is spinaker',
  'what is blockchain',
  'agenda',
  'day 3',
  'level advanced',
  'session game of thrones',
  'when was the vault talk',
  'who talked about helm',
  'what is CRI-O',
  'where is the next kubecon',
  'help',
  'what is <!channel>?',
  'speakers',
  'orgs',
];

/** The i-th request: the mixed surfaces, or (`messagesOnly`, for the warm-up) mentions and DMs. */
function requestFor(i: number, responseUrl: string, messagesOnly: boolean): { body: string; headers: Record<string, string> } {
  const slot = messagesOnly ? 8 + (i % 8) : i % 20;
  const ts = `${1_700_000_000 + Math.floor(i / 1000)}.${String(i % 1_000_000).padStart(6, '0')}`;
  const event = (e: Record<string, unknown>): string =>
    JSON.stringify({ type: 'event_callback', team_id: 'T1', api_app_id: 'A1', event_id: `Ev${i}`, event_time: 1, authorizations: [{ team_id: 'T1', user_id: 'UBOT', is_bot: true }], event: e });
  const q = QUESTIONS[i % QUESTIONS.length]!;
  let body: string;
  let type = 'application/json';
  if (slot < 8) {
    body = commandBody(q, responseUrl);
    type = 'application/x-www-form-urlencoded';
  } else if (slot < 13) {
    body = event({ type: 'app_mention', channel: 'C1', user: 'U1', text: `<@UBOT> ${q}`, ts });
  } else if (slot < 16) {
    body = event({ type: 'message', channel_type: 'im', channel: 'D1', user: 'U1', text: q, ts });
  } else if (slot < 18) {
    const payload = {
      type: 'block_actions',
      team: { id: 'T1' },
      user: { id: 'U1' },
      api_app_id: 'A1',
      trigger_id: 't',
      response_url: responseUrl,
      container: { type: 'message', message_ts: ts, channel_id: 'C1', is_ephemeral: true },
      channel: { id: 'C1' },
      actions: [{ type: 'button', action_id: 'kubecon_suggest:0', block_id: 'b', value: q, text: { type: 'plain_text', text: 'x' }, action_ts: ts }],
    };
    body = new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
    type = 'application/x-www-form-urlencoded';
  } else if (slot < 19) {
    body = event({ type: 'app_home_opened', user: `U${i}`, channel: 'D1', tab: 'home', event_ts: ts });
  } else {
    body = `{"type":"event_callback","n":${i},`; // cut short: 400
  }
  return { body, headers: signed(body, type) };
}

async function run(url: string, amount: number, offset: number, responseUrl: string, messagesOnly = false, connections = CONNECTIONS): Promise<autocannon.Result> {
  let i = offset;
  return autocannon({
    url,
    connections,
    amount,
    timeout: 10,
    requests: [
      {
        method: 'POST',
        path: '/slack/events',
        setupRequest: (req) => {
          const { body, headers } = requestFor(i++, responseUrl, messagesOnly);
          return { ...req, body, headers };
        },
      },
    ],
  });
}

const BOT = webArgs();
const BARE = buildBareApp();
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** RSS of a freshly started, idle server: 3 s after it said it was ready. */
async function idleRss(args: string[], fakeUrl: string): Promise<number> {
  const child = await startProcess(args, serverEnv(await freePort(), fakeUrl));
  try {
    await sleep(3000);
    return rssMiB(child.pid!);
  } finally {
    await stopProcess(child);
  }
}

async function idle(): Promise<void> {
  const fake = await startFakeSlack(0, { record: false });
  try {
    const bot: number[] = [];
    const bare: number[] = [];
    for (let k = 0; k < 3; k++) {
      bot.push(await idleRss(BOT, fake.apiUrl));
      bare.push(await idleRss(BARE, fake.apiUrl));
    }
    console.log(
      `idle RSS MiB (3 s after ready, median of 3 starts): kubecon-bot ${median(bot).toFixed(1)} [${bot.map((x) => x.toFixed(1)).join(', ')}], bare Bolt app ${median(bare).toFixed(1)} [${bare.map((x) => x.toFixed(1)).join(', ')}]; difference ${(median(bot) - median(bare)).toFixed(1)} MiB (target ≤ 120 with the embedding model)`,
    );
  } finally {
    await fake.close();
  }
}

async function soak(name: string, args: string[], nodeArgs: string[] = [], connections = CONNECTIONS): Promise<number> {
  const fake = await startFakeSlack(0, { record: false });
  const port = await freePort();
  const child = await startProcess([...nodeArgs, ...args], serverEnv(port, fake.apiUrl));
  const url = `http://127.0.0.1:${port}`;
  const pid = child.pid!;
  try {
    const boot = rssMiB(pid);
    await run(url, WARMUP, 0, fake.responseUrl(), true, connections);
    const start = rssMiB(pid);
    const { result, seconds, samples, end } = await underLoad(pid, () => run(url, TOTAL, WARMUP, fake.responseUrl(), false, connections));
    console.log(
      `soak, ${name} — ${TOTAL} signed requests (after a warm-up of ${WARMUP} messages), ${connections} connections, mixed surfaces, node ${process.version} ${nodeArgs.join(' ') || '(default heap)'}`,
    );
    console.log(`duration ${seconds.toFixed(1)} s, ${(TOTAL / seconds).toFixed(0)} req/s, p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms`);
    console.log(`responses: ${statusCounts(result)}; errors ${result.errors}, timeouts ${result.timeouts}`);
    console.log(`Web API calls taken by the fake: ${[...fake.counts.entries()].map(([m, n]) => `${m} ${n}`).join(', ')}`);
    console.log(
      `RSS MiB: boot ${boot.toFixed(1)}, start ${start.toFixed(1)}, end ${end.toFixed(1)} (Δ ${(end - start).toFixed(1)}); during: min ${Math.min(...samples).toFixed(1)}, max ${Math.max(...samples).toFixed(1)}`,
    );
    console.log(`RSS every ~10 s: ${rssTrail(samples)}`);
    return end;
  } finally {
    await stopProcess(child);
    await fake.close();
  }
}

/** The thread soak against a fresh kubecon-bot, counting the replies it logged as follow-ups. */
async function threads(nodeArgs: string[] = []): Promise<void> {
  const fake = await startFakeSlack(0, { record: false });
  const port = await freePort();
  const child = await startProcess([...nodeArgs, ...BOT], serverEnv(port, fake.apiUrl));
  let followUps = 0;
  let partial = '';
  const count = (d: Buffer): void => {
    const lines = (partial + d.toString()).split('\n');
    partial = lines.pop() ?? '';
    for (const line of lines) if (line.includes('"followUp":true')) followUps++;
  };
  child.stdout!.on('data', count);
  child.stderr!.on('data', count);
  try {
    await soakThreads(`http://127.0.0.1:${port}`, child.pid!, `node ${process.version} ${nodeArgs.join(' ') || '(default heap)'}`, { followUps: () => followUps });
    console.log(`Web API calls taken by the fake: ${[...fake.counts.entries()].map(([m, n]) => `${m} ${n}`).join(', ')}`);
  } finally {
    await stopProcess(child);
    await fake.close();
  }
}

if (!process.argv.includes('--threads')) {
  await idle();
  if (process.env.SOAK_IDLE_ONLY) process.exit(0);
  console.log('');
  const ours = await soak('kubecon-bot', BOT);
  console.log('');
  const bare = await soak('bare Bolt app', BARE, [], CONNECTIONS * 10);
  console.log(`\nRSS at the end, kubecon-bot / bare Bolt app: ${ours.toFixed(1)} / ${bare.toFixed(1)} MiB = ${(ours / bare).toFixed(2)}×`);
  console.log('');
  await soak('kubecon-bot', BOT, ['--max-old-space-size=96']);
  console.log('');
}
await threads();
console.log('');
await threads(['--max-old-space-size=96']);
