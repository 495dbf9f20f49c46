import { createHash } from 'node:crypto';
import { closeSync, openSync, readSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The model this bot ships: all-MiniLM-L6-v2, exported with pooling and quantised (see docs/model.md). */
export const MODEL_DIR = new URL('../../models/all-minilm-l6-v2/', import.meta.url);
/** The graph's file in `MODEL_DIR`. */
export const MODEL_FILE = 'model.int8.onnx';
/** all-MiniLM-L6-v2's embedding size. */
export const DIMENSIONS = 384;

/**
 * What names the model in derived files: its folder's name and the SHA-256 of its weights, so
 * vectors made by any other model, or another export of this one, are refused. Kept apart from
 * the runtime (`session.ts`), so naming the model does not load ONNX Runtime into the process.
 *
 * @example
 * modelId(); // 'all-minilm-l6-v2@7527956a66a2' (the first 12 hex digits)
 */
export function modelId(dir: URL = MODEL_DIR): string {
  // Read in small pieces: the whole 23 MB file read at once stays resident until a full GC.
  const hash = createHash('sha256');
  const fd = openSync(new URL(MODEL_FILE, dir), 'r');
  try {
    const chunk = Buffer.allocUnsafe(1 << 20);
    for (let n = readSync(fd, chunk); n > 0; n = readSync(fd, chunk)) hash.update(chunk.subarray(0, n));
  } finally {
    closeSync(fd);
  }
  return `${fileURLToPath(dir).split('/').filter(Boolean).pop()}@${hash.digest('hex').slice(0, 12)}`;
}
