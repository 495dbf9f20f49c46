import { readFileSync } from 'node:fs';
import { Tokenizer } from '@huggingface/tokenizers';

/**
 * The model's window: sentence-transformers cuts all-MiniLM-L6-v2's input at 256 tokens
 * (`sentence_bert_config.json`), so a longer text is embedded by its first 256 as in Python.
 */
export const MAX_TOKENS = 256;

/** Token ids of a batch, padded to its longest text, as the ONNX graph takes them. */
export interface TokenBatch {
  /** Row-major `[rows, width]` ids, attention mask and token types. */
  ids: BigInt64Array;
  mask: BigInt64Array;
  types: BigInt64Array;
  rows: number;
  width: number;
}

/** Turns texts into the model's token ids, with the tokenizer the model was trained with. */
export interface ModelTokenizer {
  batch(texts: readonly string[]): TokenBatch;
}

/**
 * Loads the model folder's `tokenizer.json` (WordPiece, lower-casing) with Hugging Face's own
 * JavaScript tokenizer, so the ids are the ones Python's tokenizer gives.
 *
 * @example
 * const t = loadTokenizer(new URL('../../models/all-minilm-l6-v2/', import.meta.url));
 * t.batch(['what is Ark?']).width; // 6: [CLS] what is ark ? [SEP]
 */
export function loadTokenizer(dir: URL): ModelTokenizer {
  const read = (name: string): object => JSON.parse(readFileSync(new URL(name, dir), 'utf8')) as object;
  const tokenizer = new Tokenizer(read('tokenizer.json'), read('tokenizer_config.json'));
  return {
    batch(texts) {
      const encoded: number[][] = texts.map((text) => {
        const ids = tokenizer.encode(text).ids;
        // Keep [CLS] and [SEP] when cutting, as Python's truncation does.
        return ids.length <= MAX_TOKENS ? ids : [...ids.slice(0, MAX_TOKENS - 1), ids[ids.length - 1]!];
      });
      const width = Math.max(1, ...encoded.map((ids) => ids.length));
      const rows = encoded.length;
      const ids = new BigInt64Array(rows * width);
      const mask = new BigInt64Array(rows * width);
      encoded.forEach((row, r) => {
        row.forEach((id, c) => {
          ids[r * width + c] = BigInt(id);
          mask[r * width + c] = 1n;
        });
      });
      return { ids, mask, types: new BigInt64Array(rows * width), rows, width };
    },
  };
}
