import type { Knowledge } from '../../search/knowledge.js';
import { similarities } from '../../search/dense.js';
import type { Query } from '../../understand/query.js';
import { passageSource, type Answer } from '../answer.js';

/**
 * Below this cosine the report's nearest sentence is no pointer worth showing: about where the
 * sentences of unrelated small talk ("what's the weather in Berlin") sit against the report.
 */
const NEAREST_MIN = 0.35;

/**
 * A "not covered" answer with the sentence of the report nearest the question in meaning, shown as
 * what it is (the nearest the report comes, not an answer): it tells the asker whether the report
 * touches the topic at all and where. The answer stays declined.
 *
 * @example
 * withNearest(knowledge, understand(knowledge, 'which hotel did he stay at'), declined).parts.at(-1); // a quote from Travel
 */
export function withNearest(k: Knowledge, q: Query, answer: Answer): Answer {
  if (answer.matched || !q.embedding || !k.dense) return answer;
  const cosines = similarities(q.embedding, k.dense.unitVectors);
  let at = 0;
  for (let i = 1; i < cosines.length; i++) if (cosines[i]! > cosines[at]!) at = i;
  const unit = k.units[at];
  if (!unit || cosines[at]! < NEAREST_MIN) return answer;
  return {
    ...answer,
    parts: [...answer.parts, { type: 'text', text: 'The nearest the report comes:' }, { type: 'quote', text: unit.text, source: passageSource(unit.entry) }],
  };
}
