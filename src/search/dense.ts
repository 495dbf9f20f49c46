import path from 'node:path';
import type { Encoder } from '../model/encoder.js';
import type { PassageEntry } from './knowledge.js';
import { fileHash, readDerived, textsHash, type DerivedKey } from './derived.js';
import { passageText, reportUnits, type Unit } from './units.js';

/**
 * The report's sentences and passages as vectors, and the encoder that turns a question into one:
 * the dense half of retrieval. Immutable after start.
 */
export interface DenseIndex {
  encoder: Encoder;
  units: readonly Unit[];
  /** One per unit, unit length. */
  unitVectors: readonly Float32Array[];
  /** One per passage (by its place in `Knowledge.passages`), unit length. */
  passageVectors: readonly Float32Array[];
  /** A passage's place in `Knowledge.passages`. */
  passageIndex: ReadonlyMap<PassageEntry, number>;
}

/**
 * The texts `npm run derive` embeds, in the order it stores their vectors: every sentence, then
 * every passage (see `units.ts`).
 *
 * @example
 * embeddedTexts(knowledge.passages).units.length === reportUnits(knowledge.passages).length; // true
 */
export function embeddedTexts(passages: readonly PassageEntry[]): { units: Unit[]; unitTexts: string[]; passageTexts: string[] } {
  const units = reportUnits(passages);
  return { units, unitTexts: units.map((u) => u.text), passageTexts: passages.map(passageText) };
}

/**
 * The key derived vectors must carry to be used with this report, cut this way, and this model.
 *
 * @example
 * derivedKey('data/kubecon-2017-austin', knowledge.passages, encoder.id).model; // 'all-minilm-l6-v2@…'
 */
export function derivedKey(conferenceDir: string, passages: readonly PassageEntry[], model: string): DerivedKey {
  const { unitTexts, passageTexts } = embeddedTexts(passages);
  return { model, report: fileHash(path.join(conferenceDir, 'report.txt')), texts: textsHash([...unitTexts, ...passageTexts]) };
}

/**
 * Loads a conference's derived vectors for an encoder; throws `DerivedError` (naming `npm run
 * derive <id>`) when they are missing or were made from anything else.
 *
 * @example
 * const dense = loadDense('data/kubecon-2017-austin', 'kubecon-2017-austin', knowledge.passages, startEncoder());
 */
export function loadDense(conferenceDir: string, id: string, passages: readonly PassageEntry[], encoder: Encoder): DenseIndex {
  const { units } = embeddedTexts(passages);
  const vectors = readDerived(conferenceDir, id, derivedKey(conferenceDir, passages, encoder.id));
  return {
    encoder,
    units,
    unitVectors: vectors.units,
    passageVectors: vectors.passages,
    passageIndex: new Map(passages.map((p, i) => [p, i])),
  };
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
