import type { BlockAction, ButtonAction, RespondFn, SlackActionMiddlewareArgs, AllMiddlewareArgs } from '@slack/bolt';
import type { types } from '@slack/bolt';
import type { Answer } from '../answer/answer.js';
import { LIMITS, clip } from '../render/limits.js';
import { renderBlocks } from '../render/blocks.js';
import type { Fields } from '../log.js';
import type { ListenerContext } from './context.js';
import { retrying } from './calls.js';

export type ButtonArgs = SlackActionMiddlewareArgs<BlockAction<ButtonAction>> & AllMiddlewareArgs;

/** What a click's log lines carry: who clicked where. */
export function clickFields(args: ButtonArgs, surface = 'button'): Fields {
  return { surface, team: args.body.team?.id, channel: args.body.channel?.id ?? args.body.container?.channel_id, user: args.body.user.id };
}

/**
 * Shows an answer where a button was clicked: a modal over the App Home (or on top of a modal), an
 * ephemeral message under an ephemeral answer, a thread reply under a public one.
 */
export async function answerWhereClicked(args: ButtonArgs, ctx: ListenerContext, answer: Answer, question: string, page = 0): Promise<void> {
  const { body, client, respond } = args;
  const fields = clickFields(args);
  const view = body.view;
  if (view && (view.type === 'home' || view.type === 'modal')) {
    const rendered = renderBlocks(answer, { question, surface: 'modal', page, reportUrl: ctx.config.reportUrl });
    const modal: types.ModalView = {
      type: 'modal',
      title: { type: 'plain_text', text: clip(ctx.knowledge.conference.name, LIMITS.modalTitle) },
      close: { type: 'plain_text', text: 'Close' },
      blocks: rendered.blocks.slice(0, LIMITS.modalBlocks),
    };
    if (view.type === 'home') await retrying(ctx, 'views.open', fields, () => client.views.open({ trigger_id: body.trigger_id, view: modal }));
    else await retrying(ctx, 'views.push', fields, () => client.views.push({ trigger_id: body.trigger_id, view: modal }));
    return;
  }
  if (body.container?.is_ephemeral || !body.message) {
    const rendered = renderBlocks(answer, { question, surface: 'ephemeral', page, reportUrl: ctx.config.reportUrl });
    await retrying(ctx, 'respond', fields, () => respond({ response_type: 'ephemeral', replace_original: false, blocks: rendered.blocks, text: rendered.text }));
    return;
  }
  const rendered = renderBlocks(answer, { question, surface: 'thread', page, reportUrl: ctx.config.reportUrl });
  const channel = body.channel?.id ?? body.container?.channel_id;
  const message = body.message as { ts: string; thread_ts?: string };
  await retrying(ctx, 'reply', fields, () => client.chat.postMessage({ channel: channel!, thread_ts: message.thread_ts ?? message.ts, blocks: rendered.blocks, text: rendered.text }));
}

/** A short private note to whoever clicked, however the click arrived. */
export async function notePrivately(args: ButtonArgs, ctx: ListenerContext, text: string): Promise<void> {
  const { body, client, respond } = args;
  const fields = clickFields(args);
  if (body.response_url) {
    await retrying(ctx, 'respond', fields, () => (respond as RespondFn)({ response_type: 'ephemeral', replace_original: false, text }));
  } else if (body.channel?.id) {
    const channel = body.channel.id;
    await retrying(ctx, 'note', fields, () => client.chat.postEphemeral({ channel, user: body.user.id, text }));
  }
}
