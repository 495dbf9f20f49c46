/**
 * Slack Web API calls made after an ack: each repeated only when Slack surely did not take it
 * (`retrying`), and the whole of a listener's work tracked for shutdown and logged on failure
 * (`guarded`). Below the listeners, so `respond.ts` and every listener share it.
 */
import type { Fields } from '../log.js';
import type { ListenerContext } from './context.js';
import { decide, networkCause, type Verdict } from './retry.js';

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
