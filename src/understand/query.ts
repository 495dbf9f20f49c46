import type { Knowledge } from '../search/knowledge.js';
import type { CommandArgs, CommandName } from './commands.js';
import { readLeadTypos, route } from './route.js';
import { STOP_WORDS, tokenize } from '../text/normalize.js';
import { nounShare, phrasalVerb, phrasalVerbsIn } from '../search/english.js';
import { stem } from '../search/stem.js';
import { EXPAND_BELOW } from '../search/lexicon.js';
import { GENERIC } from '../search/lookup.js';
import { findEntities, respace, type Entities } from './entities.js';
import { FRAME_WORDS, PERSON_WORDS, readFrame, type Wants } from './frame.js';
import { readInformal } from './informal.js';
import { EncoderError } from '../model/encoder.js';

/**
 * The question's vector, embedded once here. When the model fails (it gave no vector in time),
 * the question is answered as the engine without the model would, not with an error.
 */
function embedQuestion(k: Knowledge, text: string): Float32Array | null {
  if (!k.dense) return null;
  try {
    return k.dense.encoder.embed(text);
  } catch (error) {
    if (error instanceof EncoderError) return null;
    throw error;
  }
}

const NONE: ReadonlySet<string> = new Set();

/** The command a question's words name, with its arguments, or what is wrong with them. */
export interface RoutedCommand {
  name: CommandName;
  /** Its own word (`keynotes day1`) or a natural phrasing (`what were the keynotes`). */
  via: 'command' | 'phrase';
  /** The typed arguments; null when the words after the command do not parse. */
  args: CommandArgs[CommandName] | null;
  /** Why they do not parse, for the usage answer. */
  problems: string[];
}

/**
 * A question understood: what kind of answer it wants, everything it names that the report knows,
 * and the focus words left over, which a passage must hold for the question to count as covered.
 */
export interface Query {
  /** The question as read: chat forms spelled out, case kept. */
  text: string;
  wants: Wants;
  /** Asks about the author's own experience or view. */
  author: boolean;
  entities: Entities;
  /** Words that carry the topic and are not a name found above, folded. */
  focus: string[];
  /** Words that frame the question but a passage may share ("advice", "takeaways", "favourite"): they rank, never gate. */
  hints: string[];
  /** "keynote" or "talk" when the question narrows itself to one kind of session. */
  sessionKind: 'keynote' | 'talk' | null;
  /** For a list: of sessions ("which talks …") or of things said in them ("which projects …"). */
  listOf: 'sessions' | 'things';
  /** The command its words name; null for a question in plain words. */
  command: RoutedCommand | null;
  /**
   * The kind of thing a "what …"/"which …" question asks for, folded: "airline" in "which airline
   * did he fly", "languages" in "which 4 languages", "tool" in "which heptio tool"; null when it
   * asks for none ("what did …") or says so in a frame word ("which city", "what dates").
   */
  asks: string | null;
  /**
   * "the first keynote on day 2", "who kicked off the conference", "the closing talk": the session
   * asked for by its place in the report's order; null when none is, or when the question asks
   * more of it than which it is ("how many attended the first keynote", "the first talk about
   * rook", "was this his first kubecon talk").
   */
  place: 'first' | 'last' | null;
  /** The question's sentence embedding (unit length); null when the engine runs without the model. */
  embedding: Float32Array | null;
}

/**
 * What `findEntities` found in a text, handed on so the text is not searched twice: `understand`
 * uses it only for exactly that text, so the Query is the same as without it.
 */
export interface KnownNames {
  text: string;
  entities: Entities;
}

/**
 * Reads a question: chat forms, how it is framed, what it names, what is left.
 *
 * @example
 * const q = understand(knowledge, 'whos kelsey');
 * q.wants;                                  // 'person'
 * q.entities.speakers[0]?.speaker.name;     // 'Kelsey Hightower'
 * understand(knowledge, 'how many ppl attended').focus; // ['people', 'attended']
 * // With the names a follow-up already found in that text: the same Query, one search fewer.
 * understand(knowledge, 'what is Rook', { text: 'what is Rook', entities: findEntities(knowledge, 'what is Rook') });
 */
