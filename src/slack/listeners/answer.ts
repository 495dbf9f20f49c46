import { ask } from '../../answer/engine.js';
import type { Answer } from '../../answer/answer.js';
import type { Fields } from '../../log.js';
import type { ListenerContext } from '../context.js';

/**
 * Answers a question for a Slack surface and logs it (team, channel, intent, latency). Engine bugs
 * are logged with their stack here and reach the user only as a polite answer.
 */
export function answerAndLog(ctx: ListenerContext, question: string, fields: Fields): Answer {
  const started = performance.now();
  const answer = ask(ctx.knowledge, question, (error) => ctx.logger.event('error', 'engine failed', { ...fields, error: error instanceof Error ? (error.stack ?? error.message) : String(error) }));
  ctx.logger.event('info', 'answered', { ...fields, intent: answer.intent, matched: answer.matched, ms: Number((performance.now() - started).toFixed(2)) });
  return answer;
}

/** Runs a listener's Slack calls, logging a failure with what was being answered instead of crashing. */
export async function guarded(ctx: ListenerContext, what: string, fields: Fields, work: () => Promise<unknown>): Promise<void> {
  try {
    await work();
  } catch (error) {
    const e = error as { code?: string; data?: { error?: string }; message?: string };
    ctx.logger.event('error', `${what} failed`, { ...fields, code: e.code, slackError: e.data?.error, error: e.message ?? String(error) });
  }
}
