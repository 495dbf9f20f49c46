import { ask } from '../../answer/engine.js';
import { normalizeInput } from '../../understand/clean.js';
import { detached } from '../../answer/cache.js';
import type { Answer } from '../../answer/answer.js';
import type { Fields } from '../../log.js';
import type { ListenerContext } from '../context.js';
import { noteQuestion } from './insights.js';

/**
 * Answers a question for a Slack surface and logs it (team, channel, intent, latency, whether it
 * came from the cache). Engine bugs are logged with their stack here and reach the user only as a
 * polite answer (and are not cached). A question someone asked (not a page turn or a share of an
 * answer already given: `count: false`) is also noted for the insights (see `noteQuestion`).
 */
export function answerAndLog(ctx: ListenerContext, question: string, fields: Fields, options: { count?: boolean } = {}): Answer {
  const started = performance.now();
  // The engine answers the cleaned question (markup, emoji, spacing and length dealt with), so the
  // cache is keyed on it: variants of one question share an entry, and a long paste is not a key.
  const key = normalizeInput(question, ctx.knowledge.facts.handle);
  let answer = ctx.answers?.get(key);
  const cached = answer !== undefined;
  if (!answer) {
    let failed = false;
    answer = ask(ctx.knowledge, question, (error) => {
      failed = true;
      ctx.logger.event('error', 'engine failed', { ...fields, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
    });
    // Cached as a copy that holds none of the (possibly huge) text it was cut from.
    if (!failed) ctx.answers?.set(detached(key), detached(answer));
  }
  // Object.assign, not `{ ...fields, … }`: V8 (Node 20) builds a spread followed by more
  // properties in a slow path (~5 µs), once per answer.
  ctx.logger.event('info', 'answered', Object.assign({}, fields, { intent: answer.intent, matched: answer.matched, cached, ms: Number((performance.now() - started).toFixed(2)) }));
  // Counted from the text itself: `noteQuestion` scrubs secrets before anything cuts it.
  if (options.count !== false) noteQuestion(ctx, question, answer, String(fields.surface ?? ''));
  return answer;
}
