import { z } from 'zod';

/**
 * A project or technology the report names, with the other names people use for it and, in
 * general words, what it is ("overlay network for pods"): questions ask by kind as often as by name.
 */
export const TermSchema = z.object({
  name: z.string().min(1),
  aliases: z.array(z.string().min(1)),
  about: z.string().min(1).optional(),
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
  const plain = plainGlossary(json);
  if (plain) return plain;
  const parsed = GlossarySchema.safeParse(json);
  if (!parsed.success) {
    throw new Error(`kubecon-bot: terms.json: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  }
  return parsed.data.terms;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The terms of a glossary `GlossarySchema` plainly accepts, as it would return them (fresh
 * objects, unknown keys left out), or null for anything else, which zod then reports on. Zod's
 * first parse compiles a parser for each object shape while its code is cold: 3 ms of start-up
 * for 79 terms, against a tenth of that for this. A test holds the two to the same results.
 *
 * @example
 * plainGlossary({ terms: [{ name: 'Ark', aliases: [] }] }); // [{ name: 'Ark', aliases: [] }]
 * plainGlossary({ terms: [{ name: '' }] }); // null
 */
export function plainGlossary(json: unknown): Term[] | null {
  if (!isRecord(json) || !(json.$comment === undefined || typeof json.$comment === 'string') || !Array.isArray(json.terms)) return null;
  const terms: Term[] = [];
  for (const term of json.terms as unknown[]) {
    if (!isRecord(term) || typeof term.name !== 'string' || term.name === '' || !Array.isArray(term.aliases)) return null;
    if (!(term.about === undefined || (typeof term.about === 'string' && term.about !== ''))) return null;
    const aliases: string[] = [];
    for (const alias of term.aliases as unknown[]) {
      if (typeof alias !== 'string' || alias === '') return null;
      aliases.push(alias);
    }
    terms.push(term.about === undefined ? { name: term.name, aliases } : { name: term.name, aliases, about: term.about });
  }
  return terms;
}
