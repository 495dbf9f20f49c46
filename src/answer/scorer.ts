import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { ANSWERABLE, FEATURES } from './features.js';

/**
 * One fitted scorer: weights that rank a question's candidates (`FEATURES`), weights that say how
 * likely the best one answers it (`ANSWERABLE`), and the probability below which the report is
 * held not to answer.
 */
export interface Scorer {
  weights: readonly number[];
  answerable: readonly number[];
  threshold: number;
}

/** The fitted scorers: with the model's features, and with the lexical ones alone (the model off). */
export interface Scorers {
  model: Scorer;
  lexical: Scorer;
}

/** Where `npm run fit` writes the weights; never edited by hand. */
export const SCORER_FILE = new URL('../../models/scorer.json', import.meta.url);

const ScorerSchema = z.object({ weights: z.array(z.number()), answerable: z.array(z.number()), threshold: z.number().min(0).max(1) });
const FileSchema = z.object({
  version: z.literal(1),
  features: z.array(z.string()),
  answerable: z.array(z.string()),
  model: ScorerSchema,
  lexical: ScorerSchema,
  fitted: z.record(z.string(), z.unknown()),
});

/**
 * Reads and checks the fitted weights: the features they were fitted for must be today's.
 *
 * @example
 * parseScorers(JSON.parse(readFileSync(SCORER_FILE, 'utf8'))).model.threshold; // e.g. 0.31
 */
export function parseScorers(json: unknown): Scorers {
  const parsed = FileSchema.safeParse(json);
  if (!parsed.success) throw new Error(`kubecon-bot: models/scorer.json: ${parsed.error.issues[0]?.message ?? 'invalid'}: run \`npm run fit\``);
  const names = FEATURES.map((f) => f.name);
  const decide = ANSWERABLE.map((f) => f.name);
  const { features, answerable, model, lexical } = parsed.data;
  const fits = (s: Scorer): boolean => s.weights.length === names.length && s.answerable.length === decide.length;
  if (features.join(',') !== names.join(',') || answerable.join(',') !== decide.join(',') || !fits(model) || !fits(lexical))
    throw new Error('kubecon-bot: models/scorer.json was fitted for other features: run `npm run fit`');
  return { model, lexical };
}

let loaded: Scorers | undefined;

/** The fitted scorers, read once. */
export function scorers(): Scorers {
  loaded ??= parseScorers(JSON.parse(readFileSync(SCORER_FILE, 'utf8')));
  return loaded;
}

/**
 * The probability a scorer gives a feature vector: the logistic of its weighted sum.
 *
 * @example
 * probability([0, 1], [1, 0]); // 0.5
 */
export function probability(weights: readonly number[], x: readonly number[]): number {
  let z = 0;
  for (let i = 0; i < x.length; i++) z += weights[i]! * x[i]!;
  return 1 / (1 + Math.exp(-z));
}
