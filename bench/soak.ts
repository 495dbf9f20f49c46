/**
 * `npm run soak`: 100 000 correctly signed requests of mixed surfaces — slash commands, mentions,
 * DMs, button clicks, App Home opens and a few malformed bodies — against the built server, with a
 * fake Slack Web API on 127.0.0.1 taking the replies. Prints the server's RSS at the start, while
 * running, and at the end. The start is taken after a warm-up of 55 000 messages, which fills the
 * reply-once store past its 50 000-key cap: that store is the one thing meant to grow with
 * traffic, so from then on a healthy server's memory has no reason to move. It runs twice: with node's default heap sizing (V8 lets
 * the heap grow lazily while memory is plentiful) and with the old space capped at 96 MB, where a
 * leak would show as growth and then a crash, and a healthy server stays flat.
 */
import autocannon from 'autocannon';
import { startFakeSlack } from '../test/helpers/fake-slack.js';
import { freePort } from '../test/helpers/process.js';
import { SECRET, TOKEN, commandBody, rssMiB, signed, startProcess, stopProcess } from './harness.js';

const TOTAL = 100_000;
const WARMUP = 55_000;
const CONNECTIONS = 20;
const QUESTIONS = [
  'what is Ark?', 'keynotes day1', 'talks day 2', 'who is Kelsey Hightower', 'how many people attended', 'heptio talks', 'waht is spinaker',
  'what is blockchain', 'agenda', 'day 3', 'level advanced', 'session game of thrones', 'when was the vault talk', 'who talked about helm',
  'what is CRI-O', 'where is the next kubecon', 'help', 'what is <!channel>?', 'speakers', 'orgs',
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
      type: 'block_actions', team: { id: 'T1' }, user: { id: 'U1' }, api_app_id: 'A1', trigger_id: 't', response_url: responseUrl,
      container: { type: 'message', message_ts: ts, channel_id: 'C1', is_ephemeral: true }, channel: { id: 'C1' },
      actions: [{ type: 'button', action_id: 'kubecon_suggest:0', block_id: 'b', value: q, text: { type: 'plain_text', text: 'x' }, action_ts: ts }],
    };
    body = new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
    type = 'application/x-www-form-urlencoded';
  } else if (slot < 19) {
    body = event({ type: 'app_home_opened', user: `U${i}`, channel: 'D1', tab: 'home', event_ts: ts });
  } else {
    body = JSON.stringify({ type: 'not_a_slack_type', n: i });
  }
  return { body, headers: signed(body, type) };
}

async function run(url: string, amount: number, offset: number, responseUrl: string, messagesOnly = false): Promise<autocannon.Result> {
  let i = offset;
  return autocannon({
    url,
    connections: CONNECTIONS,
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

async function soak(nodeArgs: string[]): Promise<void> {
  const fake = await startFakeSlack(0, { record: false });
  const port = await freePort();
  const child = await startProcess([...nodeArgs, 'dist/server.js'], { PORT: String(port), SLACK_BOT_TOKEN: TOKEN, SLACK_SIGNING_SECRET: SECRET, SLACK_API_URL: fake.apiUrl, LOG_LEVEL: 'info', LOG_FORMAT: 'json' });
  const url = `http://127.0.0.1:${port}`;
  const pid = child.pid!;
  try {
    const boot = rssMiB(pid);
    await run(url, WARMUP, 0, fake.responseUrl(), true);
    const start = rssMiB(pid);
    const samples: number[] = [];
    const sampler = setInterval(() => samples.push(rssMiB(pid)), 1000);
    const started = Date.now();
    const result = await run(url, TOTAL, WARMUP, fake.responseUrl());
    clearInterval(sampler);
    const seconds = (Date.now() - started) / 1000;
    await new Promise((r) => setTimeout(r, 2000)); // let replies in flight land
    const end = rssMiB(pid);
    const statuses = Object.entries(result.statusCodeStats ?? {}).map(([code, s]) => `${code}: ${(s as { count: number }).count}`).join(', ');
    console.log(`soak — ${TOTAL} signed requests (after a warm-up of ${WARMUP} messages), ${CONNECTIONS} connections, mixed surfaces, node ${process.version} ${nodeArgs.join(' ') || '(default heap)'}`);
    console.log(`duration ${seconds.toFixed(1)} s, ${(TOTAL / seconds).toFixed(0)} req/s, p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms`);
    console.log(`responses: ${statuses}; errors ${result.errors}, timeouts ${result.timeouts}`);
    console.log(`Web API calls taken by the fake: ${[...fake.counts.entries()].map(([m, n]) => `${m} ${n}`).join(', ')}`);
    console.log(`RSS MiB: boot ${boot.toFixed(1)}, start ${start.toFixed(1)}, end ${end.toFixed(1)} (Δ ${(end - start).toFixed(1)}); during: min ${Math.min(...samples).toFixed(1)}, max ${Math.max(...samples).toFixed(1)}`);
    console.log(`RSS every ~10 s: ${samples.filter((_, k) => k % 10 === 0).map((s) => s.toFixed(0)).join(' → ')}`);
  } finally {
    await stopProcess(child);
    await fake.close();
  }
}

await soak([]);
console.log('');
await soak(['--max-old-space-size=96']);
