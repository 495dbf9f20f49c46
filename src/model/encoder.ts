import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { DIMENSIONS, MODEL_DIR, modelId } from './files.js';
import { DONE, WAITING, type EncoderShared } from './protocol.js';

/**
 * Turns a text into its sentence embedding: unit length, so a dot product is the cosine. The one
 * interface the engine sees of the model.
 *
 * @example
 * const e = startEncoder();
 * const v = e.embed('what is Ark?'); // Float32Array(384)
 */
export interface Encoder {
  /** Names the model and its weights (see `modelId`); derived vectors carry it. */
  readonly id: string;
  readonly dimensions: number;
  embed(text: string): Float32Array;
}

/** The model could not give a vector in time, or failed; the engine answers without it. */
export class EncoderError extends Error {
  readonly code = 'encoder_failed';
}

/** How long the first text may wait: the thread loads the model first (about 0.2 s here). */
const FIRST_WAIT_MS = 30_000;
/** How long any later text may wait: a question takes a few milliseconds. */
const WAIT_MS = 2_000;

/**
 * Starts the model on a thread of its own and returns a synchronous encoder over it.
 *
 * Why a thread and a blocking wait: ONNX Runtime's Node API is asynchronous, while the engine
 * answers synchronously (a question is a few milliseconds of CPU work, all of it on this thread).
 * The caller blocks on `Atomics.wait` while the thread runs the model, so a question costs what
 * the model costs, and the engine, its cache and its 147 callers stay synchronous.
 *
 * @example
 * const encoder = startEncoder();
 * await encoder.ready; // the model is loaded
 * encoder.embed('who gave the keynote on day 2');
 */
export function startEncoder(dir: URL = MODEL_DIR): Encoder & { ready: Promise<void>; close(): Promise<void> } {
  const shared: EncoderShared = {
    dir: dir.href,
    control: new SharedArrayBuffer(4),
    output: new SharedArrayBuffer(DIMENSIONS * 4),
  };
  const control = new Int32Array(shared.control);
  const output = new Float32Array(shared.output);
  // The thread holds the tokenizer (its 30k-word vocabulary) and the model: a small young
  // generation keeps what parsing the tokenizer left behind from staying resident.
  const worker = new Worker(bootstrap(), { eval: true, workerData: shared, resourceLimits: { maxYoungGenerationSizeMb: 4 } });
  // The thread never keeps a process alive: the CLI exits when it has answered.
  worker.unref();
  let used = false;
  const ready = new Promise<void>((resolve, reject) => {
    worker.once('online', () => resolve());
    worker.once('error', reject);
  });
  ready.catch(() => {});
  return {
    id: modelId(dir),
    dimensions: DIMENSIONS,
    ready,
    embed(text) {
      Atomics.store(control, 0, WAITING);
      worker.postMessage(text);
      const waited = Atomics.wait(control, 0, WAITING, used ? WAIT_MS : FIRST_WAIT_MS);
      used = true;
      if (waited === 'timed-out' || Atomics.load(control, 0) !== DONE) throw new EncoderError('the embedding model gave no vector');
      return output.slice();
    },
    async close() {
      await worker.terminate();
    },
  };
}

/**
 * The thread's first lines: import `worker.js` from dist/, or, run from source (tsx, vitest),
 * register tsx in the thread first: a worker does not inherit the TypeScript loader on Node 20.
 */
function bootstrap(): string {
  const ts = import.meta.url.endsWith('.ts');
  const worker = JSON.stringify(new URL(ts ? './worker.ts' : './worker.js', import.meta.url).href);
  if (!ts) return `import(${worker});`;
  // tsx's ESM entry (its `import` export), found from its CommonJS one: vitest's transform has no `import.meta.resolve`.
  const tsx = JSON.stringify(
    pathToFileURL(
      createRequire(import.meta.url)
        .resolve('tsx/esm/api')
        .replace(/\.cjs$/, '.mjs'),
    ).href,
  );
  return `import(${tsx}).then((api) => { api.register(); return import(${worker}); });`;
}