export function understand(k: Knowledge, typed: string, known?: KnownNames): Query {
  // A text handed on with its names was read already (reading is idempotent); its lead typos are
  // read in any case, as the question asked afresh has them read.
  const text = readLeadTypos(k, known?.text === typed ? typed : readInformal(typed));
  const { wants, author } = readFrame(text);
  // Names already found in this very text (a follow-up searched the question it stands for) are not searched again.
  const entities = known?.text === text ? known.entities : findEntities(k, text);
  const tokens = joinPhrasal(k, respace(k, tokenize(text)));
  // "which party did he end up at", "who kicked off": a phrasal verb, particle and all, is how the question is asked.
  const verbs = phrasalVerbsIn(tokens);
  const words = tokens
    .filter((t, i) => !verbs.has(i) && !verbs.has(i - 1) && !entities.used.has(t))
    .map((t) => t.replace(/'s$/, ''))
    // "doing" is "do", "keynoted" is "keynote": a stop word's inflection carries no topic either.
    .filter((t) => !inflectionOf(t, STOP_WORDS) && !entities.used.has(t) && !/^\d{1,2}$/.test(t));
  // "the heptio ark project": with a project named, "project" says nothing more.
  const generic = entities.terms.length > 0 ? GENERIC : NONE;
  // "feeling" frames a question as "feel" does: a frame word in another form is one too.
  const frames = (t: string): boolean => inflectionOf(t, FRAME_WORDS);
  const focus = words.filter((t) => !frames(t) && !generic.has(t) && !(wants === 'person' && PERSON_WORDS.has(t)));
  const hints = words.filter((t) => frames(t) && t.length > 3);
  const sessionKind = kindOf(text);
  const listOf = /\b(?:talks?|sessions?|keynotes?|presentations?|breakouts?|speakers?|shout-?outs?|where all|lineup|line-up)\b/i.test(text) ? 'sessions' : 'things';
  return {
    text,
    wants,
    author,
    entities,
    listOf,
    focus: [...new Set(focus)],
    hints: [...new Set(hints)],
    sessionKind,
    command: routed(k, text),
    asks: askedKind(tokens, entities.used),
    place: author ? null : placeOf(text, focus, entities),
    embedding: embedQuestion(k, text),
  };
}

/** A session word after an ordinal, one word between allowed ("first morning keynote"). */
const SESSION_AFTER = String.raw`(?:\w+\s+)?(?:keynotes?|talks?|sessions?|presentations?|breakouts?)\b`;
const FIRST = new RegExp(String.raw`\bfirst\s+${SESSION_AFTER}|\bkick(?:ed|s|ing)?\s+(?:it\s+|things\s+)?off\b`, 'i');
const LAST = new RegExp(String.raw`\b(?:last|final|closing)\s+${SESSION_AFTER}`, 'i');

/**
 * The focus words that say a place in the order, and nothing more ("the first opening keynote",
 * "who kicked things off"); "very" and "whole" are stop and frame words, never in the focus.
 */
const PLACE_WORDS: ReadonlySet<string> = new Set(['first', 'last', 'final', 'closing', 'opening', 'kick', 'kicked', 'kicks', 'kicking', 'off']);
/** A day asked for by number: when it is none the report has ("day 5"), no place is read, and the day's answer says so. */
const DAY_NUMBER = /\bday\s*#?\s*\d/i;

/** The place in the report's order a question asks a session by (see `Query.place`). */
function placeOf(text: string, focus: readonly string[], entities: Entities): 'first' | 'last' | null {
  const place = FIRST.test(text) ? 'first' : LAST.test(text) ? 'last' : null;
  if (place === null || entities.terms.length > 0 || entities.speakers.length > 0 || entities.orgs.length > 0) return null;
  if (!focus.every((w) => PLACE_WORDS.has(w)) || (entities.day === null && DAY_NUMBER.test(text))) return null;
  return place;
}

/**
 * A phrasal verb the report writes as one word, and often, is that word ("ways to back up etcd",
 * "backing up" ask about its backups): one of its topics, not the asker's verb. A word it uses once
 * or twice ("setup") is no topic of it: "how do i set up vault" asks about Vault.
 */
function joinPhrasal(k: Knowledge, tokens: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const next = tokens[i + 1];
    // Most words are followed by no particle: phrasalVerb says so before any joined word is stemmed.
    const verb = next === undefined ? '' : stem(t);
    if (next !== undefined && phrasalVerb(verb, next) && (k.documentFrequency.get(stem(verb + next)) ?? 0) >= EXPAND_BELOW) {
      out.push(verb + next);
      i++;
    } else out.push(t);
  }
  return out;
}

/** How many words after "what" or "which" may come before the noun it asks for ("which 4 languages", "what exact dates"). */
const ASKED_WITHIN = 3;

/**
 * The noun a "what"/"which" asks for: the first word after it that is mostly a noun, past numbers
 * and describing words; none when a frame or stop word comes first ("what did …", "which city").
 * A word of a name the question holds is passed over ("which k8s version" asks for a version).
 */
function askedKind(tokens: readonly string[], named: ReadonlySet<string>): string | null {
  const at = tokens.findIndex((t) => t === 'what' || t === 'which');
  if (at < 0) return null;
  for (const t of tokens.slice(at + 1, at + 1 + ASKED_WITHIN)) {
    if (/^\d+$/.test(t) || named.has(t)) continue;
    if (STOP_WORDS.has(t) || FRAME_WORDS.has(t) || !/^[a-z]+$/.test(t)) return null;
    if (nounShare(t, stem(t)) >= NOUN) return t;
  }
  return null;
}

/** The noun share (see `nounShare`) from which a word asked for is a noun: mostly one. */
const NOUN = 0.5;

/** "keynotes" narrow a question to keynotes, "talks" and "breakouts" to talks; "not keynotes", "excluding keynotes" to talks. */
function kindOf(text: string): 'keynote' | 'talk' | null {
  if (/\b(?:not|no|excluding|except|without|besides|other than|non)[- ](?:the )?keynotes?\b/i.test(text)) return 'talk';
  if (/\bkeynotes?\b/i.test(text)) return 'keynote';
  return /\b(?:talks?|presentations?|breakouts?)\b/i.test(text) && !/\btalk(?:ed|ing)? (?:about|to|with)\b/i.test(text) ? 'talk' : null;
}

/**
 * Whether a word is one of a list's words or an inflection of one ("feeling" is "feel", "keynoted"
 * is "keynote", "liked" is "like", "stopped" is "stop"), not a word derived from one ("attendance"
 * is no "attend", "useful" no "use").
 */
function inflectionOf(word: string, words: ReadonlySet<string>): boolean {
  if (words.has(word)) return true;
  // The base of a listed form too: "go" is what "going" inflects.
  if (['ing', 's'].some((ending) => words.has(`${word}${ending}`))) return true;
  for (const ending of ['ing', 'ed', 'es', 's', 'd']) {
    if (!word.endsWith(ending) || word.length - ending.length < 2) continue;
    const base = word.slice(0, -ending.length);
    // "-es" only after a hiss ("boxes", "watches"): "themes" is no form of "them".
    if (ending === 'es' && !/(?:s|x|z|ch|sh)$/.test(base)) continue;
    if (words.has(base) || words.has(`${base}e`) || (/(.)\1$/.test(base) && words.has(base.slice(0, -1)))) return true;
  }
  return false;
}

function routed(k: Knowledge, text: string): RoutedCommand | null {
  const intent = route(k, text);
  if (intent.via === 'fallback') return null;
  const parsed = intent.command.args.safeParse(intent.argText);
  return {
    name: intent.command.name,
    via: intent.via,
    args: parsed.success ? parsed.data : null,
    problems: parsed.success ? [] : parsed.error.issues.map((i) => i.message),
  };
}
