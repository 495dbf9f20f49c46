import { normalizeInput } from '../../understand/clean.js';
import type { Answer } from '../../answer/answer.js';
import { QUESTION_EVENT } from '../../insights/logs.js';
import { insightKey, insightsReport } from '../../insights/store.js';
import { insightsBlocks } from '../../render/insights.js';
import type { ListenerContext } from '../context.js';

/** What counting and showing insights needs of the listener context. */
export type InsightsContext = Pick<ListenerContext, 'logger' | 'insights' | 'knowledge'> & { config: Pick<ListenerContext['config'], 'adminUserIds'> };

/** `/kubecon insights` (any case, a trailing `?`): the owner's report, for admins only. */
export function isInsightsRequest(text: string): boolean {
  // Most commands are questions: a substring test spares them the cleaning.
  return /insights/i.test(text) && insightKey(text) === 'insights';
}

/**
 * Notes a question the bot answered: one `question` log event holding the cleaned question, the
 * intent and whether it was matched — and no user, team or channel, so `npm run insights` can
 * tally the logs without them holding who asked what — and counts it (most asked, and not covered
 * when unmatched). Counting runs in the background and never fails an answer.
 */
export function noteQuestion(ctx: InsightsContext, question: string, answer: Pick<Answer, 'intent' | 'matched'>, surface: string, key = questionKey(ctx, question)): void {
  if (key === '' || answer.intent === 'error') return;
  ctx.logger.event('info', QUESTION_EVENT, { surface, question: key, intent: answer.intent, matched: answer.matched });
  void ctx.insights.countKey('asked', key);
  if (!answer.matched) void ctx.insights.countKey('unanswered', key);
}

/**
 * The key a question is counted and logged under (`insightKey`), secrets scrubbed first: after the
 * key is cut to length and lower-cased, a secret cut in two is no longer found, and its first part
 * would be counted and logged. `key` of `noteQuestion`, made once for a question asked often.
 */
export function questionKey(ctx: Pick<InsightsContext, 'logger' | 'knowledge'>, question: string): string {
  // The bot's handle typed before the question ("/kubecon what is Ark") is no part of it.
  return insightKey(normalizeInput(ctx.logger.redact(question), ctx.knowledge.facts.handle));
}

/** Notes a 👎 on an answer, by its question only (secrets scrubbed first, as in `noteQuestion`). */
export function noteUnhelpful(ctx: InsightsContext, question: string | undefined): void {
  if (question !== undefined) void ctx.insights.count('unhelpful', ctx.logger.redact(question));
}

/**
 * The insights reply for an admin (the user ids in `ADMIN_USER_IDS`); null for anyone else, who
 * gets the ordinary help answer instead.
 */
export async function insightsFor(ctx: InsightsContext, user: string): Promise<{ blocks: ReturnType<typeof insightsBlocks>['blocks']; text: string } | null> {
  if (!ctx.config.adminUserIds.includes(user)) return null;
  return insightsBlocks(await insightsReport(ctx.insights));
}
