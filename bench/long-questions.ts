/**
 * `npx tsx bench/long-questions.ts [count]`: sends `count` (default 3,000) signed `/kubecon`
 * commands, each a unique 300 KB question, to the built server and prints its RSS before and
 * after. Every question is new, so this is what the answer caches hold at worst.
 */
import { startFakeSlack } from '../test/helpers/fake-slack.js';
import { freePort } from '../test/helpers/process.js';
import { commandBody, rssMiB, serverEnv, signed, startProcess, stopProcess } from './harness.js';

const COUNT = Number(process.argv[2] ?? 3_000);
const fake = await startFakeSlack(0, { record: false });
const port = await freePort();
const child = await startProcess(['dist/server.js', '--web'], serverEnv(port, fake.apiUrl));
try {
  const before = rssMiB(child.pid!);
  const filler = 'kubernetes '.repeat(27_000); // ~300 KB
  let next = 0;
  let failed = 0;
  let peak = before;
  const started = Date.now();
  const worker = async (): Promise<void> => {
    while (next < COUNT) {
      const i = next++;
      const body = commandBody(`what is ${i} ${filler}`, fake.responseUrl());
      const res = await fetch(`http://127.0.0.1:${port}/slack/events`, { method: 'POST', body, headers: signed(body, 'application/x-www-form-urlencoded') });
      if (res.status !== 200) failed++;
      await res.arrayBuffer();
      if (i % 100 === 0) peak = Math.max(peak, rssMiB(child.pid!));
    }
  };
  await Promise.all([worker(), worker(), worker(), worker()]);
  const after = rssMiB(child.pid!);
  console.log(`${COUNT} unique ~${Math.round(commandBody(filler, '').length / 1024)} KB questions in ${((Date.now() - started) / 1000).toFixed(1)} s, ${failed} not 200`);
  console.log(`RSS ${before.toFixed(1)} → ${after.toFixed(1)} MiB (peak sampled ${Math.max(peak, after).toFixed(1)} MiB)`);
} finally {
  await stopProcess(child);
  await fake.close();
}
