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
  return analyzeTokens(tokenize(text));
}

/** `analyze` over tokens already split (`tokenize`): start-up tokenises each passage once. */
export function analyzeTokens(tokens: readonly string[]): string[] {
  const out: string[] = [];
  for (const t of tokens) {
    if (STOP_WORDS.has(t)) continue;
    out.push(stem(t));
    // "kube-dns" is also "dns", "bare-metal" also "bare metal": the parts are indexed and asked too.
    if (t.includes('-')) for (const part of t.split('-')) if (part.length > 1 && !STOP_WORDS.has(part)) out.push(stem(part));
  }
  return out;
}

const wordSets = new Map<string, ReadonlySet<string>>();

/**
 * The folded words of a text as written (not stemmed), remembered for texts seen before: ranking
 * asks it of the same passages question after question.
 *
 * @example
 * wordSet('Find A Job').has('job'); // true
 */
export function wordSet(text: string): ReadonlySet<string> {
  let set = wordSets.get(text);
  if (!set) {
    set = new Set(tokenize(text));
    // The report's passages are bounded; anything else must not grow this forever.
    if (wordSets.size < 5_000) wordSets.set(text, set);
  }
  return set;
}
