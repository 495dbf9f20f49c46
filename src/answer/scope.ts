import type { PassageEntry } from '../search/knowledge.js';
import type { TermMatcher } from '../search/terms.js';
import type { Query } from '../understand/query.js';

/** Where a question's names point in the report (see `namedScope`). */
export interface NamedScope {
  /** The sessions it names: by title, by a speaker's or by a company's sessions. */
  ids: ReadonlySet<string>;
  /** The glossary terms it names. */
  terms: ReadonlySet<TermMatcher>;
  /**
   * The tests a passage must pass: within those sessions (else mentioning those terms), then on
   * the day asked about. Empty when the question names nothing.
   */
  tests: Array<(p: PassageEntry) => boolean>;
}

/**
 * The passages a question's names point at: a named session's, a speaker's or a company's, else
 * those mentioning a named project; narrowed to the day it asks about.
 *
 * @example
 * namedScope(understand(knowledge, 'what did hbo say on day 2')).tests.length; // 2
 */
export function namedScope(q: Query): NamedScope {
  const e = q.entities;
  const tests: Array<(p: PassageEntry) => boolean> = [];
  const ids = new Set([...e.sessions, ...e.speakers.flatMap((s) => s.sessions), ...e.orgs.flatMap((o) => o.sessions)].map((s) => s.session.id));
  const terms = new Set(e.terms.map((t) => t.matcher));
  if (ids.size > 0) tests.push((p) => p.session !== null && ids.has(p.session.id));
  else if (terms.size > 0) tests.push((p) => p.terms.some((t) => terms.has(t)));
  if (e.day !== null) tests.push((p) => p.day?.number === e.day);
  return { ids, terms, tests };
}
