import { clip, cutText } from '../text/normalize.js';

export { clip };

/** Slack's Block Kit limits the renderers keep to (a message Slack would reject is a silent nothing). */
export const LIMITS = {
  messageBlocks: 50,
  homeBlocks: 100,
  modalBlocks: 100,
  sectionText: 3000,
  headerText: 150,
  contextElements: 10,
  contextText: 2000,
  buttonText: 75,
  buttonValue: 2000,
  actionsElements: 25,
  fallbackText: 3000,
  modalTitle: 24,
} as const;

/**
 * Escapes the three characters Slack treats as markup in text, so echoed text cannot ping
 * `@channel` or forge a link.
 *
 * @example
 * escapeMrkdwn('what is <!channel> & co?'); // 'what is &lt;!channel&gt; &amp; co?'
 */
export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * Splits text into pieces of at most `max` characters, at sentence ends where it can, else at
 * line or word ends, never inside a word (unless a single word is longer than `max`).
 *
 * @example
 * splitText('One. Two. Three.', 10); // ['One. Two.', 'Three.']
 */
export function splitText(text: string, max: number): string[] {
  const out: string[] = [];
  let rest = text;
  while (rest.length > max) {
    const window = rest.slice(0, max + 1);
    // A single word longer than `max` is cut between characters, never inside an emoji.
    const at = lastMatchEnd(window, /[.!?]["”')]*\s/g) || lastMatchEnd(window, /\n/g) || lastMatchEnd(window, /\s/g) || cutText(rest, max).length || max;
    out.push(rest.slice(0, at).trimEnd());
    rest = rest.slice(at).trimStart();
  }
  if (rest.trim().length > 0) out.push(rest.trimEnd());
  return out;
}

function lastMatchEnd(text: string, pattern: RegExp): number {
  let end = 0;
  for (const m of text.matchAll(pattern)) end = (m.index ?? 0) + m[0].length;
  return end > 0 && end <= text.length ? end : 0;
}
