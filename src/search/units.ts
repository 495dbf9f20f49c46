import { splitSentences } from '../text/normalize.js';
import type { PassageEntry } from './knowledge.js';

/** A sentence of the report, the smallest thing an answer quotes; vectors are kept per unit. */
export interface Unit {
  text: string;
  entry: PassageEntry;
}

/**
 * Every sentence of the report, passage by passage, in the report's order (list items are
 * sentences of their own, as `splitSentences` keeps them).
 *
 * @example
 * reportUnits(knowledge.passages)[0]?.text; // the report's first sentence
 */
export function reportUnits(passages: readonly PassageEntry[]): Unit[] {
  return passages.flatMap((entry) => splitSentences(entry.passage.text).map((text) => ({ text, entry })));
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
