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
  let text = raw
    .replace(/<[@!][^>]*>/g, ' ')
    .replace(/<#[A-Z0-9]+\|([^>]*)>/g, '#$1')
    .replace(/<(?:https?|mailto):[^|>]*\|([^>]*)>/g, '$1')
    .replace(/<((?:https?|mailto):[^>]*)>/g, '$1')
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
