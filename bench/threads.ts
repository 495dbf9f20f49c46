/**
 * The thread part of `npm run soak`: 100 000 distinct threads, each opened by an `@kubecon`
 * question and followed up in the thread ("when was it?", "and on day 2?", "more", …), so the
 * conversation store holds a turn per thread and must stay within its bounds (20 000 turns,
 * 8 MiB, 30 min) while the threads keep coming. The follow-up of a thread is sent LAG threads
 * after its question, so the question has been answered (and its turn kept) by then. Every loop
 * is bounded by a request count, and every request goes to 127.0.0.1.
 */
import autocannon from 'autocannon';
import { rssMiB, rssTrail, signed, statusCounts, underLoad } from './harness.js';

export const THREADS = 100_000;
/** Threads opened before the measured run: fills the conversation store past its 20 000-turn cap. */
export const THREAD_WARMUP = 30_000;
const LAG = 200;
const CONNECTIONS = 20;
/** Questions that leave a turn to follow, each with a follow-up that reads it. */
const PAIRS: [string, string][] = [
  ['who talked about helm?', 'when was it?'],
  ['keynotes day 1', 'and on day 2?'],
  ['agenda', 'more'],
  ['who is Kelsey Hightower', 'what else did he say?'],
  ['what is Ark?', 'what about Rook?'],
  ['heptio talks', 'who gave it?'],
  ['when was the vault talk', 'who gave it?'],
  ['talks day 2', 'and on friday?'],
];

/** Thread n's root timestamp, and its follow-up's: all distinct (and far from the mixed soak's). */
const rootTs = (n: number): string => `${1_800_000_000 + n}.000100`;
const followUpTs = (n: number): string => `${1_800_000_000 + n}.000200`;

/** The messages of threads [first, first + count): questions, and follow-ups LAG threads behind. */
function* threadMessages(first: number, count: number): Generator<{ body: string; headers: Record<string, string> }> {
  let k = 0;
  const event = (e: Record<string, unknown>): string =>
    JSON.stringify({
      type: 'event_callback',
      team_id: 'T1',
      api_app_id: 'A1',
      event_id: `EvT${first}-${k++}`,
      event_time: 1,
      authorizations: [{ team_id: 'T1', user_id: 'UBOT', is_bot: true }],
      event: e,
    });
  for (let s = 0; s < count + LAG; s++) {
    if (s < count) {
      const n = first + s;
      const ts = rootTs(n);
      const body = event({ type: 'app_mention', channel: 'C2', user: 'U1', text: `<@UBOT> ${PAIRS[n % PAIRS.length]![0]}`, ts, event_ts: ts });
      yield { body, headers: signed(body, 'application/json') };
    }
    if (s >= LAG) {
      const n = first + s - LAG;
      const root = rootTs(n);
      const ts = followUpTs(n); // a later message in the same thread
      const body = event({ type: 'app_mention', channel: 'C2', user: 'U1', text: `<@UBOT> ${PAIRS[n % PAIRS.length]![1]}`, ts, thread_ts: root, event_ts: ts });
      yield { body, headers: signed(body, 'application/json') };
    }
  }
}

/** Sends every message of threads [first, first + count) to the server at `url` (127.0.0.1 only). */
export async function sendThreads(url: string, first: number, count: number): Promise<autocannon.Result> {
  if (new URL(url).hostname !== '127.0.0.1') throw new Error(`the soak only targets 127.0.0.1, not ${url}`);
  const messages = threadMessages(first, count);
  return autocannon({
    url,
    connections: CONNECTIONS,
    amount: 2 * count, // bounded: one question and one follow-up per thread, nothing more
    timeout: 10,
    requests: [
      {
        method: 'POST',
        path: '/slack/events',
        setupRequest: (req) => {
          const next = messages.next();
          if (next.done) return req; // not reached: `amount` stops autocannon first
          return { ...req, body: next.value.body, headers: next.value.headers };
        },
      },
    ],
  });
}

/** The thread soak against a running server: warm-up, then 100 000 threads; prints RSS start → end. */
export async function soakThreads(url: string, pid: number, label: string, logs: { followUps: () => number }): Promise<void> {
  await sendThreads(url, 0, THREAD_WARMUP);
  await new Promise((r) => setTimeout(r, 1000));
  const start = rssMiB(pid);
  const followUpsBefore = logs.followUps();
  const { result, seconds, samples, end } = await underLoad(pid, () => sendThreads(url, THREAD_WARMUP, THREADS));
  console.log(`threads — ${THREADS} distinct threads, question + follow-up each (${2 * THREADS} signed mentions), after a warm-up of ${THREAD_WARMUP} threads; ${label}`);
  console.log(`duration ${seconds.toFixed(1)} s, ${((2 * THREADS) / seconds).toFixed(0)} req/s, p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms`);
  console.log(`responses: ${statusCounts(result)}; errors ${result.errors}, timeouts ${result.timeouts}; answered as follow-ups: ${logs.followUps() - followUpsBefore}`);
  console.log(
    `RSS MiB: start ${start.toFixed(1)}, end ${end.toFixed(1)} (Δ ${(end - start).toFixed(1)}, ${(((end - start) / start) * 100).toFixed(1)}%); during: min ${Math.min(...samples).toFixed(1)}, max ${Math.max(...samples).toFixed(1)}`,
  );
  console.log(`RSS every ~10 s: ${rssTrail(samples)}`);
}
