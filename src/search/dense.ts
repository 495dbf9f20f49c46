import path from 'node:path';
import type { Encoder } from '../model/encoder.js';
import type { Knowledge } from './knowledge.js';
import { fileHash, readDerived, textsHash, type DerivedKey } from './derived.js';
import { passageText } from './units.js';

/**
 * The report's sentences and passages as vectors, and the encoder that turns a question into one:
 * the dense half of retrieval. Immutable after start.
 */
export interface DenseIndex {
  encoder: Encoder;
  /** One per sentence of `Knowledge.units`, in its order, unit length. */
  unitVectors: readonly Float32Array[];
  /** One per passage of `Knowledge.passages`, in its order, unit length. */
  passageVectors: readonly Float32Array[];
}

/** What of the knowledge is embedded: its sentences and its passages. */
type Embedded = Pick<Knowledge, 'units' | 'passages'>;

/**
 * The texts `npm run derive` embeds, in the order it stores their vectors: every sentence, then
 * every passage (see `units.ts`).
 *
 * @example
 * embeddedTexts(knowledge).unitTexts.length === knowledge.units.length; // true
 */
export function embeddedTexts(k: Embedded): { unitTexts: string[]; passageTexts: string[] } {
  return { unitTexts: k.units.map((u) => u.text), passageTexts: k.passages.map(passageText) };
}

/**
 * The key derived vectors must carry to be used with this report, cut this way, and this model.
 *
 * @example
 * derivedKey('data/kubecon-2017-austin', knowledge, encoder.id).model; // 'all-minilm-l6-v2@…'
 */
export function derivedKey(conferenceDir: string, k: Embedded, model: string): DerivedKey {
  const { unitTexts, passageTexts } = embeddedTexts(k);
  return { model, report: fileHash(path.join(conferenceDir, 'report.txt')), texts: textsHash([...unitTexts, ...passageTexts]) };
}

/**
 * Loads a conference's derived vectors for an encoder; throws `DerivedError` (naming `npm run
 * derive <id>`) when they are missing or were made from anything else than these sentences and
 * passages.
 *
 * @example
 * const dense = loadDense('data/kubecon-2017-austin', 'kubecon-2017-austin', knowledge, startEncoder());
 */
export function loadDense(conferenceDir: string, id: string, k: Embedded, encoder: Encoder): DenseIndex {
  const vectors = readDerived(conferenceDir, id, derivedKey(conferenceDir, k, encoder.id));
  return { encoder, unitVectors: vectors.units, passageVectors: vectors.passages };
}

/**
 * The cosine of a unit vector with each of some others, in their order.
 *
 * @example
 * similarities(question, knowledge.dense.unitVectors)[0]; // the first sentence's cosine
 */
export function similarities(vector: Float32Array, vectors: readonly Float32Array[]): Float64Array {
  const out = new Float64Array(vectors.length);
  for (let i = 0; i < vectors.length; i++) out[i] = cosine(vector, vectors[i]!);
  return out;
}

/**
 * The dot product of two unit vectors: their cosine.
 *
 * @example
 * cosine(new Float32Array([1, 0]), new Float32Array([0.6, 0.8])); // 0.6
 */
export function cosine(a: Float32Array, b: Float32Array): number {
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += a[i]! * b[i]!;
  return sum;
}
