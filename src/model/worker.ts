/**
 * The encoder's thread: tokenizes a text, runs the model, writes the vector into shared memory and
 * wakes the caller (see `encoder.ts`). Started by `startEncoder` only.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { openSession } from './session.js';
import { loadTokenizer } from './tokens.js';
import { DONE, FAILED, type EncoderShared } from './protocol.js';

const shared = workerData as EncoderShared;
const control = new Int32Array(shared.control);
const output = new Float32Array(shared.output);
const dir = new URL(shared.dir);
const tokenizer = loadTokenizer(dir);
const session = openSession(dir);

parentPort!.on('message', async (text: string) => {
  try {
    const [vector] = await (await session).run(tokenizer.batch([text]));
    output.set(vector!);
    Atomics.store(control, 0, DONE);
  } catch {
    // The caller is blocked and cannot take an error object: it throws its own `EncoderError`.
    Atomics.store(control, 0, FAILED);
  }
  Atomics.notify(control, 0);
});
