import { STOP_WORDS, tokenize } from '../text/normalize.js';
import { stem } from './stem.js';

export { stem };

/**
 * The analyzer behind every index: folded tokens, stop words out, stemmed.
 *
 * @example
 * analyze('Who talked about the Containers?'); // ['contain']
 */
export function analyze(text: string): string[] {
  return tokenize(text)
    .filter((t) => !STOP_WORDS.has(t))
    .map(stem);
}
