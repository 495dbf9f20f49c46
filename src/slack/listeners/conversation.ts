import type { App } from '@slack/bolt';
import type { Answer } from '../../answer/answer.js';
import { converse, type Reply } from '../../answer/conversation.js';
import type { Fields } from '../../log.js';
import { renderBlocks, type RenderedMessage } from '../../render/blocks.js';
import { DEDUPE_TTL_SECONDS, type ListenerContext } from '../context.js';
import type { Turn } from '../../understand/followup.js';
import { guarded, retrying } from '../calls.js';
import { noteQuestion } from './insights.js';
import { cutText } from '../../text/normalize.js';

/** The fields of a message event the bot reads. */
export interface IncomingMessage {
  channel: string;
  ts: string;
  text?: string;
  user?: string;
  team?: string;
  thread_ts?: string;
  bot_id?: string;
  subtype?: string;
  edited?: unknown;
  channel_type?: string;
}

/** Subtypes that are still a person asking: a message with a file attached (and some text). */
const ASKING_SUBTYPES = new Set(['file_share']);

/** Bots, edits, joins, empty messages and the bot's own messages get no reply. */
export function worthAnswering(m: IncomingMessage): m is IncomingMessage & { user: string; text: string } {
  return !m.bot_id && (!m.subtype || ASKING_SUBTYPES.has(m.subtype)) && !m.edited && typeof m.user === 'string' && typeof m.text === 'string' && m.text.trim() !== '';
}

/** A message someone wrote to the bot, as the message listeners read it. */
export interface Asked {
  channel: string;
  ts: string;
  text: string;
  team?: string;
  user?: string;
}

/** Where the answer goes and which conversation it belongs to. */
export interface Where {
  /** `mention`, `dm`, `assistant`: for the logs. */
  surface: string;
  /** The thread to reply in; none for a plain DM. */
  threadTs?: string;
  /** The conversation's key in the context store (`contextKey`). */
  key: string;
  /** Runs once the message is claimed, before it is answered (the assistant's status). */
  claimed?: () => Promise<unknown>;
  /** Runs when the conversation had no turn yet (the assistant thread's title). */
  first?: () => Promise<unknown>;
}

/**
 * Answers a message once, as part of its conversation: claims it (whichever of `app_mention`,
 * `message.im`, the assistant or a retry brings it first), reads it against the conversation's
 * last turn (a follow-up such as "when was it?" or "more"), keeps the turn the answer leaves, and
 * posts the page it asked for.
 */
export async function replyInConversation(ctx: ListenerContext, client: App['client'], m: Asked, where: Where): Promise<void> {
  const fields: Fields = { surface: where.surface, team: m.team, channel: m.channel, user: m.user };
  if (!(await ctx.dedupe.claim(`msg:${m.channel}:${m.ts}`, DEDUPE_TTL_SECONDS))) {
    ctx.logger.event('debug', 'already answered', fields);
    return;
  }
  const [last] = await Promise.all([ctx.contexts.get(where.key), where.claimed ? guarded(ctx, 'status', fields, () => retrying(ctx, 'status', fields, where.claimed!)) : undefined]);
  if (last === null && where.first) void guarded(ctx, 'title', fields, () => retrying(ctx, 'title', fields, where.first!));
  const { reply, message } = answerInConversation(ctx, m.text, last, fields);
  if (reply.turn && reply.turn !== last) await ctx.contexts.set(where.key, reply.turn);
  const thread_ts = where.threadTs;
  const post = () => client.chat.postMessage({ channel: m.channel, ...(thread_ts ? { thread_ts } : {}), blocks: message.blocks, text: message.text });
  // A dropped or failed reply is logged with the question it was answering.
  await guarded(ctx, 'reply', { ...fields, question: cutText(ctx.logger.redact(m.text), 200) }, () => retrying(ctx, 'reply', fields, post));
}

/**
 * `converse()` for a Slack thread: "more" pages through the last answer as Block Kit pages it, the
 * answer comes from the answer cache when the question it stands for was answered before (as
 * `/kubecon` and mentions are), and it is logged (intent, whether it was read as a follow-up, latency). Engine bugs are
 * logged with their stack and reach the user only as a polite answer.
 */
export function answerInConversation(ctx: ListenerContext, text: string, last: Turn | null, fields: Fields): { reply: Reply; message: RenderedMessage } {
  const started = performance.now();
  let rendered: { answer: Answer; page: number; message: RenderedMessage } | undefined;
  const render = (answer: Answer, page: number): RenderedMessage => {
    if (rendered?.answer !== answer || rendered.page !== page) {
      rendered = { answer, page, message: renderBlocks(answer, { question: text, surface: 'thread', page, reportUrl: ctx.config.reportUrl }) };
    }
    return rendered.message;
  };
  const onError = (error: unknown): void => ctx.logger.event('error', 'engine failed', { ...fields, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  const reply = converse(ctx.knowledge, text, last, {
    onError,
    more: (answer, page) => {
      const message = render(answer, page);
      return message.page + 1 < message.pages;
    },
    answers: ctx.answers,
  });
  const message = render(reply.answer, reply.page);
  ctx.logger.event('info', 'answered', {
    ...fields,
    intent: reply.answer.intent,
    matched: reply.answer.matched,
    cached: reply.cached,
    followUp: reply.answer.readAs !== undefined,
    page: message.page,
    ms: Number((performance.now() - started).toFixed(2)),
  });
  // Counted for the insights as understood ("and on day 2?" is "keynotes day 2"); a page turn is not a new question.
  if (reply.page === 0) noteQuestion(ctx, reply.answer.readAs ?? text, reply.answer, String(fields.surface ?? ''));
  return { reply, message };
}
