import { z } from 'zod';

/** A project or technology the report names, with the other names people use for it. */
export const TermSchema = z.object({
  name: z.string().min(1),
  aliases: z.array(z.string().min(1)),
});
export type Term = z.infer<typeof TermSchema>;

export const GlossarySchema = z.object({
  $comment: z.string().optional(),
  terms: z.array(TermSchema),
});

/**
 * Validates a conference's glossary (`data/<id>/terms.json`), returning its terms.
 *
 * @example
 * parseGlossary({ terms: [{ name: 'Ark', aliases: ['Heptio Ark'] }] }); // [{ name: 'Ark', aliases: ['Heptio Ark'] }]
 */
export function parseGlossary(json: unknown): Term[] {
  const parsed = GlossarySchema.safeParse(json);
  if (!parsed.success) {
    throw new Error(`kubecon-bot: terms.json: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  }
  return parsed.data.terms;
}
