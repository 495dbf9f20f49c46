import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { startEncoder } from '../../src/model/encoder.js';
import { cosine } from '../../src/search/dense.js';
import { MODEL_DIR, modelId } from '../../src/model/files.js';

/**
 * The Node embeddings against sentence-transformers' own, computed in Python by
 * scripts/model/convert.py from the float model: the export, the int8 quantisation and the
 * JavaScript tokenizer together may not drift from them.
 */
const reference = JSON.parse(readFileSync(new URL('reference.json', MODEL_DIR), 'utf8')) as { sentences: string[]; vectors: number[][] };
const encoder = startEncoder();
afterAll(() => encoder.close());

describe('the embedding model in Node', () => {
  it.each(reference.sentences.map((s, i) => [s, i] as const))('embeds %j as sentence-transformers does (cosine ≥ 0.99)', (sentence, i) => {
    const v = encoder.embed(sentence);
    expect(v).toHaveLength(384);
    expect(cosine(v, Float32Array.from(reference.vectors[i]!))).toBeGreaterThanOrEqual(0.99);
  });

  it('gives unit-length vectors, the same for the same text', () => {
    const a = encoder.embed('what is Ark?');
    const b = encoder.embed('what is Ark?');
    expect(cosine(a, a)).toBeCloseTo(1, 4);
    expect(Array.from(a)).toEqual(Array.from(b));
  });

  it('tells paraphrases from unrelated text', () => {
    const q = encoder.embed('is there a recording of the keynotes');
    const near = encoder.embed('KubeCon has published all keynotes and talks as a YouTube playlist.');
    const far = encoder.embed('The party was on a boat with a jazz band.');
    expect(cosine(q, near)).toBeGreaterThan(cosine(q, far) + 0.2);
  });

  it('embeds empty text and text past the 256-token window without failing', () => {
    expect(encoder.embed('')).toHaveLength(384);
    expect(encoder.embed('kubernetes '.repeat(2000))).toHaveLength(384);
  });

  it('names the model by its weights', () => {
    expect(encoder.id).toBe(modelId());
    expect(encoder.id).toMatch(/^all-minilm-l6-v2@[0-9a-f]{12}$/);
  });
});
