/** Questions longer than this are cut: nobody types more into Slack, and search time stays flat. */
export const MAX_INPUT = 300;

/**
 * Cleans what a user typed before routing: Slack markup becomes its label (`<@U1>` and
 * `<!channel>` go), control characters become spaces, a leading `/kubecon` or `@kubecon` goes, and
 * the text is cut to `MAX_INPUT` characters at a word boundary.
 *
 * @example
 * normalizeInput('<@U123> what is <!channel> Ark?'); // 'what is Ark?'
 */
export function normalizeInput(raw: string): string {
  let text = unwrapMarkup(raw)
    // Emoji shortcodes (":thinking_face:", ":+1::skin-tone-2:") carry no question.
    .replace(/(^|\s)(?::[a-z0-9_+'-]+:)+(?=\s|$)/gi, '$1')
    .replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028\u2029\ufeff]/g, ' ')
    .replace(/[‘’`´]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^(?:\/|@)?kubecon(?:-bot)?[\s,:]+/i, '')
    .trim();
  if (text.length > MAX_INPUT) text = text.slice(0, MAX_INPUT).replace(/\s+\S*$/, '');
  return text;
}

/** Slack markup as it arrives: mentions and specials, channel links, and URLs with or without a label. */
const MARKUP: ReadonlyArray<[RegExp, string]> = [
  [/<[@!][^>]*>/g, ' '],
  [/<#[^|>]*\|([^>]*)>/g, '#$1'],
  [/<#[^>]*>/g, ' '],
  [/<(?:https?|mailto):[^|>]*\|([^>]*)>/g, '$1'],
  [/<((?:https?|mailto):[^>]*)>/g, '$1'],
];

/**
 * Replaces Slack markup with its label until none is left. One pass is not enough: unwrapping
 * `<<https://x|#C1>>` leaves `<#C1>`, which would be live again wherever the text is echoed.
 */
function unwrapMarkup(raw: string): string {
  let text = raw;
  for (let pass = 0; pass < 10; pass++) {
    const next = MARKUP.reduce((t, [re, to]) => t.replace(re, to), text);
    if (next === text) return text;
    text = next;
  }
  // Ten rounds of nesting is no question anybody types; drop the angle brackets outright.
  return text.replace(/[<>]/g, ' ');
}

/**
 * The questions in one message, in order: "what is Ark? and what is Rook?" asks two.
 *
 * @example
 * splitQuestions('what is Ark? and what is Rook?'); // ['what is Ark?', 'what is Rook?']
 */
export function splitQuestions(text: string): string[] {
  return text
    .split(/(?<=\?)\s+/)
    .map((q) => q.replace(/^(?:and|also|then|plus|or)\s+/i, '').trim())
    .filter((q) => q.replace(/[?\s]/g, '') !== '');
}
