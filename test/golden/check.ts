import type { GoldenCase } from './cases.js';

/** What a golden case is checked against: the engine's answer, or the naive baseline's. */
export interface Observed {
  matched: boolean;
  text: string;
  intent?: string;
  sourceTitles?: readonly string[];
}

/**
 * The ways an observed answer misses a golden case; empty when it passes. Intent, sources and the
 * engine's own wording are only checked when the observer reports an intent (the naive baseline
 * has none: it is judged on `matched` and the report's facts).
 */
export function misses(c: GoldenCase, seen: Observed): string[] {
  const out: string[] = [];
  const text = seen.text.toLowerCase();
  if (seen.matched !== c.matched) out.push(`matched is ${seen.matched}, want ${c.matched}`);
  if (c.intent && seen.intent !== undefined && seen.intent !== c.intent) out.push(`intent is ${seen.intent}, want ${c.intent}`);
  for (const fact of c.has ?? []) if (!text.includes(fact.toLowerCase())) out.push(`missing "${fact}"`);
  if (seen.intent !== undefined) for (const words of c.says ?? []) if (!text.includes(words.toLowerCase())) out.push(`does not say "${words}"`);
  for (const fact of c.hasNot ?? []) if (text.includes(fact.toLowerCase())) out.push(`should not hold "${fact}"`);
  if (seen.sourceTitles) {
    for (const title of c.sources ?? []) {
      if (!seen.sourceTitles.some((t) => t.toLowerCase().includes(title.toLowerCase()))) out.push(`no source titled like "${title}"`);
    }
  }
  return out;
}
