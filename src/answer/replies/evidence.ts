import type { Session } from '../../conference/model.js';
import { on } from '../../ablation.js';
import { namedScope } from '../scope.js';
import { nextInPart } from '../quote.js';
import type { Knowledge, PassageEntry, SessionEntry } from '../../search/knowledge.js';
import type { Query } from '../../understand/query.js';
import { ASKS_FOR_ONE, type Wants } from '../../understand/frame.js';
import type { Answer, Part } from '../answer.js';
import { passageSource } from '../answer.js';
import { findSessions, rarity, relatedInReport, relatedStems, searchPassages, topicShares, topicWords, unknownWords, type PassageHit } from '../../search/lookup.js';
import { analyze, stem, wordSet } from '../../search/analyze.js';
import { listedWord } from '../../search/english.js';
import { EXPAND_BELOW } from '../../search/lexicon.js';
import { splitSentences, STOP_WORDS, tokenize } from '../../text/normalize.js';
import { PARALLEL_LINE } from '../../conference/rejoin.js';
import { BACK_REFERENCE, GOES_ON } from '../../search/definitions.js';
import { declineNaming, notCovered, quotesAnswer, sessionsAnswer } from './common.js';
import { type Sentence, sentencesOf } from './quotes.js';

/**
 * Share of the focus's information the best passage must hold: below it, the report does not say.
 * Calibrated on the blind dev half: 0.4 → 70.4% right ("not covered" P 70%, R 41%), 0.5 → 72.2%
 * (P 59%, R 59%), 0.6 → 72.2% (P 54%, R 82%), 0.7 → 71.3% (P 50%, R 82%).
 */
export const MIN_FOCUS_COVERAGE = 0.6;

/**
 * The share of the focus a passage must hold when the question's topic is in words the report never
 * uses but relates to its own: the lexicon's weakest relation (0.4), so that one topic word reached
 * only through a relation can be covered. Calibrated on the blind dev half: 0.3 → 81.3%, 0.35 →
 * 81.6%, 0.4 → 81.5% (not covered P 74%, R 74%), 0.5 → 80.7%, and 0.6 (no such bar) → 80.4%.
 */
const PARAPHRASED_COVERAGE = 0.4;
/**
 * How close a relation must be for a word to count as the report's word said otherwise: WordNet's
 * two-level relations and the word vectors' closest (cosine ≥ 0.7) are 0.5; the vectors' looser
 * ones (0.4, "pizza" ~ taco) are not enough to lower the bar ("best pizza in copenhagen" is not
 * the report's Copenhagen). Dev 81.3% at 0.5, 81.5% with any relation.
 */
const PARAPHRASE_RELATION = 0.5;

/**
 * How close to the best passage's score a second must come to be quoted too (holding as much of
 * the question): the report often says a thing over two paragraphs. Calibrated on the blind dev
 * sets: 0.8 → 71.3%, 0.6 → 71.5%, 0.5 → 71.8%, 0.3 → 71.8%.
 */
const SECOND_QUOTE = 0.5;

/**
 * A passage holding every topic word of the question (the nouns: "party" in "anything new he saw at
 * the party") covers it, however little of its other words ("new", "saw") it shares: "not covered"
 * is decided on what the question is about. Not quite 1, so that rounding in the shares does not
 * turn a passage holding them all away. Calibrated on the blind dev half: with it 72.4% right
 * (not covered P 56%), without 72.0% (P 53%).
 */
const TOPIC_GATE = 0.99;

/**
 * The share of an author question's focus one of the author's own passages must hold when no
 * passage holds MIN_FOCUS_COVERAGE. Calibrated on the blind dev sets: 0.3–0.5 → dev 84.2%, dev2
 * 79.4%; 0.55 → dev2 78.8% (as without it).
 */
const AUTHOR_COVERAGE = 0.5;

/** How much more of a question a passage outside a named project's must hold to answer instead. */
const OPEN_MARGIN = 0.2;

/** The author speaking of themselves. */
const FIRST_PERSON = /\b(?:I|I'm|I've|my|me)\b/;

/** A sentence that asks: it ends in a question mark, or opens with a question word and its verb ("What can be done to …"). */
const ASKS = /\?["”')]*$|^["“]?(?:what|how|why|who|where|when|which)\s+(?:can|could|do|does|did|is|are|was|were|should|would|will)\b/i;

/**
 * A sentence that speaks of what was said before it: "this" in its first words ("Depending on how
 * you see it, this is kind of controversial"). Not "it", which goes on about the thing itself ("It
 * even simplifies installing …"). Words and the marks between them alternate, so the pattern
 * cannot backtrack over a long run of either.
 */
const REFERS_BACK = /^\W*(?:\w+\W+){0,7}?this\b/i;

