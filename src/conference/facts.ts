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
  const parsed = FactsSchema.safeParse(json ?? {});
  if (!parsed.success) {
    throw new Error(`kubecon-bot: conference.json: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  }
  return parsed.data;
}
