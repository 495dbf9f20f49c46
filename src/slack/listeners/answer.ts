import { ask } from '../../answer/engine.js';
import type { Answer } from '../../answer/answer.js';
import type { Fields } from '../../log.js';
import type { ListenerContext } from '../context.js';

/**
 * Answers a question for a Slack surface and logs it (team, channel, intent, latency, whether it
 * came from the cache). Engine bugs are logged with their stack here and reach the user only as a
 * polite answer (and are not cached).
 */
export function answerAndLog(ctx: ListenerContext, question: string, fields: Fields): Answer {
  const started = performance.now();
  let answer = ctx.answers.get(question);
  const cached = answer !== undefined;
  if (!answer) {
    let failed = false;
    answer = ask(ctx.knowledge, question, (error) => {
      failed = true;
      ctx.logger.event('error', 'engine failed', { ...fields, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
    });
    if (!failed) ctx.answers.set(question, answer);
  }
  ctx.logger.event('info', 'answered', { ...fields, intent: answer.intent, matched: answer.matched, cached, ms: Number((performance.now() - started).toFixed(2)) });
  return answer;
}

/** The longest wait a 429's Retry-After may ask for before the reply is given up (and logged). */
export const MAX_RATE_LIMIT_WAIT_SECONDS = 10;
const ATTEMPTS = 3;

/**
 * Runs a listener's Slack calls after the ack: tracked (so shutdown waits for it), retried when
 * Slack rate-limits with a short Retry-After, and on failure logged with what was being answered
 * instead of crashing. The Web API client itself retries 5xx, timeouts and refused connections
 * twice within seconds.
 */
export function guarded(ctx: ListenerContext, what: string, fields: Fields, work: () => Promise<unknown>): Promise<void> {
  const run = async (): Promise<void> => {
    for (let attempt = 1; ; attempt++) {
      try {
        await work();
        return;
      } catch (error) {
        const e = error as { code?: string; retryAfter?: number; data?: { error?: string }; message?: string; original?: { code?: string; cause?: { code?: string } } };
        const wait = e.code === 'slack_webapi_rate_limited_error' ? (e.retryAfter ?? 1) : undefined;
        if (wait !== undefined && wait <= MAX_RATE_LIMIT_WAIT_SECONDS && attempt < ATTEMPTS) {
          ctx.logger.event('warn', `${what} rate limited; retrying`, { ...fields, retryAfter: wait, attempt });
          await new Promise((r) => setTimeout(r, wait * 1000));
          continue;
        }
        const cause = e.original?.cause?.code ?? e.original?.code;
        ctx.logger.event('error', `${what} failed`, { ...fields, code: e.code, slackError: e.data?.error, cause, retryAfter: wait, error: e.message ?? String(error) });
        return;
      }
    }
  };
  return ctx.inFlight.track(run());
}
