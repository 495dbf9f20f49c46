import type { App } from '@slack/bolt';
import { renderBlocks } from '../../render/blocks.js';
import { DEDUPE_TTL_SECONDS, type ListenerContext } from '../context.js';
import { answerAndLog, guarded, retrying } from './answer.js';

/** The fields of a message event the bot reads. */
interface IncomingMessage {
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
function worthAnswering(m: IncomingMessage): boolean {
  return !m.bot_id && (!m.subtype || ASKING_SUBTYPES.has(m.subtype)) && !m.edited && typeof m.user === 'string' && typeof m.text === 'string' && m.text.trim() !== '';
}

/**
 * Replies once to a message, in a thread under it in channels (or in the DM), whichever of
 * `app_mention` / `message.im` / a retry brings it first.
 */
async function replyOnce(ctx: ListenerContext, m: IncomingMessage, client: App['client'], surface: string, threaded: boolean): Promise<void> {
  const fields = { surface, team: m.team, channel: m.channel, user: m.user };
  if (!(await ctx.dedupe.claim(`msg:${m.channel}:${m.ts}`, DEDUPE_TTL_SECONDS))) {
    ctx.logger.event('debug', 'already answered', fields);
    return;
  }
  const answer = answerAndLog(ctx, m.text ?? '', fields);
  const message = renderBlocks(answer, { question: m.text ?? '', surface: 'thread', reportUrl: ctx.config.reportUrl });
  const thread_ts = threaded ? (m.thread_ts ?? m.ts) : m.thread_ts;
  const post = () => client.chat.postMessage({ channel: m.channel, ...(thread_ts ? { thread_ts } : {}), blocks: message.blocks, text: message.text });
  // A dropped or failed reply is logged with the question it was answering.
  const about = { ...fields, question: (m.text ?? '').slice(0, 200) };
  await guarded(ctx, 'reply', about, () => retrying(ctx, 'reply', fields, post));
}

/** `@kubecon <question>` in channels (threaded reply) and any message in a DM with the bot. */
export function registerMessages(app: App, ctx: ListenerContext): void {
  app.event('app_mention', async ({ event, client }) => {
    const m = event as unknown as IncomingMessage; // the event's union type hides `edited`/`bot_id` on some members
    if (!worthAnswering(m)) return;
    await replyOnce(ctx, m, client, 'mention', m.channel_type !== 'im');
  });
  app.event('message', async ({ event, client }) => {
    const m = event as unknown as IncomingMessage; // `message` is a union of ~20 subtypes; we read the plain one
    if (m.channel_type !== 'im' || !worthAnswering(m)) return;
    await replyOnce(ctx, m, client, 'dm', false);
  });
}
