import { analyze } from '../search/analyze.js';
import type { Knowledge, PassageEntry } from '../search/knowledge.js';
import type { Query } from '../understand/query.js';
import type { Candidate } from './candidates.js';

/** Up to this many characters a passage is quoted whole. */
const WHOLE = 300;
/** Sentences quoted from a longer passage. */
const SENTENCES = 2;
/** Most list items quoted after a lead-in ("HBO's advice:"). */
const LIST_ITEMS = 8;
/** A passage shorter than this is quoted with the one after it. */
const SHORT = 40;
/** A sentence that goes on from the one before it is quoted with that one. */
const REFERS_BACK = /^(?:It|They|This|That|These|Those|He|She|Also|Additionally|But|So)\b/;

/**
 * The passage after `entry` when it belongs to the same session and section, else undefined.
 *
 * @example
 * nextInPart(knowledge, leadIn)?.passage.text; // the list "HBO's advice:" leads into
 */
export function nextInPart(k: Knowledge, entry: PassageEntry): PassageEntry | undefined {
  const next = k.passages[k.passages.indexOf(entry) + 1];
  return next && next.session === entry.session && next.section === entry.section ? next : undefined;
}

/**
 * What is quoted of a candidate passage for a question: the whole passage when short, else its
 * sentences nearest the question (by the model's cosine, and the question's words they hold), in
 * the report's order, each with the sentence it goes on from. A lead-in ("HBO's advice:") is
 * quoted with the list after it.
 *
 * @example
 * quoteOf(knowledge, candidate, query); // 'There are over 4k+ people at the KubeCon. …'
 */
export function quoteOf(k: Knowledge, c: Candidate, q: Query): string {
  const text = c.entry.passage.text;
  let quoted: string;
  if (text.length <= WHOLE) quoted = text;
  else {
    const words = new Set(analyze([...q.focus, ...q.hints, ...q.entities.terms.map((t) => t.matcher.term.name)].join(' ')));
    const scored = c.units.map((u, i) => {
      const tokens = analyze(u.unit.text);
      const shared = tokens.filter((t) => words.has(t)).length;
      return { i, score: u.dense + (0.15 * shared) / Math.max(1, Math.sqrt(words.size)) };
    });
    const picked = new Set(
      scored
        .sort((a, b) => b.score - a.score)
        .slice(0, SENTENCES)
        .map((s) => s.i),
    );
    for (const i of [...picked]) if (i > 0 && REFERS_BACK.test(c.units[i]!.unit.text)) picked.add(i - 1);
    for (const i of [...picked]) {
      // A lead-in is quoted with its items.
      if (!/:\s*$/.test(c.units[i]!.unit.text)) continue;
      for (let j = i + 1; j < c.units.length && j <= i + LIST_ITEMS && /^[-*•]\s/.test(c.units[j]!.unit.text); j++) picked.add(j);
    }
    const lines = [...picked].sort((a, b) => a - b).map((i) => c.units[i]!.unit.text);
    quoted = lines.join(' ');
  }
  // A lead-in ("HBO's advice:") or a line too short to say anything alone ("Travel") goes on in the next passage.
  if (/:\s*$/.test(quoted) || quoted.length < SHORT) {
    const next = nextInPart(k, c.entry);
    // An aside of the author's is no continuation.
    if (next && !next.passage.aside) quoted += `\n${next.passage.text.split('\n').slice(0, LIST_ITEMS).join('\n')}`;
  }
  return quoted;
}