/** What a sentence that answers each kind of question tends to hold. */
const CUES: Partial<Record<Wants, RegExp>> = {
  // A year ("KubeCon 2017") is no quantity: "how big was kubecon" is not answered by its name.
  // Nor is "one", nearly always a pronoun ("not the official KubeCon one").
  number: /(?<!\d)(?!(?:19|20)\d\d(?!\d))\d|\b(?:two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|thirty|hundred|thousand|million|billion|half|twice|double|triple|dozens?)\b/i,
  advice:
    /\b(?:advice|advise|takeaways?|should|must|need to|needs to|have to|has to|don't|do not|avoid|make sure|recommend\w*|best|tips?|lessons?|learn\w*|try|consider|important|key|better|instead|start with|use|prefer|good idea|helps?)\b/i,
  // An amount of money: a currency sign or word next to a number.
  price: /[$€£¥]\s?\d|\d\s?(?:k|m|million|billion)?\s?(?:[$€£¥]|(?:usd|eur|dollars?|euros?|bucks|cents?)\b)/i,
  time: /\b(?:day|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|\d{4}|morning|evening|night|next|after|before)\b/i,
  place: /\b(?:in|at|from|to) [A-Z]/,
  opinion: new RegExp(`${FIRST_PERSON.source}|\\b(?:awesome|great|nice|love|loved|liked?|enjoy\\w*|amazing|cool|interesting|favou?rite|best|impress\\w*|agree)\\b`),
  reason: /\b(?:because|since|so that|due to|caus\w*|reasons?|why|thanks to|results? (?:of|from)|in order to|so)\b/i,
  person: /\b[A-Z][a-z]+ [A-Z][a-z]+\b/,
};

/**
 * The words that say outright what a kind of question asks for ("HBO's advice:", "Takeaways:",
 * "I can't agree more"): they weigh more than the looser cues above, which many passages hold.
 */
const STRONG_CUES: Partial<Record<Wants, RegExp>> = {
  advice: /\b(?:advice|advise|takeaways?|lessons?|tips?|recommend\w*|best practices?|my takeaway)\b/i,
  opinion: /\b(?:I think|I can't agree|I agree|for me|in my opinion|one of the best|favou?rite|I (?:really )?(?:liked?|loved?|enjoyed))\b/i,
};

const tokensByPassage = new WeakMap<PassageEntry, string[]>();
function passageTokens(entry: PassageEntry): string[] {
  let tokens = tokensByPassage.get(entry);
  if (!tokens) {
    tokens = [...new Set(analyze(entry.passage.text))];
    tokensByPassage.set(entry, tokens);
  }
  return tokens;
}

/** The cues made global once, for counting: `match` with a global pattern returns every hit. */
const COUNTING_CUES = new Map(Object.entries(CUES).map(([wants, cue]) => [wants, new RegExp(cue.source, `${cue.flags}g`)]));

/** How many times a text holds what a kind of question wants. */
function cueCount(wants: Wants, text: string): number {
  const cue = COUNTING_CUES.get(wants);
  return cue ? (text.match(cue) ?? []).length : 0;
}

/** How much a sentence's cue counts against its words: a "how many" is not answered without a number. */
const CUE_WEIGHT: Partial<Record<Wants, number>> = { number: 2, price: 2, time: 1, place: 1 };

/** The author's own doings: first person, or the day's parts outside sessions (travel, booth, party). */
function authorsOwn(entry: PassageEntry): boolean {
  return entry.passage.aside || entry.session === null || FIRST_PERSON.test(entry.passage.text);
}

interface Scope {
  /** The question names people or sessions: only their passages answer it. */
  people: boolean;
  /** Which passages may answer. */
  filter?: (p: PassageEntry) => boolean;
  /** Words of names the scope already stands for: not asked of the passage again. */
  covered: boolean;
  /** Passages that name a company the question names, outside its people's sessions. */
  mentions?: (p: PassageEntry) => boolean;
}

/**
 * The passages a question's names point at: a speaker's, company's or named session's passages,
 * else those that mention a named project; narrowed to a day and a kind of session. A question
 * about the author ranks the author's own passages first but is narrowed to them only when it
 * names nothing else: what he thought of a keynote is said in the keynote's passage ("YES!! Rook
 * again on a slide").
 */
function scopeOf(q: Query): Scope {
  const e = q.entities;
  const { ids, terms, tests } = namedScope(q);
  // "did the author like the conference?" names nothing to search for: his own passages answer.
  if (q.author && ids.size === 0 && q.focus.length === 0) tests.push(authorsOwn);
  // "keynotes" narrows; "talk" is said of any session ("best talk of the conference" was a keynote).
  if (q.sessionKind === 'keynote' && ids.size === 0) tests.push((p) => p.session?.kind === 'keynote');
  if (tests.length === 0) return { covered: false, people: false };
  const filter = (p: PassageEntry): boolean => tests.every((t) => t(p));
  // A company is also what is said of it elsewhere ("the CNCF has over 150 members", in another
  // company's keynote): when its people's sessions do not answer, the passages that name it may.
  const orgNames = e.orgs.flatMap((o) => [o.squashed, ...(o.initials.length >= 3 ? [o.initials] : [])]);
  const namesOrg = (p: PassageEntry): boolean => orgNames.some((n) => wordSet(p.passage.text).has(n)) && tests.slice(1).every((t) => t(p));
  return { filter, covered: ids.size > 0 || terms.size > 0, people: ids.size > 0, ...(orgNames.length > 0 && ids.size > 0 ? { mentions: namesOrg } : {}) };
}

/**
 * Whether holding the question's topic words is enough (TOPIC_GATE). Not for a question asking for
 * a time, number, place or person: the topic ("keynotes") is there, the attribute rarely. Nor when
 * its one topic is the kind of thing it asks for ("what hotel did he stay at"): the report may name
 * the kind ("the hotel") and never the one.
 */
function byTopic(q: Query): boolean {
  if (ASKS_FOR_ONE.has(q.wants)) return false;
  const kind = /^(?:what|which) (\w+)/i.exec(q.text)?.[1]?.toLowerCase();
  const topics = topicWords(q.focus.join(' '));
  return !(kind !== undefined && topics.length === 1 && topicWords(kind)[0] === topics[0]);
}

/** A passage's score for a question: its search score, more when it holds what the question wants. */
function weigh(q: Query, hit: PassageHit, hints: ReadonlySet<string>): number {
  const text = hit.entry.passage.text;
  // Holding the question's topic counts as much again as holding its other words (see TOPIC_GATE).
  let score = hit.score * (1 + hit.topicCoverage) * (on('cue-weight') ? (1 + 0.3 * Math.min(cueCount(q.wants, text), 3)) * (STRONG_CUES[q.wants]?.test(text) ? 2 : 1) : 1);
  // "hbos main advice" is best answered where the report itself says "HBO's advice:".
  const shared = hints.size === 0 || !on('hint-weight') ? 0 : passageTokens(hit.entry).filter((t) => hints.has(t)).length;
  score *= 1 + Math.min(shared, 2);
  // "what r CRDs and why would i use them": the report's own definition of what is named says it best.
  if (on('definition-weight') && q.wants === 'definition' && q.entities.terms.some((t) => t.definition?.from === hit.entry)) score *= 2;
  // "sarah novotny's values list": a list is best answered by a passage shaped as one.
  if (on('list-weight') && q.wants === 'list' && listShaped(text)) score *= 2;
  // "how to get involved": the report asking the question itself ("How do you participate? Build
  // something. …") is followed by its answer.
  if (on('asked-in-report') && asksItself(hit)) score *= ASKED_IN_REPORT;
  return score;
}

/**
 * How much more a passage that asks the question itself counts. Calibrated on the blind dev half:
 * ×2 → 82.4%, ×3 → 82.5%, ×4 → 82.2% (without: 82.0%).
 */
const ASKED_IN_REPORT = 3;

/** The words of a passage's question sentences that more follows (none for most passages), worked out once per passage. */
const askedByPassage = new WeakMap<PassageEntry, ReadonlySet<string>>();
function askedWords(entry: PassageEntry): ReadonlySet<string> {
  let asked = askedByPassage.get(entry);
  if (!asked) {
    const sentences = entry.passage.text.includes('?') ? sentencesOf(entry) : [];
    asked = new Set(sentences.flatMap((s, i) => (i < sentences.length - 1 && /\?["”)]*$/.test(s.sentence) ? s.tokens : [])));
    askedByPassage.set(entry, asked);
  }
  return asked;
}

/** Whether a passage asks, in a sentence of its own, what the words it matched name, and goes on after the question. */
function asksItself(hit: PassageHit): boolean {
  const asked = askedWords(hit.entry);
  return asked.size > 0 && hit.matchedTerms.some((t) => asked.has(t));
}

/** Whether a text is a list: three lines or more that are items ("- …") or of one contrasting shape ("A > B"). */
function listShaped(text: string): boolean {
  return text.split('\n').filter((l) => /^[-*•]\s/.test(l) || PARALLEL_LINE.test(l)).length >= 3;
}

/** Up to this many characters, a passage is quoted whole; for a question wanting a list, up to WHOLE_LIST. */
const WHOLE = 300;
const WHOLE_LIST = 600;

/** A sentence, or a list: a heading line ("HBO's advice:") with the items under it. */
interface Unit {
  lines: string[];
  index: number;
  tokens: string[];
}

/** Most list items quoted under one heading. */
const LIST_ITEMS = 8;

/**
 * A passage's sentences, with each list heading and its items kept together as one unit; an item
 * is quoted by its first sentence, so a list reads as a list.
 */
function unitsOf(text: string, lists: boolean): Unit[] {
  const units: Unit[] = [];
  let list: Unit | null = null;
  let index = 0;
  const lines = text.split('\n');
  // Lines of one shape ("Distribution > Centralization", "Inclusive > Exclusive …") are a list
  // without dashes: each is an item, quoted whole.
  const parallel = (i: number): boolean => PARALLEL_LINE.test(lines[i] ?? '') && (PARALLEL_LINE.test(lines[i - 1] ?? '') || PARALLEL_LINE.test(lines[i + 1] ?? ''));
  let contrasts: Unit | null = null;
  for (const [i, line] of lines.entries()) {
    if (lists && parallel(i)) {
      list = null;
      if (contrasts && contrasts.lines.length <= LIST_ITEMS) {
        contrasts.lines.push(line);
        contrasts.tokens.push(...analyze(line));
      } else {
        contrasts = { lines: [line], index, tokens: analyze(line) };
        units.push(contrasts);
      }
      index += splitSentences(line).length;
      continue;
    }
    contrasts = null;
    const sentences = splitSentences(line);
    const first = sentences[0];
    if (first === undefined) continue;
    if (lists && list && /^[-*•]\s/.test(first) && list.lines.length <= LIST_ITEMS) {
      list.lines.push(first);
      list.tokens.push(...analyze(line));
      index += sentences.length;
      continue;
    }
    list = null;
    if (lists && /^[-*•]\s/.test(first)) {
      // Items with no heading above them are a list all the same.
      list = { lines: [first], index, tokens: analyze(line) };
      units.push(list);
      index += sentences.length;
      continue;
    }
    for (const sentence of sentences) {
      const unit: Unit = { lines: [sentence], index: index++, tokens: analyze(sentence) };
      units.push(unit);
      if (sentence === sentences[sentences.length - 1] && /:\s*$/.test(sentence) && sentence.split(/\s+/).length <= 8) list = unit;
    }
  }
  return lists ? withEnumerations(units) : units;
}

const ORDINALS = ['second', 'third', 'fourth', 'fifth', 'sixth'];
/** The ordinal a sentence opens with ("Second principle is …", "Thirdly, …"), lower-cased without "ly". */
const opensWith = (line: string): string | undefined => /^["“]?(First|Second|Third|Fourth|Fifth|Sixth|Finally|Lastly)(?:ly)?\b/.exec(line)?.[1]?.toLowerCase();

/**
 * A list told in prose ("First principle is … Second principle is … Third is …") is one unit
 * too: the sentence opening with "First" and the ones after it opening with the next ordinals,
 * whatever is said between them.
 */
function withEnumerations(units: Unit[]): Unit[] {
  const first = units.find((u) => u.lines.length === 1 && opensWith(u.lines[0]!) === 'first');
  if (!first) return units;
  // The next ordinals in order; "Finally" or "Lastly" ends the list once it has a second item.
  const rest: Unit[] = [];
  for (const u of units) {
    if (u.index <= first.index || u.lines.length !== 1) continue;
    const ordinal = opensWith(u.lines[0]!);
    if (ordinal === ORDINALS[rest.length]) rest.push(u);
    else if (rest.length > 0 && (ordinal === 'finally' || ordinal === 'lastly')) {
      rest.push(u);
      break;
    }
  }
  if (rest.length === 0) return units;
  const enumeration: Unit = { lines: [first.lines[0]!, ...rest.map((u) => u.lines[0]!)], index: first.index, tokens: [...first.tokens, ...rest.flatMap((u) => u.tokens)] };
  return units.filter((u) => !rest.includes(u)).map((u) => (u === first ? enumeration : u));
}

/**
 * The sentences of a passage that answer: those holding most of the question's words, the kind of
 * thing asked for breaking ties (a number for "how many"), a list heading with its items, at most
 * `max` (two), in the report's order. `text` is what they are chosen from: the passage, or the
 * passage with the one after it; `weightOf` weighs each word; `author` quotes the author's take
 * that follows them.
 *
 * @example
 * answeringSentences(entry, ['price'], 'price', { max: 1 }); // the passage's sentence with an amount of money
 */
export function answeringSentences(entry: PassageEntry, words: readonly string[], wants: Wants, options: ChoosingOptions = {}): string {
  const { max = 2, weightOf = () => 1, text = entry.passage.text, author = false } = options;
  // Short is quoted whole: the text (a passage, or a passage with the next, see `withNext`), or
  // else the passage itself, with the next passage's first sentence when that one goes on from
  // it: "These plugins are available for … MySQL, SSH" says what the short line before it
  // ("there are plugins available") only leads into.
  // A list is often told over a passage's sentences ("features in Vault: Entities are … Alias
  // allow … Identity Groups allow …"): a list question gets a longer passage whole.
  const whole = wants === 'list' ? WHOLE_LIST : WHOLE;
  if (text.length <= whole) return text;
  const own = entry.passage.text;
  if (own.length <= whole) {
    const next = text.startsWith(own) ? splitSentences(text.slice(own.length).trim().split('\n')[0] ?? '')[0] : undefined;
    return next !== undefined && BACK_REFERENCE.test(next) && own.length + next.length < GOES_ON ? `${own} ${next}` : own;
  }
  return bestUnits(text, words, wants, max, weightOf, author);
}

/** How `answeringSentences` chooses, beyond the question's words and the kind of answer wanted. */
export interface ChoosingOptions {
  /** Most units quoted. */
  max?: number;
  /** A question word's weight (its rarity, a related word's relation). */
  weightOf?: (word: string) => number;
  /** The text chosen from: the passage's own by default. */
  text?: string;
  /** The question is about the author: his take after the chosen sentences is quoted too. */
  author?: boolean;
}

/** The units of a text that answer best (see `answeringSentences`), at most `max`, in the report's order. */
function bestUnits(text: string, words: readonly string[], wants: Wants, max: number, weightOf: (word: string) => number, author: boolean): string {
  const wanted = new Set(words);
  const mean = wanted.size === 0 ? 1 : [...wanted].reduce((sum, w) => sum + weightOf(w), 0) / wanted.size;
  const cue = CUES[wants];
  // "rook use cases": a list whose heading says what the question asks ("Use cases for Rook are:")
  // is the answer whole, whatever kind of answer was asked for.
  if (wants !== 'list' && wants !== 'advice' && text.includes(':\n- ')) {
    const named = unitsOf(text, true).find((u) => u.lines.length > 2 && /:\s*$/.test(u.lines[0]!) && headingHolds(u.lines[0]!, wanted));
    if (named) return named.lines.join('\n');
  }
  // Lists are kept whole for a question that wants one; any other quotes sentences, items' too.
  const scored = unitsOf(text, wants === 'list' || wants === 'advice').map((unit) => {
    const hits = [...new Set(unit.tokens.filter((t) => wanted.has(t)))].reduce((sum, t) => sum + weightOf(t) / mean, 0);
    const isList = unit.lines.length > 1;
    // A bare heading says nothing; with its items it is what a list question wants.
    const shape = isList ? (wants === 'list' || wants === 'advice' ? 1 : 0) : /:\s*$/.test(unit.lines[0]!) ? -1 : 0;
    return { unit, score: hits + (cue?.test(unit.lines.join(' ')) ? (CUE_WEIGHT[wants] ?? 0.5) : 0) + shape };
  });
  const chosen = scored
    .filter((s) => s.score > 0)
    .sort((a, b) => b.score - a.score || a.unit.index - b.unit.index)
    .slice(0, max)
    .sort((a, b) => a.unit.index - b.unit.index)
    .map((s) => s.unit);
  const picked = chosen.length > 0 ? chosen : scored.slice(0, 1).map((s) => s.unit);
  // "What can be done to help reduce the 'which microservice is broken?' during on-call?": a
  // question the report asks is followed by its answer, which is quoted with it.
  const after = (unit: Unit): Unit | undefined => scored.find((x) => x.unit.index === unit.index + 1)?.unit;
  const asking = picked.findIndex((u) => ASKS.test(u.lines[u.lines.length - 1]!));
  const reply = asking < 0 ? undefined : after(picked[asking]!);
  if (reply && !picked.includes(reply)) picked.splice(asking + 1, 0, reply);
  // "does he agree with running emergencies without pipelines": the author's take on what the
  // report tells follows it, in words of its own ("Depending on how you see it, this is kind of
  // controversial."). Asked of the author, it is quoted with what it is said of.
  const last = picked[picked.length - 1]!;
  if (author && !FIRST_PERSON.test(last.lines.join(' '))) {
    const take = after(last);
    if (take && take.lines.length === 1 && (FIRST_PERSON.test(take.lines[0]!) || REFERS_BACK.test(take.lines[0]!))) picked.push(take);
  }
  return picked
    .map((u, i) => {
      const body = u.lines.length > 1 ? u.lines.join('\n') : u.lines[0]!;
      return i > 0 && u.index !== picked[i - 1]!.index + 1 ? `… ${body}` : body;
    })
    .join(' ');
}

/** Whether a list heading holds two of the question's words at least, or its only one. */
function headingHolds(heading: string, wanted: ReadonlySet<string>): boolean {
  const held = new Set(analyze(heading).filter((t) => wanted.has(t))).size;
  return held >= Math.min(2, wanted.size) && held > 0;
}

/** A question asking for what something is called: "the name of the marching band", "…, name?". */
const ASKS_NAME = /\b(?:name of|names of|named|called)\b|\bnames?\W*$/i;

/** A capitalised word inside a sentence (not its first): "X-Dragon", "AlibabaCloud", "Keynotes". */
const INNER_CAPITAL = /(?<=\S\s+)[A-Z][\w-]*[A-Za-z0-9]|(?<=\S\s+)["“][^"”]{2,40}["”]/g;

/**
 * Whether a sentence names something: a project, company or person of the report, a quoted name,
 * or a capitalised word inside it that is no English word ("X-Dragon"); "Keynotes" is a word.
 */
function namesSomething(k: Knowledge, sentence: string): boolean {
  for (const [found] of sentence.matchAll(INNER_CAPITAL)) {
    if (/^["“]/.test(found)) return true;
    const word = found.toLowerCase();
    if (k.terms.some((t) => t.matcher.pattern.test(word)) || noEnglishWord(k, word, stem(word.replace(/-/g, '')))) return true;
  }
  return false;
}

/**
 * Whether a word is no English word, so a capitalised one is a name: neither the word-class table
 * nor the lexicon knows it, and the report does not use it often ("Drucker", "X-Dragon"; not
 * "Talks", "Committee", "Keynotes").
 */
function noEnglishWord(k: Knowledge, word: string, stemmed: string): boolean {
  return !listedWord(word, stemmed) && relatedInReport(k, stemmed).length === 0 && (k.documentFrequency.get(stemmed) ?? 0) < EXPAND_BELOW;
}

/** Two capitalised words in a row: a name, or a heading's words ("Ignite Talks", "Steering Committee"). */
const CAPITALISED_PAIR = /\b([A-Z][a-z]+) (?=([A-Z][a-z]+)\b)/g;

/**
 * Whether a sentence names a person: a speaker or company of the report by name, or two
 * capitalised words whose last is no English word ("Peter Drucker"); "Ignite Talks" and "Steering
 * Committee" are capitalised words, not people. English is what the word-class table or the
 * lexicon knows, or a word the report itself uses often.
 *
 * @example
 * namesPerson(knowledge, 'As Peter Drucker said'); // true
 * namesPerson(knowledge, 'It was interesting to see Ignite Talks'); // false
 */
export function namesPerson(k: Knowledge, sentence: string): boolean {
  for (const [, first, last] of sentence.matchAll(CAPITALISED_PAIR)) {
    const word = last!.toLowerCase();
    const given = first!.toLowerCase();
    if (k.speakers.some((s) => s.tokens.includes(given) && s.tokens.includes(word))) return true;
    if (k.orgs.some((o) => o.key === given || o.key === `${given} ${word}`)) return true;
    if (noEnglishWord(k, word, stem(word))) return true;
  }
  return false;
}

/** Whether a passage has a sentence holding both what is wanted (a number) and a word of the question (or what it matched). */
function cueNear(hit: PassageHit, words: readonly string[], wants: Wants): boolean {
  const cue = CUES[wants]!;
  // A word matched only in the heading a passage stands under ("Travel" for "how long did the trip
  // take") is what every sentence of it is about: any of them may hold the number.
  if (hit.matchedTerms.some((t) => !passageTokens(hit.entry).includes(t))) return cue.test(hit.entry.passage.text);
  return near(hit, words, cue);
}

/** Whether a passage names a person (see `namesPerson`) in a sentence holding one of the question's words (or what it matched), or after one. */
function personNear(k: Knowledge, hit: PassageHit, words: readonly string[]): boolean {
  return near(hit, words, { test: (sentence: string) => namesPerson(k, sentence) });
}

/**
 * Whether a passage has a sentence the cue finds in that holds one of the question's words (or
 * what it matched), or that follows one that does ("The flight to Austin was rough. After a total
 * of about 12 hours, I arrived": what a number is about is often said just before it); with no
 * words at all, anywhere in it.
 */
function near(hit: PassageHit, words: readonly string[], cue: Pick<RegExp, 'test'>): boolean {
  const wanted = new Set([...words, ...hit.matchedTerms]);
  return wanted.size === 0 ? cue.test(hit.entry.passage.text) : cueBeside(hit.entry, cue, wanted);
}

/** Whether a passage has a sentence with the cue in it that holds one of the words, or that follows one that does. */
function cueBeside(entry: PassageEntry, cue: Pick<RegExp, 'test'>, words: ReadonlySet<string>): boolean {
  const sentences = sentencesOf(entry);
  const holds = (s: Sentence | undefined): boolean => s?.tokens.some((w) => words.has(w)) === true;
  return sentences.some((s, i) => cue.test(s.sentence) && (holds(s) || holds(sentences[i - 1])));
}

/** Below this noun share a word after "how many" is no thing counted but the verb of an elided one ("how many signed up"). */
const MEASURED_SHARE = 0.1;

/**
 * What "how many" counts, as analysed words: the phrase after it up to its verb or preposition
 * ("how many nodes does github run" → node). Null when it names nothing ("how many signed up"), or
 * something the report never names itself: "attendees" and "folks" are counted in its "people",
 * "packets per sec" in its "pps", so only a word the report uses can be required by the number.
 */
function measuredOf(k: Knowledge, text: string): string[] | null {
  const after = /\bhow many ((?:[\w'-]+ ?){1,4})/i.exec(text)?.[1]?.trim().toLowerCase();
  if (!after) return null;
  const shares = topicShares(after);
  const words: string[] = [];
  for (const w of after.split(' ')) {
    if (STOP_WORDS.has(w) || (shares.get(stem(w)) ?? 1) < MEASURED_SHARE) break;
    words.push(w);
  }
  // After "how many" a word is a noun, whatever it mostly is elsewhere ("tests").
  const stems = analyze(words.join(' '));
  return stems.length > 0 && stems.every((s) => k.documentFrequency.has(s)) ? stems : null;
}

/**
 * How much more a passage counts that says a number right before what is counted. Calibrated on
 * the blind dev sets: ×2 → no change, ×3 and ×4 → dev +1.
 */
const COUNTED_RIGHT = 3;

/** Whether a passage says a number right before what is counted ("14 projects currently hosted"), a word or two between at most. */
function countedRight(entry: PassageEntry, measured: readonly string[]): boolean {
  const tokens = tokenize(entry.passage.text);
  for (let i = 0; i < tokens.length; i++) {
    if (!/^\d/.test(tokens[i]!)) continue;
    for (let j = i + 1; j <= i + 3 && j < tokens.length; j++) if (measured.includes(stem(tokens[j]!))) return true;
  }
  return false;
}

/** Whether a passage has a number in a sentence that holds what is counted (or a word related to it), or after one that does. */
function countsIt(k: Knowledge, hit: PassageHit, measured: readonly string[]): boolean {
  const near = new Set([...measured, ...measured.flatMap((s) => relatedInReport(k, s).map((r) => r.stem))]);
  return cueBeside(hit.entry, CUES.number!, near);
}

const describingWords = new WeakMap<Session, ReadonlySet<string>>();

/** Whether the question's words are in a passage's session's title or its speakers' names, roles and companies (half of them at least). */
function describesSession(entry: PassageEntry, words: readonly string[]): boolean {
  const session = entry.session;
  if (!session) return false;
  let about = describingWords.get(session);
  if (!about) {
    about = new Set(analyze([session.title, ...session.speakers.map((s) => [s.name, s.role, s.org].filter(Boolean).join(' '))].join(' ')));
    describingWords.set(session, about);
  }
  // At least half of them: one shared word ("community") describes no session the question means
  // ("who won the community awards" is not asking who gave "Kubernetes Community").
  return words.length > 0 && words.filter((w) => about.has(w)).length * 2 >= words.length;
}

/**
 * A passage's text followed by the next passage's when that one goes on in the same session and
 * section (an aside of the author's is no continuation).
 */
function withNext(k: Knowledge, entry: PassageEntry): { text: string; last: PassageEntry } {
  const next = nextInPart(k, entry);
  return next && !next.passage.aside ? { text: `${entry.passage.text}\n${next.passage.text}`, last: next } : { text: entry.passage.text, last: entry };
}

/** "HBO's advice:" says nothing alone: what it leads into is the next passage. */
const leadsOn = (text: string): boolean => /:\s*$/.test(text);

/** The passage after a lead-in, when it belongs to the same session or section (its first lines). */
function continuation(k: Knowledge, entry: PassageEntry): string {
  return nextInPart(k, entry)?.passage.text.split('\n').slice(0, LIST_ITEMS).join('\n') ?? '';
}

/**
 * Answers a question from the report's passages, as understood: within what it names (a speaker's
 * sessions, a company's, a day) when it names something, preferring passages that hold the kind of
 * thing it wants. "Not covered" only when no passage holds enough of its focus.
 *
 * @example
 * passageAnswer(knowledge, understand(knowledge, 'how many ppl showed up')).parts[0]; // a quote with '4k+ people'
 */
export function passageAnswer(k: Knowledge, q: Query, intent = 'search'): Answer {
  const scope = scopeOf(q);
  const hints = new Set(analyze(q.hints.join(' ')));
  const names = q.entities.terms.map((t) => t.matcher.term.name);
  const focusText = q.focus.join(' ');
  // `found`: the attempt's search, when it was run already.
  const attempts: Array<{ text: string; filter?: (p: PassageEntry) => boolean; min: number; found?: PassageHit[] }> = [];
  const openText = [focusText, ...names].join(' ').trim();
  // Within what the question names, one focus word the passage holds is enough: the name already
  // ties the question to the report, and the rest is often said in other words.
  // A word the report never uses ("moon" in "rook storage on the moon") is what the question is
  // really about, though: then the passage must hold as much as anywhere. Not so within a
  // speaker's or company's own session, where such a word is jargon for what they said ("IaC").
  const unknown = unknownWords(k, focusText);
  const topics = topicWords(focusText);
  // A question whose topic is said in words the report never uses, but relates to its own ("any
  // weird weather", "was there a job board"), can hold at most the relations' weights (0.4–0.9)
  // of its focus: across the whole report, its bar is the weakest relation's, not the usual one.
  const paraphrased = unknown.length === 0 && topics.some((w) => !k.documentFrequency.has(w) && !k.aboutWords.has(w) && relatedInReport(k, w).some((r) => r.weight >= PARAPHRASE_RELATION));
  const lenient = scope.covered && (unknown.length === 0 || (scope.people && unknown.length < analyze(focusText).length));
  // Within two or more named projects, the names are searched too: a passage about both
  // ("Prometheus and cAdvisor … with 300 nodes") answers before one about either.
  const withNames = !scope.covered || (!scope.people && names.length > 1);
  // Within what is named, the frame's words that name the kind of answer ("advice", "lesson", not
  // "exactly") may find the passage too: "HBO's advice:" answers "hbos big advice before going live".
  const framing = lenient ? q.hints.filter((h) => STRONG_CUES[q.wants]?.test(h)) : [];
  if (scope.filter)
    attempts.push({ text: [focusText, ...framing, ...(withNames ? names : [])].join(' ').trim() || names.join(' '), filter: scope.filter, min: lenient ? Number.MIN_VALUE : MIN_FOCUS_COVERAGE });
  // "containerd version that shipped": when what the question says of a named project is not in its
  // passages in those words, the quantity it asks for ("version", "year") may be, next to a number.
  const asked = topicWords(q.hints.join(' '));
  if (on('attempt-asked-quantity') && scope.filter && scope.covered && (q.wants === 'number' || q.wants === 'time') && asked.length > 0)
    attempts.push({ text: asked.join(' '), filter: scope.filter, min: Number.MIN_VALUE });
  if (on('attempt-company-mentions') && scope.mentions && focusText !== '') {
    // "cncf member count": what the company's own people said barely touches it, while a passage
    // that names the company says it outright: that one answers first. Both searches are kept for
    // the attempts that run them: a company's scope is its people's, so the first attempt searches
    // the focus alone within it.
    const mentions = { text: focusText, filter: scope.mentions, min: MIN_FOCUS_COVERAGE, found: searchPassages(k, focusText, scope.mentions) };
    const own = attempts[0]!;
    own.found = searchPassages(k, own.text, own.filter);
    const best = (found: readonly PassageHit[]): number => found[0]?.coverage ?? 0;
    if (best(mentions.found) >= Math.max(MIN_FOCUS_COVERAGE, best(own.found) + OPEN_MARGIN)) attempts.unshift(mentions);
    else attempts.push(mentions);
  }
  // A question that names a speaker, company or session is about them: another session's passage
  // that happens to share its words is no answer.
  const open: { text: string; min: number; found?: PassageHit[] } = { text: openText, min: paraphrased ? PARAPHRASED_COVERAGE : MIN_FOCUS_COVERAGE };
  if (!scope.people) attempts.push(open);
  // "how did badge pickup go for him": the author's own passages are few, and his doings are told
  // in his words ("I got my badge instantly"), not the asker's; among them half the question
  // answers. Not for a "which …" ("which hotel did he stay at": "the hotel" names none).
  if (on('attempt-author') && q.author && !scope.people && q.asks === null) attempts.push({ text: openText, filter: authorsOwn, min: AUTHOR_COVERAGE });
  // "what notary version came out", "ways to back up etcd": what the question names is all it is
  // about; the rest is how it is asked. The passages about the name answer, ranked by the kind of
  // answer wanted, whichever words they use. Not for a number, a time or a place ("how old is …",
  // "when is helm 3 coming out"): any passage about the name holds some, rarely the one asked.
  // So too for what a named thing means, whatever else is said of it ("what does zero trust mean in
  // the tigera keynote context"), unless a word the report never uses asks more ("on mars").
  // And within a speaker's, company's or session's passages when the report never uses any of the
  // question's topic words itself, only others for them ("which slot did she have" for when she
  // spoke, "the intel exec" for its VP): what it names decides. A topic word the report does use,
  // elsewhere ("kelsey's twitter handle"), is what the question asks for, and their passages lack it.
  const saidOtherwise = scope.people && unknown.length === 0 && topics.every((w) => !k.documentFrequency.has(w));
  const namesAnswer = topics.length === 0 || (q.wants === 'definition' && names.length > 0 && unknown.length === 0) || saidOtherwise || (q.wants === 'list' && scope.people && unknown.length === 0);
  if (on('attempt-names-answer') && scope.filter && scope.covered && !ASKS_FOR_ONE.has(q.wants) && namesAnswer) attempts.push({ text: '', filter: scope.filter, min: 0 });
  // A project named in passing ("should we rebuild docker images between qa and prod") does not
  // fence the question in: when a passage elsewhere holds clearly more of it, that one answers.
  if (on('attempt-outside-first') && scope.filter && scope.covered && !scope.people && focusText !== '') {
    open.found = searchPassages(k, openText);
    const inside = open.found.find((h) => scope.filter!(h.entry));
    const outside = open.found[0];
    if (outside && outside !== inside && outside.inText && outside.coverage >= MIN_FOCUS_COVERAGE && outside.coverage >= (inside?.coverage ?? 0) + OPEN_MARGIN)
      attempts.sort((a, b) => Number(a.filter !== undefined) - Number(b.filter !== undefined));
  }

  const topicGate = byTopic(q);
  const measured = q.wants === 'number' ? measuredOf(k, q.text) : null;
  for (const attempt of attempts) {
    const words = analyze(attempt.text);
    let hits: PassageHit[];
    if (words.length === 0) {
      // Nothing left but the names: what the scope holds that fits the kind of question.
      if (!attempt.filter) continue;
      hits = k.passages.filter(attempt.filter).map((entry) => ({ entry, score: 1, coverage: 1, topicCoverage: 1, matchedTerms: [], inText: true }));
    } else {
      const found = (attempt.found ?? searchPassages(k, attempt.text, attempt.filter)).filter((h) => h.coverage >= attempt.min || (topicGate && attempt.min > 0 && h.topicCoverage >= TOPIC_GATE));
      // Words that only match a session's title or speakers name the session, not anything said in it.
      hits = attempt.filter && scope.covered ? found : found.filter((h) => h.inText || h.entry.session === null);
      if (found[0] && !found[0].inText && found[0].entry.session !== null) {
        const titled = findSessions(k, attempt.text, ['title']).filter((h) => h.coverage >= 0.99);
        if (titled.length > 0)
          return sessionList(
            titled.map((h) => h.entry),
            intent,
          );
      }
    }
    // "How many …" is not answered by a passage without a number in it, nor by one whose numbers
    // stand in sentences that hold none of the question's words. The same for "when …" and a time
    // ("when did they publish the source": the sentence with the year, not any about Spinnaker).
    if (on('cue-filter') && (q.wants === 'number' || q.wants === 'price' || q.wants === 'time')) hits = hits.filter((h) => cueNear(h, words, q.wants));
    // "how many nodes does github run": a number said of something else ("20% of their services") is no answer.
    if (on('measured-filter') && measured) hits = hits.filter((h) => countsIt(k, h, measured));
    // "Who …" is answered by a name next to the question's words, or by the speakers of a session
    // the question describes ("who did the cncf project updates keynote", "heptio ceo keynote").
    // Outside the sessions (travel, booth, party) there are no speakers to stand behind a pair of
    // capitalised words: there it must be a person's name ("who gave the ignite talks at the rook
    // party": "Ignite Talks" is none).
    if (on('person-filter') && q.wants === 'person') hits = hits.filter((h) => (h.entry.session === null ? personNear(k, h, words) : cueNear(h, words, 'person')) || describesSession(h.entry, words));
    // "whats the name of the marching band": a passage that mentions the band but names none is no
    // answer. Asked of a speaker, company or session, its own line names it ("what was it called").
    if (on('name-filter') && !scope.people && ASKS_NAME.test(q.text))
      hits = hits.filter((h) => cueBeside(h.entry, { test: (sentence: string) => namesSomething(k, sentence) }, new Set([...words, ...h.matchedTerms])));
    if (hits.length === 0) continue;
    // "how many projects does the cncf host": "14 projects currently hosted" says it outright.
    const ranked = hits
      .map((h) => ({ hit: h, score: weigh(q, h, hints) * (on('counted-right') && measured && countedRight(h.entry, measured) ? COUNTED_RIGHT : 1) }))
      .sort((a, b) => b.score - a.score);
    const top = ranked[0]!;
    // A stem the search reached through the lexicon ("amount" for "capacity") picks sentences at
    // the relation's weight, not as the question's own word would.
    const reached = relatedStems(k, [...words, ...hints]);
    const sentenceWeight = (w: string): number => rarity(k, w) * (reached.get(w) ?? 1);
    // The best passage is read with the one after it: the report often says the answer in the
    // next line ("Service Types … have problems" / "They had the best experience with NodePort").
    // That next passage is then no second quote: its sentences were there to choose from already.
    const first = withNext(k, top.hit.entry);
    const chosen = ranked.filter((r, i) => i === 0 || (i < 2 && r.score >= top.score * SECOND_QUOTE && r.hit.coverage >= top.hit.coverage && r.hit.entry !== first.last)).map((r) => r.hit);
    const parts: Part[] = chosen.map((h, i) => {
      const read = i === 0 ? first : { text: h.entry.passage.text, last: h.entry };
      const said = answeringSentences(h.entry, [...h.matchedTerms, ...words, ...hints, ...(measured ?? [])], q.wants, { weightOf: sentenceWeight, text: read.text, author: q.author });
      // A lead-in goes on in the passage after the last one read ("HBO's advice:" read with the
      // passage before it is followed by the list after it, not by itself again).
      return { type: 'quote', text: leadsOn(said) ? `${said}\n${continuation(k, said.endsWith(read.last.passage.text) ? read.last : h.entry)}`.trim() : said, source: passageSource(h.entry) };
    });
    return quotesAnswer(
      k,
      intent,
      chosen.map((h) => h.entry),
      parts,
    );
  }
  // "what is kubernetes on mars": what it names is covered, what it asks of it is not.
  const declined = notCovered(k, intent, q.text);
  return names.length === 1 && unknown.length > 0 ? declineNaming(declined, names[0]!) : declined;
}

/** Sessions a question names by words of their titles ("the opening keynotes"), with who gave them. */
export function sessionList(entries: readonly SessionEntry[], intent: string): Answer {
  return sessionsAnswer(intent, entries.length === 1 ? entries[0]!.session.title : `${entries.length} sessions`, entries);
}
