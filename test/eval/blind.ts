/**
 * The blind evaluation sets: questions written from the report alone by someone who never saw the
 * code or the golden table, each with the facts a right answer holds (or none, when the report
 * cannot answer it). `dev` and `dev2` are tuned against; the `heldout` splits are only scored.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { z } from 'zod';

const BlindCase = z.object({
  id: z.string(),
  q: z.string(),
  kind: z.string(),
  answerable: z.boolean(),
  /** Groups of alternatives: a right answer holds one alternative of every group. */
  facts: z.array(z.array(z.string()).min(1)),
  why: z.string().optional(),
  split: z.enum(['dev', 'dev2', 'heldout', 'heldout2', 'heldout3', 'heldout4', 'heldout5', 'heldout6', 'heldout7']),
});
export type BlindCase = z.infer<typeof BlindCase>;

/** Every blind case in `test/eval/*.json`. */
export function loadBlind(): BlindCase[] {
  const dir = new URL('./', import.meta.url);
  return readdirSync(dir)
    .filter((f) => /^set-.*\.json$/.test(f))
    .sort()
    .flatMap((f) => z.array(BlindCase).parse(JSON.parse(readFileSync(new URL(f, dir), 'utf8'))));
}

const squash = (s: string): string => s.toLowerCase().replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ');

/** What an answer is judged on: whether it answered, and its whole text as a reader sees it. */
export interface Judged {
  matched: boolean;
  text: string;
}

/**
 * Whether an answer is right: a question the report cannot answer must be declined; any other
 * must be answered with one alternative of every fact group in the text.
 */
export function isRight(c: Pick<BlindCase, 'answerable' | 'facts'>, a: Judged): boolean {
  if (!c.answerable) return !a.matched;
  if (!a.matched) return false;
  const text = squash(a.text);
  return c.facts.every((group) => group.some((fact) => text.includes(squash(fact))));
}

export interface Score {
  right: number;
  total: number;
  /** How many questions were declined. */
  declined: number;
  /** Of the questions declined, how many the report really cannot answer. */
  declinePrecision: number;
  /** Of the questions the report cannot answer, how many were declined. */
  declineRecall: number;
  /** Right answers per kind of question. */
  byKind: Record<string, { right: number; total: number }>;
  wrong: BlindCase[];
}

/** Scores an answerer over some cases. */
export function score(cases: readonly BlindCase[], answer: (q: string) => Judged): Score {
  let right = 0;
  let declined = 0;
  let declinedRightly = 0;
  const unanswerable = cases.filter((c) => !c.answerable).length;
  const byKind: Score['byKind'] = {};
  const wrong: BlindCase[] = [];
  for (const c of cases) {
    const a = answer(c.q);
    const ok = isRight(c, a);
    byKind[c.kind] ??= { right: 0, total: 0 };
    const kind = byKind[c.kind]!;
    kind.total++;
    if (ok) {
      right++;
      kind.right++;
    } else wrong.push(c);
    if (!a.matched) {
      declined++;
      if (!c.answerable) declinedRightly++;
    }
  }
  return {
    right,
    total: cases.length,
    declined,
    declinePrecision: declined === 0 ? 1 : declinedRightly / declined,
    declineRecall: unanswerable === 0 ? 1 : declinedRightly / unanswerable,
    byKind,
    wrong,
  };
}
