import type { Knowledge, PassageEntry, SessionEntry } from '../../search/knowledge.js';
import { clip, cutText, splitSentences, contentWords, editDistance, letterSet, mayBeWithin } from '../../text/normalize.js';
import type { Answer, Part, Suggestion } from '../answer.js';
import { describeDay, passageSource, sessionSource, summarize, uniqueSources } from '../answer.js';

/** Suggestions that always help someone who is lost: the conference's own starters. */
export function starters(k: Knowledge): Suggestion[] {
  return [...k.facts.starters];
}

/**
 * The honest "not in the report" answer, with whatever close names the text suggests.
 *
 * @example
 * notCovered(knowledge, 'define', 'blockchain').matched; // false
 */
export function notCovered(k: Knowledge, intent: string, asked: string, why?: string): Answer {
  const shown = asked.length > 80 ? `${cutText(asked, 79)}…` : asked;
  const close = closeNames(k, asked);
  // "Did you mean" is said by the renderers, beside the guesses they show (see `Suggestion.guess`).
  const parts: Part[] = [{ type: 'text', text: why ?? `The report doesn't cover "${shown}".` }];
  if (close.length === 0) parts.push({ type: 'text', text: `Try a project (${k.facts.projects.join(', ')}), a speaker, a company, or a day.` });
  return {
    intent,
    title: 'Not in the report',
    parts,
    sources: [],
    suggestions: [...close, ...starters(k)].slice(0, 5),
    matched: false,
  };
}

/**
 * A "not covered" that says what of the question the report does cover, with a button asking it
 * ("what is kubernetes on mars": it does cover Kubernetes).
 *
 * @example
 * declineNaming(notCovered(knowledge, 'define', 'kubernetes on mars'), 'Kubernetes').parts[1]; // { type: 'text', text: 'It does cover Kubernetes.' }
 */
export function declineNaming(answer: Answer, name: string): Answer {
  return {
    ...answer,
    parts: [answer.parts[0]!, { type: 'text', text: `It does cover ${name}.` }],
    suggestions: [{ label: `What is ${name}?`, query: `what is ${name}` }, ...answer.suggestions].slice(0, 5),
  };
}

/**
 * Names in the report a typo or a prefix away from the words of a text: terms, speakers,
 * organisations. Used to suggest a way on when nothing matched.
 */
export function closeNames(k: Knowledge, text: string): Suggestion[] {
  const words = contentWords(text).filter((w) => w.length >= 4);
  const { names, byLength, byWord, inOrder } = nameWords(k);
  const out: Suggestion[] = [];
  for (const w of words) {
    // A suggestion may guess a little wider than the router forgives, but not so wide that "mars"
    // suggests Ark: one typo in short words, two from six letters on; or a word beginning.
    const budget = w.length >= 6 ? 2 : 1;
    const hits = new Set<number>();
    // Only names of about the word's length can be a typo away (the rest never were), and only
    // those with about its letters.
    const letters = letterSet(w);
    for (let n = w.length - budget; n <= w.length + budget; n++) {
      for (const i of byLength.get(n) ?? []) if (mayBeWithin(letters, names[i]!.letters, budget) && editDistance(w, names[i]!.word, budget) <= budget) hits.add(i);
    }
    // Names of four letters or more that begin with the word (next to each other in sorting
    // order), or that it begins with (one of its beginnings).
    let lo = 0;
    let hi = inOrder.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (names[inOrder[mid]!]!.word < w) lo = mid + 1;
      else hi = mid;
    }
    for (let j = lo; j < inOrder.length && names[inOrder[j]!]!.word.startsWith(w); j++) hits.add(inOrder[j]!);
    for (let n = 4; n <= w.length; n++) for (const i of byWord.get(w.slice(0, n)) ?? []) hits.add(i);
    // In the order the names are listed: terms, speakers, companies.
    for (const i of [...hits].sort((a, b) => a - b)) out.push(names[i]!.suggestion);
  }
  const seen = new Set<string>();
  return out.filter((s) => !seen.has(s.query) && seen.add(s.query)).slice(0, 3);
}

/** A word of a name the report knows, and what to suggest for it. */
interface NameWord {
  word: string;
  /** Its `letterSet`, for ruling it out as a typo's target at a glance. */
  letters: number;
  suggestion: Suggestion;
}

/** The words of the report's names, and where to find them (by position in `names`). */
interface NameWords {
  names: NameWord[];
  byLength: Map<number, number[]>;
  /** Those of four letters or more: by word, and in sorting order. */
  byWord: Map<string, number[]>;
  inOrder: number[];
}

const nameWordsOf = new WeakMap<Knowledge, NameWords>();

