import { fileURLToPath } from 'node:url';
import ort from 'onnxruntime-node';
import { DIMENSIONS, MODEL_DIR, MODEL_FILE } from './files.js';
import type { TokenBatch } from './tokens.js';

/** An open ONNX Runtime session of the model: token ids in, unit-length sentence vectors out. */
export interface ModelSession {
  run(batch: TokenBatch): Promise<Float32Array[]>;
}

/**
 * Opens the model with ONNX Runtime's CPU provider.
 *
 * One intra-op thread: a question is a dozen tokens, where a second thread costs more in hand-off
 * than it saves, and the web process shares its two cores with Bolt's own work.
 *
 * @example
 * const s = await openSession();
 * const [v] = await s.run(tokenizer.batch(['what is Ark?'])); // v.length === 384
 */
export async function openSession(dir: URL = MODEL_DIR, threads = 1): Promise<ModelSession> {
  const session = await ort.InferenceSession.create(fileURLToPath(new URL(MODEL_FILE, dir)), {
    executionProviders: ['cpu'],
    intraOpNumThreads: threads,
    interOpNumThreads: 1,
    graphOptimizationLevel: 'all',
    // No arena: a question's tensors are a few kilobytes, and an arena keeps its peak resident.
    enableCpuMemArena: false,
  });
  return {
    async run(b) {
      const shape = [b.rows, b.width];
      const out = await session.run({
        input_ids: new ort.Tensor('int64', b.ids, shape),
        attention_mask: new ort.Tensor('int64', b.mask, shape),
        token_type_ids: new ort.Tensor('int64', b.types, shape),
      });
      const data = out.embedding!.data as Float32Array;
      return Array.from({ length: b.rows }, (_, r) => data.slice(r * DIMENSIONS, (r + 1) * DIMENSIONS));
    },
  };
}
