import type { Knowledge } from '../search/knowledge.js';
import { closeWord } from '../search/lookup.js';
import { COMMANDS, type Command } from './commands.js';
import { fold, STOP_WORDS } from '../text/normalize.js';
import { FRAME_WORDS } from './frame.js';

/** What the router made of a text: the command to run and the words it takes. */
export interface Intent {
  command: Command;
  /** The argument words as typed (case kept), for the command's schema. */
  argText: string;
  /** How the command was chosen: its own word, a natural phrasing, or the search fallback. */
  via: 'command' | 'phrase' | 'fallback';
}

/** Words a command or a question starts with, for forgiving typos in them. */
const LEAD_WORDS: readonly string[] = [
  ...new Set([
    ...COMMANDS.flatMap((c) => [c.name, ...c.aliases]).filter((w) => /^[a-z]+$/.test(w)),
    ...'what who when which where is was are were did does have has talked spoke presented happened tell about define explain keynotes talks speakers sessions schedule'.split(' '),
  ]),
];

/**
 * A text with typos in its first two words fixed when they are not words of the report: the
 * question is read as meant ("waht is spinaker" asks what Spinnaker is, and "waht" is no topic).
 *
 * @example
 * readLeadTypos(knowledge, 'waht is spinaker'); // 'what is spinaker'
 */
export function readLeadTypos(k: Knowledge, text: string): string {
  // The words as `route` reads them (folded), each put back as typed unless it was fixed.
  const words = text.split(' ');
  const folded = words.map((w) => fold(w));
  const fixed = fixLeadTypos(k, folded);
  return fixed.some((w, i) => w !== folded[i]) ? words.map((w, i) => (fixed[i] !== folded[i] ? fixed[i]! : w)).join(' ') : text;
}

/** Fixes typos in the first two words when they are not words of the report (`waht is` → `what is`). */
function fixLeadTypos(k: Knowledge, words: string[]): string[] {
  return words.map((w, i) => {
    // A word of English's own ("gave", "give") is no typo of another ("have", "live").
    if (i > 1 || LEAD_WORDS.includes(w) || k.documentFrequency.has(w) || STOP_WORDS.has(w) || FRAME_WORDS.has(w)) return w;
    return LEAD_WORDS.find((lead) => lead.length >= 4 && closeWord(w, lead)) ?? w;
  });
}

/** The words after the first `count`, as the user typed them (case kept). */
function wordsAfter(original: string, count: number): string {
  return original.split(' ').slice(count).join(' ');
}

/**
 * Routes a question to a command: a natural phrasing first ("who is X", "heptio talks"), then a
 * command word ("keynotes day1"), then the passage search.
 *
 * @example
 * route(knowledge, 'keynotes day1').command.name; // 'keynotes'
 * route(knowledge, 'waht is spinaker').command.name; // 'define'
 */
export function route(k: Knowledge, text: string): Intent {
  const original = text.replace(/[?!.]+$/, '').trim();
  const words = fixLeadTypos(k, fold(original).split(' ').filter(Boolean));
  const q = words.join(' ');
  for (const c of COMMANDS) {
    for (const phrase of c.phrases) {
      const m = phrase.pattern.exec(q);
      if (!m) continue;
      const captured = m[1] ?? '';
      if (phrase.accept && !phrase.accept(k, captured)) continue;
      if (phrase.argument === false) return { command: c, argText: '', via: 'phrase' };
      // Keep the user's own casing when the folded text lines up with what they typed: no typo was
      // fixed and folding changed no lengths (it nearly always does not).
      const start = m[1] === undefined ? -1 : m.index + m[0].lastIndexOf(captured);
      const aligned = q === fold(original) && q.length === original.length;
      const argText = start >= 0 && aligned ? original.slice(start, start + captured.length) : captured;
      return { command: c, argText, via: 'phrase' };
    }
  }
  const first = words[0] ?? '';
  const byWord = COMMANDS.find((c) => c.name === first || c.aliases.includes(first));
  if (byWord) return { command: byWord, argText: wordsAfter(original, 1), via: 'command' };
  return { command: COMMANDS.find((c) => c.name === 'search')!, argText: original, via: 'fallback' };
}