/** Every word of the report's names (terms' keys, speakers' names, companies' names), filed by length and by beginning once per knowledge. */
function nameWords(k: Knowledge): NameWords {
  let found = nameWordsOf.get(k);
  if (!found) {
    const names: NameWord[] = [
      ...k.terms.flatMap((t) => t.matcher.keys.map((word) => ({ word, suggestion: { label: `What is ${t.matcher.term.name}?`, query: `what is ${t.matcher.term.name}`, guess: true as const } }))),
      ...k.speakers.flatMap((s) => s.tokens.map((word) => ({ word, suggestion: { label: `Who is ${s.speaker.name}?`, query: `who is ${s.speaker.name}`, guess: true as const } }))),
      ...k.orgs.flatMap((o) => o.key.split(' ').map((word) => ({ word, suggestion: { label: `Sessions by ${o.name}`, query: `org ${o.name}`, guess: true as const } }))),
    ].map((n) => ({ ...n, letters: letterSet(n.word) }));
    const byLength = new Map<number, number[]>();
    names.forEach((n, i) => {
      byLength.set(n.word.length, [...(byLength.get(n.word.length) ?? []), i]);
    });
    const byWord = new Map<string, number[]>();
    const inOrder: number[] = [];
    names.forEach((n, i) => {
      if (n.word.length < 4) return;
      byWord.set(n.word, [...(byWord.get(n.word) ?? []), i]);
      inOrder.push(i);
    });
    // By code unit, as `<` and `startsWith` compare: the words a word begins are then side by side.
    inOrder.sort((a, b) => (names[a]!.word < names[b]!.word ? -1 : names[a]!.word > names[b]!.word ? 1 : a - b));
    found = { names, byLength, byWord, inOrder };
    nameWordsOf.set(k, found);
  }
  return found;
}

/**
 * A suggestion that opens a session in full: `Details: <title>` (or the bare title as label),
 * shortened at a word with an ellipsis so it fits a button.
 *
 * @example
 * sessionSuggestion('Cloud Native at AWS'); // { label: 'Details: Cloud Native at AWS', query: 'session Cloud Native at AWS' }
 */
export function sessionSuggestion(title: string, label = `Details: ${title}`): Suggestion {
  return { label: clip(label, 70), query: `session ${title}` };
}

/** The first sentences of a session's own text (not the author's asides), as a gist. */
export function gist(entry: SessionEntry, maxChars = 320): string | null {
  const first = entry.session.passages.find((p) => !p.aside) ?? entry.session.passages[0];
  if (!first) return null;
  let text = '';
  for (const sentence of splitSentences(first.text)) {
    if (text && text.length + sentence.length > maxChars) break;
    text = text ? `${text} ${sentence}` : sentence;
  }
  return text || null;
}

/** A sessions part plus each one's gist as a quote: what "what did X talk about" wants. */
export function sessionsWithGists(entries: readonly SessionEntry[]): Part[] {
  return entries.flatMap((entry): Part[] => {
    const text = gist(entry);
    const list: Part = { type: 'sessions', heading: null, sessions: [summarize(entry)] };
    return text ? [list, { type: 'quote', text, source: sessionSource(entry) }] : [list];
  });
}

/** `Keynote, Day #1 (Wednesday), Morning Keynotes`. */
export function whereAndWhen(entry: SessionEntry): string {
  const kind =
    entry.session.kind === 'keynote'
      ? 'a keynote'
      : `a${entry.session.level === 'intermediate' || entry.session.level === 'advanced' ? 'n' : ''} ${entry.session.level ? `${entry.session.level} ` : ''}talk`;
  return `${kind} on ${describeDay(entry.day.label, entry.day.weekday)}, in ${entry.section.heading}`;
}

/**
 * Sessions as an answer: listed, cited, and the first three offered in full.
 *
 * @example
 * sessionsAnswer('search', 'Sessions matching "opening keynote"', entries).parts[0]?.type; // 'sessions'
 */
export function sessionsAnswer(intent: string, title: string, entries: readonly SessionEntry[]): Answer {
  return {
    intent,
    title,
    parts: [{ type: 'sessions', heading: null, sessions: entries.map(summarize) }],
    sources: entries.map(sessionSource),
    suggestions: entries.slice(0, 3).map((e) => sessionSuggestion(e.session.title)),
    matched: true,
  };
}

/**
 * Quotes from passages as an answer: titled by the first one's session (or section), citing each,
 * and offering that session in full.
 *
 * @example
 * quotesAnswer(knowledge, 'search', [entry], [{ type: 'quote', text: '…', source: passageSource(entry) }]).matched; // true
 */
export function quotesAnswer(k: Knowledge, intent: string, entries: readonly PassageEntry[], parts: Part[]): Answer {
  const first = entries[0]!;
  return {
    intent,
    title: first.session?.title ?? first.section?.heading ?? k.conference.name,
    parts,
    sources: uniqueSources(entries.map(passageSource)),
    suggestions: first.session ? [sessionSuggestion(first.session.title)] : [],
    matched: true,
  };
}
