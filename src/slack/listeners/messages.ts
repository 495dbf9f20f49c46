import type { App } from '@slack/bolt';
import type { ListenerContext } from '../context.js';
import { contextKey } from '../thread-context.js';
import { fromSlack } from '../../text/user-text.js';
import { replyInConversation, worthAnswering, type IncomingMessage } from './conversation.js';

/**
 * Replies once to a message, in a thread under it in channels (or in the DM), whichever of
 * `app_mention` / `message.im` / a retry brings it first. A follow-up is read against the last
 * answer in the same thread (a mention that starts a thread starts its conversation) or DM.
 */
async function replyOnce(ctx: ListenerContext, m: IncomingMessage & { user: string; text: string }, client: App['client'], surface: string, threaded: boolean): Promise<void> {
  const thread_ts = threaded ? (m.thread_ts ?? m.ts) : m.thread_ts;
  await replyInConversation(
    ctx,
    client,
    { channel: m.channel, ts: m.ts, text: fromSlack(m.text), team: m.team, user: m.user },
    { surface, key: contextKey(m.channel, thread_ts), ...(thread_ts ? { threadTs: thread_ts } : {}) },
  );
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
