import { contentWords, cutText } from '../text/normalize.js';
/** Questions longer than this (after cleaning) are cut: nobody types more into Slack, and search time stays flat. */
export const MAX_INPUT = 300;

/**
 * What the engine reads of a message at all, in UTF-16 code units, before any cleaning: the rest is
 * dropped unread, so every step after it works on at most this much, whatever arrives.
 *
 * Slack is the guide. It asks clients to keep a message to 4,000 characters (the composer splits or
 * offers a snippet for longer text, and slash command text is typed in that same composer), and
 * truncates anything posted past 40,000. A question is at most `MAX_INPUT` characters once
 * cleaned, so 4,000 leaves room for a lot of markup that cleans away before it (about 300
 * `<@U024BE7LH>` mentions, or as many emoji codes) while capping the work a single request can buy.
 */
export const MAX_RAW_INPUT = 4000;

/**
 * Cleans what a user typed before routing: the text is first cut to `MAX_RAW_INPUT`; then Slack
 * markup becomes its label (`<@U1>` and `<!channel>` go), control characters become spaces, the
 * bot's `handle` typed before the question goes (`/kubecon`, `@kubecon`, `kubecon-bot:`; the
 * conference's, `k.facts.handle`), and the text is cut to `MAX_INPUT` characters at a word
 * boundary. Every step is linear in the length of the text.
 *
 * @example
 * normalizeInput('<@U123> what is <!channel> Ark?'); // 'what is Ark?'
 * normalizeInput('/kubecon keynotes day1', 'kubecon'); // 'keynotes day1'
 */
