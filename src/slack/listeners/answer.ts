import { ask } from '../../answer/engine.js';
import { normalizeInput } from '../../understand/clean.js';
import { detached } from '../../answer/cache.js';
import type { Answer } from '../../answer/answer.js';
import type { Fields } from '../../log.js';
import type { ListenerContext } from '../context.js';
import { decide, networkCause, type Verdict } from '../retry.js';
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
  const key = normalizeInput(question);
  let answer = ctx.answers.get(key);
  const cached = answer !== undefined;
  if (!answer) {
    let failed = false;
    answer = ask(ctx.knowledge, question, (error) => {
      failed = true;
      ctx.logger.event('error', 'engine failed', { ...fields, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
    });
    // Cached as a copy that holds none of the (possibly huge) text it was cut from.
    if (!failed && ctx.answers.maxBytes > 0) ctx.answers.set(detached(key), detached(answer));
  }
  // Object.assign, not `{ ...fields, … }`: V8 (Node 20) builds a spread followed by more
  // properties in a slow path (~5 µs), once per answer.
  ctx.logger.event('info', 'answered', Object.assign({}, fields, { intent: answer.intent, matched: answer.matched, cached, ms: Number((performance.now() - started).toFixed(2)) }));
  // Counted from the text itself: `noteQuestion` scrubs secrets before anything cuts it.
  if (options.count !== false) noteQuestion(ctx, question, answer, String(fields.surface ?? ''));
  return answer;
}

/** Raised instead of waiting out a Retry-After that would end after the shutdown deadline. */
class DroppedAtShutdown extends Error {
  constructor(readonly retryAfter: number | undefined) {
    super('shutting down before Slack allows the next attempt');
  }
}

/**
 * One Slack call (a post, a modal, a `respond()`), repeated only when Slack surely did not take it
 * (see `decide`): after a refused connection or a 5xx within a second or so, after a 429's
 * Retry-After when that is at most 10 s. Each call is retried on its own, so a handler that makes
 * two calls never repeats the first because the second failed. A wait that would outlast a
 * shutdown is not started: the reply is dropped (and logged by `guarded`).
 */
export async function retrying<T>(ctx: ListenerContext, what: string, fields: Fields, call: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await call();
    } catch (error) {
      const verdict = decide(error, attempt);
      if (!verdict.retry) throw Object.assign(error as object, { verdict });
      if (ctx.inFlight.outlasts(verdict.afterMs)) throw new DroppedAtShutdown(verdict.retryAfter);
      const e = error as { code?: string; statusCode?: number };
      ctx.logger.event('warn', verdict.retryAfter !== undefined ? `${what} rate limited; retrying` : `${what} failed; retrying`, {
        ...fields,
        code: e.code,
        status: e.statusCode,
        cause: networkCause(error),
        retryAfter: verdict.retryAfter,
        attempt,
      });
      await new Promise((r) => setTimeout(r, verdict.afterMs));
    }
  }
}

/**
 * Runs a listener's Slack calls after the ack: tracked (so a shutdown waits for it, and names it if
 * it has to drop it), and on failure logged with what was being answered instead of crashing.
 * Wrap each Slack call inside in `retrying`.
 */
export function guarded(ctx: ListenerContext, what: string, fields: Fields, work: () => Promise<unknown>): Promise<void> {
  const run = async (): Promise<void> => {
    try {
      await work();
    } catch (error) {
      if (error instanceof DroppedAtShutdown) {
        ctx.logger.event('error', `${what} dropped at shutdown`, { ...fields, retryAfter: error.retryAfter, error: error.message });
        return;
      }
      const e = error as { code?: string; verdict?: Verdict; data?: { error?: string }; message?: string; statusCode?: number };
      ctx.logger.event('error', `${what} failed`, {
        ...fields,
        code: e.code,
        status: e.statusCode,
        slackError: e.data?.error,
        cause: networkCause(error),
        retryAfter: e.verdict?.retryAfter,
        why: e.verdict && !e.verdict.retry ? e.verdict.reason : undefined,
        error: e.message ?? String(error),
      });
    }
  };
  return ctx.inFlight.track(run(), { what, fields });
}
