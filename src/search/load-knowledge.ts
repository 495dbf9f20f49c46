import path from 'node:path';
import { DATA_DIR, loadConference } from '../conference/load.js';
import { startEncoder, type Encoder } from '../model/encoder.js';
import { loadDense } from './dense.js';
import { buildKnowledge, withDense, type Knowledge } from './knowledge.js';

/**
 * A conference's knowledge as the bot answers from it: the report, its derived vectors, and the
 * encoder for questions. Throws `DerivedError` naming `npm run derive <id>` when the vectors are
 * missing or stale.
 *
 * @example
 * const k = loadKnowledge('kubecon-2017-austin');
 * k.dense?.encoder.id; // 'all-minilm-l6-v2@…'
 */
export function loadKnowledge(id: string, { dataDir = DATA_DIR, encoder }: { dataDir?: string; encoder?: Encoder } = {}): Knowledge {
  const k = buildKnowledge(loadConference(id, dataDir));
  return withDense(k, loadDense(path.join(dataDir, id), id, k, encoder ?? sharedEncoder()));
}

let shared: ReturnType<typeof startEncoder> | undefined;

/** One encoder thread per process, whatever number of conferences it loads. */
export function sharedEncoder(): ReturnType<typeof startEncoder> {
  shared ??= startEncoder();
  return shared;
}
