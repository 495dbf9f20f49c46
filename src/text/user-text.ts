import { MAX_RAW_INPUT } from '../understand/clean.js';
import { cutText } from './normalize.js';

/**
 * Characters that make text read otherwise than it is stored, or that no one means to type: the
 * bidi controls (U+061C, U+200E/F, U+202A–E, U+2066–9: `\u202Ekcatta` reads "attack"), C0 and
 * C1 controls and DEL (NUL, BEL, ESC…) but tab and line breaks, and lone surrogates (half an
 * emoji, left by a client that cut text badly), which render as "�" and break strict JSON.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
const TRICKS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Slack's three entities: it sends a typed `<`, `>` and `&` as `&lt;`, `&gt;` and `&amp;`. */
const ENTITY = /&(lt|gt|amp);/g;
const ENTITIES: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&' };

/**
 * Drops the characters `TRICKS` names.
 *
 * @example
 * stripTricks('what is Ark? \u202Ekcatta\u202C\u0007'); // 'what is Ark? kcatta'
 */
export function stripTricks(text: string): string {
  return text.replace(TRICKS, '');
}

/**
 * What the bot reads of text a person typed into Slack (a slash command, a message, a message a
 * shortcut was used on), where a listener first reads it: the first `MAX_RAW_INPUT` characters
 * (cut between characters; the rest is never looked at, so a long paste costs no more than a
 * short one), Slack's escaping undone once (`&lt;` → `<`: escaped again once on output), and the
 * tricks (`stripTricks`) dropped. A non-string reads as empty.
 *
 * @example
 * fromSlack('&lt;!channel&gt; what is Ark? \u202Ekcatta'); // '<!channel> what is Ark? kcatta'
 */
export function fromSlack(raw: unknown): string {
  if (typeof raw !== 'string') return '';
  return stripTricks(cutText(raw, MAX_RAW_INPUT).replace(ENTITY, (_, name: string) => ENTITIES[name]!));
}

/**
 * What the bot reads of a button's value: its own text coming back (no Slack escaping to undo),
 * cut and stripped as `fromSlack` does, since a payload can carry anything.
 *
 * @example
 * fromButton('what is Ark?\u0000'); // 'what is Ark?'
 */
export function fromButton(raw: unknown): string {
  if (typeof raw !== 'string') return '';
  return stripTricks(cutText(raw, MAX_RAW_INPUT));
}
