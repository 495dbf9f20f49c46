import type { Term } from '../conference/terms.js';
import { fold, tokenize } from '../text/normalize.js';

/** A glossary term ready to find in text. */
export interface TermMatcher {
  term: Term;
  /** Folded name and aliases, the keys users are matched against. */
  keys: string[];
  /** Each key as word tokens; a text mentions the term when it holds one of these runs. */
  keyTokens: string[][];
  /** Whole-word pattern, for finding where in a sentence the term stands. */
  readonly pattern: RegExp;
}

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/**
 * Compiles a term into a matcher. Whole words only: `CRI` does not match inside `CRI-O`, nor
 * `kube` inside `kube-dns`, because the tokenizer keeps hyphenated words whole.
 *
 * @example
 * termMatcher({ name: 'Ark', aliases: ['Heptio Ark'] }).pattern.test('heptio/ark'); // true (text already folded)
 */
export function termMatcher(term: Term): TermMatcher {
  const keys = [term.name, ...term.aliases].map(fold);
  let pattern: RegExp | undefined;
  return {
    term,
    keys,
    keyTokens: keys.map(tokenize).filter((t) => t.length > 0),
    // Made when a question first needs it: start-up finds mentions by tokens, and building the
    // glossary's 79 patterns up front was a millisecond of it that few of them ever repaid.
    get pattern() {
      pattern ??= wholeWords(keys);
      return pattern;
    },
  };
}

function wholeWords(keys: readonly string[]): RegExp {
  const alternatives = [...keys].sort((a, b) => b.length - a.length).map((k) => escapeRegExp(k).replace(/ /g, '\\s+'));
  // Matched against folded text, so plain ASCII classes do; `\p{L}` with `iu` made V8 compile
  // each of the glossary's patterns for milliseconds at start-up.
  return new RegExp(`(?<![a-z0-9_-])(?:${alternatives.join('|')})(?![a-z0-9_]|-[a-z0-9])`);
}

/** A project name with its major version run on: `etcd3`, `helm2`, `kubev2`. */
const VERSION_RUN_ON = /^([a-z][a-z-]*[a-z])v?\d{1,2}$/;
const isDigit = (code: number): boolean => code >= 48 && code <= 57;

/**
 * The terms a text mentions, in glossary order. Works on tokens rather than the regexes: a
 * token-position lookup is what keeps start-up in milliseconds over the whole report.
 *
 * @example
 * mentionedTerms('CRI-O uses CNI', matchers).map((m) => m.term.name); // ['CRI-O', 'Container Network Interface']
 * mentionedTerms('The release of etcd3', matchers).map((m) => m.term.name); // ['etcd']
 */
export function mentionedTerms(text: string, matchers: readonly TermMatcher[]): TermMatcher[] {
  // A name with its major version run on ("etcd3", "helm2") still names the project.
  const tokens = versionless(tokenize(text));
  const positions = new Map<string, number[]>();
  tokens.forEach((t, i) => {
    const list = positions.get(t);
    if (list) list.push(i);
    else positions.set(t, [i]);
  });
  const holds = (key: string[]): boolean => (positions.get(key[0]!) ?? []).some((start) => key.every((k, j) => tokens[start + j] === k));
  return matchers.filter((m) => m.keyTokens.some(holds));
}

/**
 * `mentionedTerms` for many texts against one glossary, over each text's tokens (`tokenize`): the
 * keys are filed by their first word once, so a text costs a look-up per word rather than one per
 * key (79 terms by 227 passages at start-up).
 *
 * @example
 * termFinder(matchers)(tokenize('CRI-O uses CNI')).map((m) => m.term.name); // ['CRI-O', 'Container Network Interface']
 */
export function termFinder(matchers: readonly TermMatcher[]): (words: readonly string[]) => TermMatcher[] {
  const byFirstWord = new Map<string, Array<{ order: number; key: string[] }>>();
  matchers.forEach((m, order) => {
    for (const key of m.keyTokens) {
      const list = byFirstWord.get(key[0]!);
      if (list) list.push({ order, key });
      else byFirstWord.set(key[0]!, [{ order, key }]);
    }
  });
  return (words) => {
    const tokens = versionless(words);
    const found: number[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const keys = byFirstWord.get(tokens[i]!);
      if (!keys) continue;
      for (const { order, key } of keys) {
        if (found.includes(order)) continue;
        let j = 1;
        while (j < key.length && tokens[i + j] === key[j]) j++;
        if (j === key.length) found.push(order);
      }
    }
    return found.sort((a, b) => a - b).map((order) => matchers[order]!);
  };
}

/** A text's tokens as term keys are matched: "etcd3" stands for "etcd". */
function versionless(words: readonly string[]): readonly string[] {
  // Copied only when a word changes: most texts have no run-on version, and start-up runs this
  // over every passage while its code is cold.
  let out: string[] | null = null;
  for (let i = 0; i < words.length; i++) {
    const t = words[i]!;
    if (!isDigit(t.charCodeAt(t.length - 1))) continue;
    const bare = t.replace(VERSION_RUN_ON, '$1');
    if (bare === t) continue;
    out ??= words.slice();
    out[i] = bare;
  }
  return out ?? words;
}
