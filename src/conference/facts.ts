import { z } from 'zod';

/** A handle: lower-case letters, digits and dashes, starting with a letter. */
const HANDLE = /^[a-z][a-z0-9-]{0,39}$/;
/** A name of the conference: lower-case letters and digits, one word. */
const NAME = /^[a-z0-9]{2,40}$/;

/** A question offered as a button: `label` to show, `query` to ask. */
const SuggestionSchema = z.object({ label: z.string().min(1).max(75), query: z.string().min(1) });

/**
 * What the bot's own words say about one report, kept beside it in `data/<id>/conference.json`:
 * the names its help examples use, and the questions it offers to someone who is lost. Every field
 * is optional; what is left out is taken from the report itself (its first speaker, company, …).
 */
export const FactsSchema = z.object({
  $comment: z.string().optional(),
  /** Fill the command registry's example placeholders (`who is {speaker}`). */
  examples: z.record(z.string(), z.string().min(1)).default({}),
  /** Questions that always help someone who is lost. */
  starters: z.array(SuggestionSchema).min(1).max(5).optional(),
  /** Projects to name in "try a project (…)". */
  projects: z.array(z.string().min(1)).min(1).max(5).optional(),
  /**
   * The word people address the bot by, typed before a question (`/kubecon`, `@kubecon`, `kubecon,`).
   * Default: the folder name's first word (`fluxcon-2019-berlin` → `fluxcon`).
   */
  handle: z.string().regex(HANDLE).optional(),
  /**
   * Words that name this conference in a question ("where was cloudnativecon"), lower case.
   * Default: the handle and the report title's words that end in "con".
   */
  names: z.array(z.string().regex(NAME)).min(1).max(10).optional(),
});
export type Facts = z.infer<typeof FactsSchema>;
export type StarterSuggestion = z.infer<typeof SuggestionSchema>;

/**
 * Validates a conference's `conference.json`.
 *
 * @example
 * parseFacts({ examples: { term: 'Ark' } }).examples.term; // 'Ark'
 */
export function parseFacts(json: unknown): Facts {
  const plain = plainFacts(json ?? {});
  if (plain) return plain;
  const parsed = FactsSchema.safeParse(json ?? {});
  if (!parsed.success) {
    throw new Error(`kubecon-bot: conference.json: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  }
  return parsed.data;
}

const isPlainObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && (Object.getPrototypeOf(v) === Object.prototype || Object.getPrototypeOf(v) === null);
const isText = (v: unknown, max = Number.POSITIVE_INFINITY): v is string => typeof v === 'string' && v.length >= 1 && v.length <= max;

/**
 * The facts `FactsSchema` plainly accepts, as it would return them (fresh objects, keys in the
 * schema's order, unknown ones left out), or null for anything else, which zod then reports on:
 * its first parse compiles a parser per object shape while its code is cold, a millisecond of
 * start-up for one small file. A test holds the two to the same results.
 *
 * @example
 * plainFacts({ examples: { term: 'Ark' } }); // { examples: { term: 'Ark' } }
 * plainFacts({ projects: [] }); // null
 */
export function plainFacts(json: unknown): Facts | null {
  if (!isPlainObject(json)) return null;
  const { $comment, examples = {}, starters, projects, handle, names } = json;
  if (!(handle === undefined || (typeof handle === 'string' && HANDLE.test(handle)))) return null;
  if (!($comment === undefined || typeof $comment === 'string') || !isPlainObject(examples)) return null;
  const words: Record<string, string> = {};
  for (const key of Object.keys(examples)) {
    const value = examples[key];
    if (key === '__proto__' || !isText(value)) return null;
    words[key] = value;
  }
  const list = <T>(v: unknown, item: (x: unknown) => T | null, max = 5): T[] | null | undefined => {
    if (v === undefined) return undefined;
    if (!Array.isArray(v) || v.length < 1 || v.length > max) return null;
    const out: T[] = [];
    for (const x of v) {
      const ok = item(x);
      if (ok === null) return null;
      out.push(ok);
    }
    return out;
  };
  const starterList = list(starters, (s) => (isPlainObject(s) && isText(s.label, 75) && isText(s.query) ? { label: s.label, query: s.query } : null));
  const projectList = list(projects, (p) => (isText(p) ? p : null));
  const nameList = list(names, (n) => (typeof n === 'string' && NAME.test(n) ? n : null), 10);
  if (starterList === null || projectList === null || nameList === null) return null;
  const facts: Facts = $comment === undefined && !('$comment' in json) ? { examples: words } : { $comment, examples: words };
  if (starterList !== undefined || 'starters' in json) facts.starters = starterList;
  if (projectList !== undefined || 'projects' in json) facts.projects = projectList;
  if (handle !== undefined || 'handle' in json) facts.handle = handle as string | undefined;
  if (nameList !== undefined || 'names' in json) facts.names = nameList;
  return facts;
}
