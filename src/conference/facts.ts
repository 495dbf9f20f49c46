import { z } from 'zod';

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
  const { $comment, examples = {}, starters, projects } = json;
  if (!($comment === undefined || typeof $comment === 'string') || !isPlainObject(examples)) return null;
  const words: Record<string, string> = {};
  for (const key of Object.keys(examples)) {
    const value = examples[key];
    if (key === '__proto__' || !isText(value)) return null;
    words[key] = value;
  }
  const list = <T>(v: unknown, item: (x: unknown) => T | null): T[] | null | undefined => {
    if (v === undefined) return undefined;
    if (!Array.isArray(v) || v.length < 1 || v.length > 5) return null;
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
  if (starterList === null || projectList === null) return null;
  const facts: Facts = $comment === undefined && !('$comment' in json) ? { examples: words } : { $comment, examples: words };
  if (starterList !== undefined || 'starters' in json) facts.starters = starterList;
  if (projectList !== undefined || 'projects' in json) facts.projects = projectList;
  return facts;
}
