import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import ort from 'onnxruntime-node';
import type { TokenBatch } from './tokens.js';

/** The model this bot ships: all-MiniLM-L6-v2, exported with pooling and quantised (see docs/model.md). */
export const MODEL_DIR = new URL('../../models/all-minilm-l6-v2/', import.meta.url);
/** The graph's file in `MODEL_DIR`. */
export const MODEL_FILE = 'model.int8.onnx';
/** all-MiniLM-L6-v2's embedding size. */
export const DIMENSIONS = 384;

/**
 * What names the model in derived files: its folder's name and the SHA-256 of its weights, so
 * vectors made by any other model, or another export of this one, are refused.
 *
 * @example
 * modelId(); // 'all-minilm-l6-v2@7527956a66a2…' (the first 12 hex digits)
 */
export function modelId(dir: URL = MODEL_DIR): string {
  const digest = createHash('sha256')
    .update(readFileSync(new URL(MODEL_FILE, dir)))
    .digest('hex');
  return `${fileURLToPath(dir).split('/').filter(Boolean).pop()}@${digest.slice(0, 12)}`;
}

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
