/**
 * A character outside ASCII. Text without one (the whole Austin report, most questions) is folded
 * by lower-casing alone: decomposing and stripping marks change nothing in it, and those passes and
 * the Unicode-aware word pattern cost twice as much as this scan and the plain one at start-up.
 */
const NON_ASCII = /[\u0080-\uffff]/;
/** `WORD` as it reads lower-cased ASCII: a letter or digit there is `[a-z0-9]`, and `’` cannot occur. */
const ASCII_WORD = /[a-z0-9]+(?:[-.'][a-z0-9]+)*/g;
const WORD = /[\p{L}\p{N}]+(?:[-.'’][\p{L}\p{N}]+)*/gu;

/**
 * Whether text is all ASCII: a pattern with `\p{…}` classes then reads the same as its ASCII
 * twin, which V8 compiles in a fraction of the time (a cold start compiles each pattern it runs
 * twice).
 *
 * @example
 * isAscii('CRI-O'); // true
 * isAscii('Crème'); // false
 */
export function isAscii(text: string): boolean {
  return !NON_ASCII.test(text);
}

/**
 * Lower-cases and strips diacritics so `Kubernetes`, `KUBERNETES` and `Kübernetes` compare equal.
 *
 * @example
 * fold('Crème CRI-O'); // 'creme cri-o'
 */
export function fold(text: string): string {
  if (!NON_ASCII.test(text)) return text.toLowerCase();
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
}

/**
 * A URL- and id-safe slug.
 *
 * @example
 * slugify('CRI-O: All the Runtime Kubernetes Needs'); // 'cri-o-all-the-runtime-kubernetes-needs'
 */
export function slugify(text: string): string {
  const slug = fold(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug.slice(0, 80).replace(/-+$/, '') || 'x';
}

/**
 * Splits text into folded word tokens, keeping inner hyphens and dots (`cri-o`, `kube-dns`, `v1.0`).
 *
 * @example
 * tokenize('What is CRI-O?'); // ['what', 'is', 'cri-o']
 */
export function tokenize(text: string): string[] {
  if (!NON_ASCII.test(text)) return text.toLowerCase().match(ASCII_WORD) ?? [];
  return fold(text).match(WORD) ?? [];
}

/** Words that carry no topic: question words, fillers, and the conference's own name. */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  `a an the and or of to in on at for by with from about into over as is are was were be been being am
   do does did done have has had it its it's this that these those there their they them he she his her
   we our you your i me my what which who whom whose when where why how any some all many much more most
   can could should would will shall may might must not no yes than then so if but also just only very
   tell say said know explain describe define show give find talk talked talking speak spoke speaking
   mention mentioned mentions discuss discussed anything something thing things stuff please hey hi hello
   author writer blogger
   happen happens happened happening going gave give gives given held present presented presenting like say says
   conference report session sessions talks keynote keynotes`
    .split(/\s+/)
    .filter(Boolean),
);

/** Tokens that carry the topic of a question. */
export function contentWords(text: string): string[] {
  return tokenize(text).filter((t) => !STOP_WORDS.has(t));
}

/**
 * Optimal-string-alignment edit distance (Damerau–Levenshtein with adjacent swaps), capped: returns
 * `max + 1` as soon as the distance must exceed `max`, which keeps typo checks cheap.
 *
 * @example
 * editDistance('waht', 'what'); // 1
 */
export function editDistance(a: string, b: string, max = 3): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (a === b) return 0;
  const over = max + 1;
  // Three rolling rows (two back, for swaps), reused across calls: typo checks run over every
  // glossary key and speaker name for each question, and fresh arrays per row were most of their cost.
  const width = b.length + 1;
  if (rows.length < 3 * width) rows = new Int32Array(3 * width * 2);
  let back2 = 0;
  let back1 = width;
  let current = 2 * width;
  for (let j = 0; j <= b.length; j++) rows[back1 + j] = Math.min(j, over);
  for (let i = 1; i <= a.length; i++) {
    // A cell further than `max` from the diagonal is over the cap whatever the letters: only the
    // band around it is worked out, its edges marked "over" for the next row to read.
    const from = Math.max(1, i - max);
    const to = Math.min(b.length, i + max);
    rows[current] = Math.min(i, over);
    if (from > 1) rows[current + from - 1] = over;
    if (to < b.length) rows[current + to + 1] = over;
    let best = from === 1 ? rows[current]! : over;
    const ai = a.charCodeAt(i - 1);
    for (let j = from; j <= to; j++) {
      const bj = b.charCodeAt(j - 1);
      let d = Math.min(rows[back1 + j]! + 1, rows[current + j - 1]! + 1, rows[back1 + j - 1]! + (ai === bj ? 0 : 1));
      if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === bj) d = Math.min(d, rows[back2 + j - 2]! + 1);
      rows[current + j] = d;
      if (d < best) best = d;
    }
    if (best > max) return over;
    [back2, back1, current] = [back1, current, back2];
  }
  return Math.min(rows[back1 + b.length]!, over);
}

/**
 * The letters a word holds, one bit each (a–z; the digits share one, anything else another). One
 * edit changes at most two of them, so words whose sets differ in more than `2 × max` cannot be
 * `max` edits apart (`mayBeWithin`): most words of a list are ruled out as a typo's target without
 * working out a distance.
 *
 * @example
 * letterSet('ark') === letterSet('rak'); // true
 */
export function letterSet(word: string): number {
  let set = 0;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    set |= c >= 97 && c <= 122 ? 1 << (c - 97) : c >= 48 && c <= 57 ? 1 << 26 : 1 << 27;
  }
  return set;
}

/**
 * Whether words with these letter sets (`letterSet`) may be `max` edits apart or fewer: false only
 * when they cannot be.
 *
 * @example
 * mayBeWithin(letterSet('mars'), letterSet('ark'), 1); // false
 */
export function mayBeWithin(a: number, b: number, max: number): boolean {
  let apart = 0;
  for (let x = a ^ b; x !== 0; x &= x - 1) if (++apart > 2 * max) return false;
  return true;
}

const letterSets = new WeakMap<readonly string[], Int32Array>();

/**
 * The letter sets of a list of words, by position, worked out on the list's first use: for lists
 * kept for good (the report's stems by length, a term's names), which typo checks scan per question.
 *
 * @example
 * lettersOf(['ark', 'helm'])[1] === letterSet('helm'); // true
 */
export function lettersOf(words: readonly string[]): Int32Array {
  let sets = letterSets.get(words);
  if (!sets) {
    sets = Int32Array.from(words, letterSet);
    letterSets.set(words, sets);
  }
  return sets;
}

/** Scratch rows for `editDistance`; grows to the longest word seen. */
let rows = new Int32Array(96);

/** How many typos a word of this length may carry and still be recognised. */
export function typoBudget(word: string): number {
  return word.length >= 8 ? 2 : word.length >= 4 ? 1 : 0;
}

/** The space between two sentences: after `.!?` (and closing quotes), before a capital or digit. */
const SENTENCE_GAP = /(?<=[.!?]["”')]*)\s+(?=["“(]?[\p{Lu}\d])/u;
/** `SENTENCE_GAP` as it reads ASCII text (a capital is `[A-Z]`, curly quotes cannot occur): cheaper to compile cold. */
const ASCII_SENTENCE_GAP = /(?<=[.!?]["')]*)\s+(?=["(]?[A-Z\d])/;

/**
 * Splits a passage into sentences, keeping list items as their own pieces and leaving
 * version numbers (`v1.0`) and abbreviations followed by lower case alone.
 *
 * @example
 * splitSentences('CoreDNS v1.0 released. It replaces kube-dns.'); // ['CoreDNS v1.0 released.', 'It replaces kube-dns.']
 */
export function splitSentences(text: string): string[] {
  return text
    .split('\n')
    .flatMap((line) => line.split(isAscii(line) ? ASCII_SENTENCE_GAP : SENTENCE_GAP))
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/**
 * The first `max` UTF-16 code units of text, one fewer when the cut would split a surrogate pair
 * (an emoji, a rare CJK character): never half a character.
 *
 * @example
 * cutText('ok 🔥', 4); // 'ok ' (not 'ok \ud83d')
 */
export function cutText(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= 0) return '';
  const code = text.charCodeAt(max - 1);
  return text.slice(0, code >= 0xd800 && code <= 0xdbff ? max - 1 : max);
}

/**
 * Shortens text to `max` characters at a word boundary, with an ellipsis; never inside a surrogate pair.
 *
 * @example
 * clip('Kubernetes Secret Superpower', 20); // 'Kubernetes Secret…'
 */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = cutText(text, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${space > max / 2 ? cut.slice(0, space) : cut}…`;
}
