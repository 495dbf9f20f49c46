import { splitSentences } from '../text/normalize.js';
import type { PassageEntry } from './knowledge.js';

/** A sentence of the report, the smallest thing an answer quotes; vectors are kept per unit. */
export interface Unit {
  /** `p12#0`: the passage's id and the sentence's place in it. */
  id: string;
  text: string;
  entry: PassageEntry;
  /** Its place among its passage's sentences. */
  index: number;
}

/**
 * Every sentence of the report, passage by passage, in the report's order (list items are
 * sentences of their own, as `splitSentences` keeps them).
 *
 * @example
 * reportUnits(knowledge.passages)[0]?.id; // 'p0#0'
 */
export function reportUnits(passages: readonly PassageEntry[]): Unit[] {
  return passages.flatMap((entry) => splitSentences(entry.passage.text).map((text, index) => ({ id: `${entry.passage.id}#${index}`, text, entry, index })));
}

/**
 * What a passage is embedded as: where it stands (its session's title, else its section's
 * heading) before its text, so "the netflix spinnaker keynote" finds what was said in it.
 *
 * @example
 * passageText(entry); // 'Cloud Native CD: Spinnaker. Spinnaker is a continous …'
 */
export function passageText(entry: PassageEntry): string {
  const where = entry.session?.title ?? entry.section?.heading;
  return where ? `${where}. ${entry.passage.text}` : entry.passage.text;
}