export function normalizeInput(raw: string, handle?: string): string {
  let text = unwrapMarkup(cutRaw(raw))
    // Emoji shortcodes (":thinking_face:", ":+1::skin-tone-2:") carry no question.
    .replace(/(^|\s)(?::[a-z0-9_+'-]+:)+(?=\s|$)/gi, '$1')
    // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters become spaces.
    .replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028\u2029\ufeff]/g, ' ')
    .replace(/[‘’`´]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
  // Every leading handle goes ("/kubecon @kubecon what is Ark"), so that cleaning clean text changes nothing.
  if (handle) for (let before = ''; before !== text; ) [before, text] = [text, withoutHandle(text, handle)];
  if (text.length > MAX_INPUT) {
    // At a word boundary: drop the word the cut went through, and the spaces before it.
    const cut = text.slice(0, MAX_INPUT + 1);
    const space = cut.lastIndexOf(' ');
    text = (space > 0 ? cut.slice(0, space) : cutText(cut, MAX_INPUT)).trimEnd();
  }
  return text;
}

/** The text without a leading `/handle`, `@handle` or `handle-bot` and what separates it from the question. */
function withoutHandle(text: string, handle: string): string {
  const lower = text.slice(0, handle.length + 6).toLowerCase();
  let at = lower.startsWith('/') || lower.startsWith('@') ? 1 : 0;
  if (!lower.startsWith(handle, at)) return text;
  at += handle.length;
  if (lower.startsWith('-bot', at)) at += 4;
  const rest = text.slice(at);
  const separated = /^[\s,:]+/.exec(rest);
  return separated ? rest.slice(separated[0].length).trim() : text;
}

/** The first `MAX_RAW_INPUT` code units, without half of a surrogate pair at the cut. */
function cutRaw(raw: string): string {
  if (raw.length <= MAX_RAW_INPUT) return raw;
  const end = isHighSurrogate(raw.charCodeAt(MAX_RAW_INPUT - 1)) ? MAX_RAW_INPUT - 1 : MAX_RAW_INPUT;
  return raw.slice(0, end);
}

const isHighSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdbff;

/**
 * How many brackets may be open at once; a `<` beyond that becomes a space. Slack never nests
 * markup, and the cap keeps the scanner linear: a label moves at most once per enclosing bracket.
 */
const MAX_NESTING = 10;

/**
 * Replaces Slack markup with its label in one left-to-right pass, in time linear in the text.
 *
 * Slack escapes what people type (`&lt;`, `&gt;`), so in a message `<` and `>` only ever come as
 * markup: `<@U1>`, `<!here>`, `<#C1|general>`, `<https://x|label>`, `<mailto:a@b>`. Brackets are
 * matched innermost first, each `>` closing the latest `<` still open, and a closed bracket whose
 * text (already cleaned) starts like markup becomes its label: mentions and specials a space, a
 * channel `#name` (or a space), a link its label (or the URL). Since an inner label is in place
 * before the outer bracket closes, nesting comes out as repeated unwrapping would leave it:
 * `<<https://x|#C1>>` leaves `<#C1>`, which is markup too and goes. Anything else stays as typed:
 * `a < b`, `<b>`, and unclosed markup (`<@U1 hi`), which Slack does not treat as markup either.
 * An unclosed `<` that starts like markup but has a `>` somewhere after it becomes a space, so no
 * live markup is left behind.
 *
 * @example
 * unwrapMarkup('<@U1> see <https://x.y|the site> in <#C1|general>'); // '  see the site in #general'
 */
export function unwrapMarkup(raw: string): string {
  // Without both brackets nothing can be markup: most questions stop here.
  if (!raw.includes('<') || !raw.includes('>')) return raw;
  // The cleaned text so far, as UTF-16 code units; a label is never longer than its markup, so it
  // never outgrows the input. `open` holds where each `<` not yet closed sits, innermost last.
  const out = new Uint16Array(raw.length);
  let length = 0;
  const open: number[] = [];
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c === LT) {
      if (open.length < MAX_NESTING) {
        open.push(length);
        out[length++] = LT;
      } else out[length++] = SPACE;
    } else if (c === GT && open.length > 0) {
      const unwrapped = closeMarkup(out, open.pop()!, length);
      if (unwrapped < 0) out[length++] = GT;
      else length = unwrapped;
    } else out[length++] = c;
  }
  if (open.length > 0) {
    const lastClose = out.subarray(0, length).lastIndexOf(GT);
    for (const at of open) if (at < lastClose && markupKind(out, at, length) !== null) out[at] = SPACE;
  }
  return decode(out, length);
}

const LT = 0x3c;
const GT = 0x3e;
const PIPE = 0x7c;
const SPACE = 0x20;
const HASH = 0x23;

type MarkupKind = 'mention' | 'channel' | 'link';

/** What the bracket at `at` holds, judged by the cleaned text after it (up to `end`); `null` when not markup. */
function markupKind(out: Uint16Array, at: number, end: number): MarkupKind | null {
  const first = at + 1 < end ? out[at + 1] : undefined;
  if (first === 0x40 /* @ */ || first === 0x21 /* ! */) return 'mention';
  if (first === HASH) return 'channel';
  return LINK_SCHEMES.some((scheme) => startsWith(out, at + 1, end, scheme)) ? 'link' : null;
}

const LINK_SCHEMES = ['http:', 'https:', 'mailto:'] as const;

/** Whether `word` (lower-case ASCII) starts at `from`, in any case: `HTTPS:` is a scheme too. */
function startsWith(out: Uint16Array, from: number, end: number, word: string): boolean {
  if (from + word.length > end) return false;
  for (let j = 0; j < word.length; j++) {
    const c = out[from + j]!;
    if ((c >= 0x41 && c <= 0x5a ? c | 0x20 : c) !== word.charCodeAt(j)) return false;
  }
  return true;
}

/**
 * Closes the bracket at `at`, whose text runs to `end`: when it is markup, writes its label in its
 * place and returns where the cleaned text now ends; otherwise returns -1 and leaves `out` alone.
 */
function closeMarkup(out: Uint16Array, at: number, end: number): number {
  const kind = markupKind(out, at, end);
  if (kind === null) return -1;
  if (kind === 'mention') {
    out[at] = SPACE;
    return at + 1;
  }
  const pipe = out.subarray(at + 1, end).indexOf(PIPE);
  const labelFrom = pipe < 0 ? at + 1 : at + 2 + pipe;
  if (kind === 'channel') {
    // `<#C1|general>` → `#general`; `<#C1>` → a space.
    if (pipe < 0) {
      out[at] = SPACE;
      return at + 1;
    }
    out[at] = HASH;
    out.copyWithin(at + 1, labelFrom, end);
    return at + 1 + (end - labelFrom);
  }
  // `<https://x|label>` → `label`; `<https://x>` → `https://x`.
  out.copyWithin(at, labelFrom, end);
  return at + (end - labelFrom);
}

/** The first `length` code units of `units` as a string, lone surrogates and all. */
function decode(units: Uint16Array, length: number): string {
  let text = '';
  for (let from = 0; from < length; from += 8192) text += String.fromCharCode(...units.subarray(from, Math.min(length, from + 8192)));
  return text;
}

/**
 * The questions in one message, in order: "what is Ark? and what is Rook?" asks two. A part that
 * names nothing of its own ("… bigger than before? by how much", "vault talk day? and who gave
 * it") goes on asking the one before it.
 *
 * @example
 * splitQuestions('what is Ark? and what is Rook?'); // ['what is Ark?', 'what is Rook?']
 * splitQuestions('was it bigger? by how much');      // ['was it bigger? by how much']
 */
export function splitQuestions(text: string): string[] {
  const questions: string[] = [];
  for (const part of text.split(/(?<=\?)\s+/)) {
    const q = part.trim();
    if (q.replace(/[?\s]/g, '') === '') continue;
    if (questions.length > 0 && contentWords(q).length === 0) questions[questions.length - 1] += ` ${q}`;
    else questions.push(q.replace(/^(?:and|also|then|plus|or)\s+/i, '').trim());
  }
  return questions;
}
