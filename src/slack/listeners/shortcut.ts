import type { App, MessageShortcut, types } from '@slack/bolt';
import { normalizeInput } from '../../understand/clean.js';
import { fromSlack } from '../../text/user-text.js';
import { LIMITS, clip } from '../../render/limits.js';
import { renderBlocks } from '../../render/blocks.js';
import type { ListenerContext } from '../context.js';
import { guarded, retrying } from '../calls.js';
import { answerAndLog } from './answer.js';

type Rendered = { blocks: types.KnownBlock[]; text: string };

/** The message shortcut's callback id, as the manifest declares it. */
export const MESSAGE_SHORTCUT = 'kubecon_ask_message';

/** Said when the message holds nothing to ask (only files, images, a mention or emoji). */
export const NOTHING_TO_ASK =
  'That message has no text I can read: I answer the words of a message, not its files or images. Try `/kubecon <your question>`, or use *Ask KubeCon bot* on a message that asks something.';

/**
 * Slack's answers to `chat.postEphemeral` that mean the bot cannot post in that conversation:
 * a DM or group DM between other people, a private channel, a public one it was never added to.
 */
const UNREACHABLE = new Set(['channel_not_found', 'not_in_channel', 'user_not_in_channel', 'is_archived', 'restricted_action', 'ekm_access_denied']);

/** The words of a message: its text, or the text of its attachments (bots often post only those). */
export function messageText(message: MessageShortcut['message']): string {
  const text = typeof message.text === 'string' ? message.text : '';
  if (text.trim() !== '') return text;
  const attachments = Array.isArray(message.attachments) ? (message.attachments as Array<{ text?: unknown; fallback?: unknown }>) : [];
  return attachments
    .map((a) => (typeof a.text === 'string' && a.text.trim() ? a.text : typeof a.fallback === 'string' ? a.fallback : ''))
    .filter((t) => t.trim() !== '')
    .join('\n');
}

/**
 * "Ask KubeCon bot" on any message: answers the message's words privately to whoever clicked, in
 * the channel where they are looking, with the same engine, renderer and buttons as `/kubecon`.
 *
 * The reply is an ephemeral message (`chat.postEphemeral`) when the bot can post in that
 * conversation; where it cannot — DMs and group DMs between people, private channels and public
 * channels it was never invited to, which is where a shortcut is most often used — it opens a
 * modal instead, which needs no membership (the trigger id lasts 3 s; the answer takes about a
 * millisecond, and Slack refuses an unreachable channel at once).
 */
export function registerShortcut(app: App, ctx: ListenerContext): void {
  app.shortcut<MessageShortcut>({ type: 'message_action', callback_id: MESSAGE_SHORTCUT }, async ({ shortcut, ack, client }) => {
    await ack();
    const channel = shortcut.channel.id;
    const user = shortcut.user.id;
    const fields = { surface: 'shortcut', team: shortcut.team?.id, channel, user };
    const text = fromSlack(messageText(shortcut.message));
    const answer = normalizeInput(text, ctx.knowledge.facts.handle) === '' ? null : answerAndLog(ctx, text, fields);
    if (!answer) ctx.logger.event('info', 'nothing to ask', fields);
    const note = (): Rendered => ({ blocks: [{ type: 'section', text: { type: 'mrkdwn', text: NOTHING_TO_ASK } }], text: NOTHING_TO_ASK });
    const render = (surface: 'ephemeral' | 'modal'): Rendered => (answer ? renderBlocks(answer, { question: text, surface, reportUrl: ctx.config.reportUrl }) : note());
    const message = render('ephemeral');
    await guarded(ctx, 'shortcut reply', fields, async () => {
      try {
        await retrying(ctx, 'shortcut reply', fields, () => client.chat.postEphemeral({ channel, user, blocks: message.blocks, text: message.text }));
      } catch (error) {
        const code = (error as { data?: { error?: string } }).data?.error;
        if (!code || !UNREACHABLE.has(code)) throw error;
        ctx.logger.event('info', 'shortcut answered in a modal', { ...fields, slackError: code });
        const { blocks } = render('modal');
        await retrying(ctx, 'shortcut modal', fields, () =>
          client.views.open({
            trigger_id: shortcut.trigger_id,
            view: {
              type: 'modal',
              title: { type: 'plain_text', text: clip(ctx.knowledge.conference.name, LIMITS.modalTitle) },
              close: { type: 'plain_text', text: 'Close' },
              blocks: blocks.slice(0, LIMITS.modalBlocks),
            },
          }),
        );
      }
    });
  });
}
