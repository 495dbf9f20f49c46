import type { Knowledge, PassageEntry } from '../search/knowledge.js';
import { searchPassages, unknownWords } from '../search/lookup.js';
import { similarities } from '../search/dense.js';
import type { Unit } from '../search/units.js';
import type { Query } from '../understand/query.js';
import { namedScope } from './scope.js';

/**
 * A passage that may answer a question, with what each half of retrieval said of it: the dense
 * half (cosines of the question's vector with the passage and its sentences) and the lexical half
 * (MiniSearch's BM25, with how much of the question's words the passage holds).
 */
export interface Candidate {
  entry: PassageEntry;
  /** Its sentences, in the report's order, each with its cosine to the question (0 without the model). */
  units: ReadonlyArray<{ unit: Unit; dense: number }>;
  /** Cosine of the question with the passage (its title before it). */
  densePassage: number;
  /** The best and second-best cosine of its sentences. */
  denseBest: number;
  denseSecond: number;
  /** Rank of the passage by its best sentence's cosine (0 = first), and by BM25 (Infinity when not found). */
  denseRank: number;
  lexicalRank: number;
  /** BM25 score of the passage over the best passage's (0–1; 0 when not found). */
  lexical: number;
  /** Share of the question's information the passage holds, all words and topic words (0–1). */
  coverage: number;
  topicCoverage: number;
  /** Whether the passage is within what the question names (a speaker's, company's or session's, a named project's, the day's). */
  inScope: boolean;
}

/** A question's candidates, and what holds for all of them. */
export interface Retrieval {
  candidates: Candidate[];
  /** Whether the question names anything that narrows where the answer is. */
  scoped: boolean;
  /** The best sentence cosine in the report (0 without the model). */
  bestDense: number;
  /** The most of the question's information any passage holds. */
  bestCoverage: number;
  /** Share of the question's topic words the report never uses, not even in other words ("mars"). */
  unknown: number;
}

/** Passages taken from the dense ranking and from the lexical one. */
const DENSE_TOP = 15;
const LEXICAL_TOP = 15;
/** A scope this small is taken whole: every passage of a named session may answer. */
const SCOPE_WHOLE = 40;

/** The passages a question's names point at (see `namedScope`); null when it names nothing. */
function scopeOf(q: Query): ((p: PassageEntry) => boolean) | null {
  const { tests } = namedScope(q);
  return tests.length === 0 ? null : (p) => tests.every((t) => t(p));
}

/** Where each passage stands in `Knowledge.passages`, and its sentences with their places in `Knowledge.units`. */
interface Layout {
  at: Map<PassageEntry, number>;
  units: Map<PassageEntry, Array<{ unit: Unit; index: number }>>;
}

/** Worked out once per report: the knowledge with the model and without it share their passages. */
const layouts = new WeakMap<readonly PassageEntry[], Layout>();
function layoutOf(k: Knowledge): Layout {
  let layout = layouts.get(k.passages);
  if (!layout) {
    layout = { at: new Map(k.passages.map((p, i) => [p, i])), units: new Map() };
    for (const [index, unit] of k.units.entries()) {
      const list = layout.units.get(unit.entry) ?? [];
      list.push({ unit, index });
      layout.units.set(unit.entry, list);
    }
    layouts.set(k.passages, layout);
  }
  return layout;
}

/**
 * The candidates for a question: the passages nearest its vector, the passages BM25 ranks first,
 * and, when the question names a small part of the report, all of that part.
 *
 * @example
 * retrieve(knowledge, understand(knowledge, 'is there a recording of the keynotes')).candidates.length; // a few dozen
 */
export function retrieve(k: Knowledge, q: Query): Retrieval {
  const scope = scopeOf(q);
  const vector = q.embedding;
  const index = k.dense;
  const dense = vector && index ? similarities(vector, index.unitVectors) : new Float64Array(k.units.length);
  const densePassage = vector && index ? similarities(vector, index.passageVectors) : new Float64Array(k.passages.length);
  const layout = layoutOf(k);
  const best = k.passages.map((p) => Math.max(0, ...(layout.units.get(p) ?? []).map((u) => dense[u.index]!)));
  const order = [...k.passages.keys()].sort((a, b) => best[b]! + densePassage[b]! - (best[a]! + densePassage[a]!));
  const denseRank = new Map(order.map((p, rank) => [k.passages[p]!, rank]));

  const text = [...q.focus, ...q.entities.terms.map((t) => t.matcher.term.name)].join(' ').trim();
  const hits = text === '' ? [] : searchPassages(k, text);
  const top = hits[0]?.score ?? 0;
  const lexical = new Map(hits.map((h, rank) => [h.entry, { rank, hit: h }]));

  const wanted = new Set<PassageEntry>([...(vector ? order.slice(0, DENSE_TOP).map((p) => k.passages[p]!) : []), ...hits.slice(0, LEXICAL_TOP).map((h) => h.entry)]);
  if (scope) {
    const inside = k.passages.filter(scope);
    if (inside.length <= SCOPE_WHOLE) for (const p of inside) wanted.add(p);
  }
  const candidates: Candidate[] = [...wanted].map((entry) => {
    const at = layout.at.get(entry)!;
    const units = (layout.units.get(entry) ?? []).map((u) => ({ unit: u.unit, dense: dense[u.index]! }));
    const sorted = units.map((u) => u.dense).sort((a, b) => b - a);
    const found = lexical.get(entry);
    return {
      entry,
      units,
      densePassage: densePassage[at]!,
      denseBest: sorted[0] ?? 0,
      denseSecond: sorted[1] ?? 0,
      denseRank: denseRank.get(entry)!,
      lexicalRank: found ? found.rank : Number.POSITIVE_INFINITY,
      lexical: found && top > 0 ? found.hit.score / top : 0,
      coverage: found?.hit.coverage ?? 0,
      topicCoverage: found?.hit.topicCoverage ?? 0,
      inScope: scope ? scope(entry) : false,
    };
  });
  const topics = q.focus.length;
  return {
    candidates,
    scoped: scope !== null,
    bestDense: vector && index ? Math.max(0, ...best) : 0,
    bestCoverage: hits.reduce((m, h) => Math.max(m, h.coverage), 0),
    unknown: topics === 0 ? 0 : unknownWords(k, q.focus.join(' ')).length / topics,
  };
}
