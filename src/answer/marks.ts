import { analyze } from '../search/analyze.js';
import { FRAME_WORDS } from '../understand/frame.js';
import { type Answer, extended, type Part } from './answer.js';

/** Words as they stand in a text, case kept, inner hyphens and dots too (`CRI-O`, `v1.0`). */
const WORDS = /[\p{L}\p{N}]+(?:[-.'’][\p{L}\p{N}]+)*/gu;

/**
 * Each word's stem, remembered: quotes are the report's own words, so this holds at most its
 * vocabulary (a few thousand entries), and a quote's words need not be stemmed on every answer.
 */
const stems = new Map<string, string | null>();
const REMEMBERED = 20_000;
function stemOf(word: string): string | null {
  let s = stems.get(word);
  if (s === undefined) {
    s = analyze(word)[0] ?? null;
    if (stems.size < REMEMBERED) stems.set(word, s);
  }
  return s;
}

/** More bold than this and nothing stands out. */
const MAX_MARKS = 8;

/**
 * The words of a quote that match words of the question (by stem, so "backups" marks "backup"),
 * as they stand in the quote: what a reader's eye should land on.
 *
 * @example
 * marksIn('Heptio Ark allows to do restore of API objects', 'what is ark'); // ['Ark']
 */
export function marksIn(text: string, question: string): string[] {
  return marksOf(text, wantedStems(question));
}

/**
 * The stems of a question's words that a quote's words are marked for: its words but the frame
 * ("what is", "tell me about"), analysed.
 *
 * @example
 * wantedStems('what is ark'); // Set { 'ark' }
 */
function wantedStems(question: string): ReadonlySet<string> {
  return new Set(
    analyze(
      question
        .split(/\s+/)
        .filter((w) => !FRAME_WORDS.has(w.toLowerCase()))
        .join(' '),
    ),
  );
}

/** `marksIn`, with the question's stems worked out already (`wantedStems`). */
function marksOf(text: string, wanted: ReadonlySet<string>): string[] {
  if (wanted.size === 0) return [];
  const marks = new Set<string>();
  for (const word of text.match(WORDS) ?? []) {
    const stem = stemOf(word);
    if (stem !== null && wanted.has(stem)) marks.add(word);
    if (marks.size >= MAX_MARKS) break;
  }
  return [...marks];
}

/**
 * Marks, in every quote of an answer, the words that match the question.
 *
 * @example
 * withMarks(ask(knowledge, 'what is ark'), 'what is ark').parts[0]; // { type: 'quote', …, marks: ['Ark'] }
 */
export function withMarks(answer: Answer, question: string): Answer {
  if (!answer.parts.some((p) => p.type === 'quote')) return answer;
  // The question's stems once, not once per quote.
  const wanted = wantedStems(question);
  return { ...answer, parts: answer.parts.map((p): Part => (p.type === 'quote' ? extended(p, { marks: marksOf(p.text, wanted) }) : p)) };
}
