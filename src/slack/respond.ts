import type { BlockAction, ButtonAction, RespondFn, SlackActionMiddlewareArgs, AllMiddlewareArgs } from '@slack/bolt';
import type { types } from '@slack/bolt';
import type { Answer } from '../answer/answer.js';
import { LIMITS, clip } from '../render/limits.js';
import { renderBlocks } from '../render/blocks.js';
import type { Fields } from '../log.js';
import type { ListenerContext } from './context.js';
import { retrying } from './calls.js';
import { responseUrlAllowed } from './destinations.js';

export type ButtonArgs = SlackActionMiddlewareArgs<BlockAction<ButtonAction>> & AllMiddlewareArgs;

/** What a click's log lines carry: who clicked where. */
export function clickFields(args: ButtonArgs, surface = 'button'): Fields {
  return { surface, team: args.body.team?.id, channel: args.body.channel?.id ?? args.body.container?.channel_id, user: args.body.user.id };
}

/**
 * The click's `respond()` when its `response_url` is one an answer may go to (Slack's hook host, or
 * the origin of SLACK_API_URL: `responseUrlAllowed`); otherwise null, and the refusal is logged
 * (once per click: callers ask once). Nothing is posted to another address, whatever the payload.
 */
export function responder(args: ButtonArgs, ctx: ListenerContext): RespondFn | null {
  const url = args.body.response_url;
  if (responseUrlAllowed(url, ctx.config.slackApiUrl)) return args.respond;
  let origin = 'not a URL';
  try {
    origin = new URL(String(url)).origin.slice(0, 100);
  } catch {
    // logged as not a URL
  }
  ctx.logger.event('warn', "response_url is not Slack's; not used", { ...clickFields(args), origin });
  return null;
}

/** An ephemeral message to whoever clicked, through the Web API; nothing when the click names no channel. */
async function postPrivately(args: ButtonArgs, ctx: ListenerContext, what: string, message: { text: string; blocks?: types.KnownBlock[] }): Promise<void> {
  const channel = args.body.channel?.id ?? args.body.container?.channel_id;
  if (!channel) return;
  await retrying(ctx, what, clickFields(args), () => args.client.chat.postEphemeral({ channel, user: args.body.user.id, ...message }));
}

/**
 * Shows an answer where a button was clicked: a modal over the App Home (or on top of a modal), an
 * ephemeral message under an ephemeral answer, a thread reply under a public one.
 */
export async function answerWhereClicked(args: ButtonArgs, ctx: ListenerContext, answer: Answer, question: string, page = 0): Promise<void> {
  const { body, client } = args;
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
    const respond = responder(args, ctx);
    if (respond) await retrying(ctx, 'respond', fields, () => respond({ response_type: 'ephemeral', replace_original: false, blocks: rendered.blocks, text: rendered.text }));
    else await postPrivately(args, ctx, 'respond', { blocks: rendered.blocks, text: rendered.text });
    return;
  }
  const rendered = renderBlocks(answer, { question, surface: 'thread', page, reportUrl: ctx.config.reportUrl });
  const channel = body.channel?.id ?? body.container?.channel_id;
  const message = body.message as { ts: string; thread_ts?: string };
  await retrying(ctx, 'reply', fields, () => client.chat.postMessage({ channel: channel!, thread_ts: message.thread_ts ?? message.ts, blocks: rendered.blocks, text: rendered.text }));
}

/** A short private note to whoever clicked, however the click arrived. */
export async function notePrivately(args: ButtonArgs, ctx: ListenerContext, text: string): Promise<void> {
  const respond = args.body.response_url ? responder(args, ctx) : null;
  if (respond) await retrying(ctx, 'respond', clickFields(args), () => respond({ response_type: 'ephemeral', replace_original: false, text }));
  else await postPrivately(args, ctx, 'note', { text });
}
