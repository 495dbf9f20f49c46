import type { App, BlockAction, ButtonAction } from '@slack/bolt';
import { openSession } from '../../answer/engine.js';
import { ACTIONS, decodePayload, renderBlocks, type ButtonPayload } from '../../render/blocks.js';
import { fromButton } from '../../text/user-text.js';
import { cutText } from '../../text/normalize.js';
import type { ListenerContext } from '../context.js';
import { guarded, retrying } from '../calls.js';
import { answerAndLog } from './answer.js';
import { noteUnhelpful } from './insights.js';
import { insightKey } from '../../insights/store.js';
import { answerWhereClicked, clickFields, notePrivately, responder, type ButtonArgs } from '../respond.js';

/** A button's payload, its question read as any text a person typed (`fromButton`); null when not ours. */
function payloadOf(args: ButtonArgs): ButtonPayload | null {
  const payload = decodePayload(args.action.value);
  return payload ? { ...payload, q: fromButton(payload.q) } : null;
}

/**
 * Every button: session details, Show more, suggestions, Share in channel, 👍 / 👎. One Bolt
 * listener dispatches on the action id's prefix (each extra listener is middleware every request
 * runs through).
 */
export function registerActions(app: App, ctx: ListenerContext): void {
  const handlers = new Map<string, (args: ButtonArgs) => Promise<void>>();
  const on = (prefix: string, handle: (args: ButtonArgs) => Promise<void>): void => {
    handlers.set(prefix, handle);
  };
  app.action<BlockAction<ButtonAction>>({ type: 'block_actions', action_id: /^kubecon_/ }, async (args) => {
    await args.ack();
    const prefix = args.action.action_id.split(':')[0]!;
    const handle = handlers.get(prefix);
    const fields = { surface: 'button', action: prefix, team: args.body.team?.id, channel: args.body.channel?.id, user: args.body.user.id };
    if (!handle) {
      ctx.logger.event('warn', 'unknown button', fields);
      return;
    }
    // Named with its question, should a shutdown have to drop it.
    const question = cutText(ctx.logger.redact(payloadOf(args)?.q ?? fromButton(args.action.value)), 200);
    await guarded(ctx, prefix, { ...fields, question }, () => handle(args));
  });

  on(ACTIONS.session, async (args) => {
    const answer = openSession(ctx.knowledge, args.action.value ?? '');
    ctx.logger.event('info', 'answered', { surface: 'button', intent: 'session', team: args.body.team?.id, user: args.body.user.id });
    await answerWhereClicked(args, ctx, answer, answer.matched ? `session ${answer.title}` : 'session');
  });

  on(ACTIONS.more, async (args) => {
    const payload = payloadOf(args);
    if (!payload) return notePrivately(args, ctx, 'That button has expired. Ask again with /kubecon.');
    const answer = answerAndLog(ctx, payload.q, { surface: 'more', team: args.body.team?.id, user: args.body.user.id }, { count: false });
    await answerWhereClicked(args, ctx, answer, payload.q, payload.p ?? 1);
  });

  on(ACTIONS.suggest, async (args) => {
    const question = fromButton(args.action.value) || 'help';
    const answer = answerAndLog(ctx, question, { surface: 'suggestion', team: args.body.team?.id, user: args.body.user.id });
    await answerWhereClicked(args, ctx, answer, question);
  });

  on(ACTIONS.share, async (args) => {
    const payload = payloadOf(args);
    if (!payload) return notePrivately(args, ctx, 'That button has expired. Ask again with /kubecon.');
    const answer = answerAndLog(ctx, payload.q, { surface: 'share', team: args.body.team?.id, channel: args.body.channel?.id, user: args.body.user.id }, { count: false });
    const message = renderBlocks(answer, { question: payload.q, surface: 'shared', page: payload.p ?? 0, sharedBy: args.body.user.id, reportUrl: ctx.config.reportUrl });
    const fields = clickFields(args, 'share');
    // Shared only through a response_url of Slack's (a public post is no answer to send elsewhere).
    const respond = responder(args, ctx);
    if (!respond) return;
    // One post per click: each call is retried on its own, so a failed delete never re-posts.
    await retrying(ctx, 'share', fields, () => respond({ response_type: 'in_channel', replace_original: false, blocks: message.blocks, text: message.text }));
    // The private copy has done its job once the answer is in the channel.
    await retrying(ctx, 'delete private copy', fields, () => respond({ delete_original: true }));
  });

  const feedback =
    (vote: 'up' | 'down') =>
    async (args: ButtonArgs): Promise<void> => {
      const payload = payloadOf(args);
      // The question and who clicked are never logged together: the line is what `npm run insights`
      // reads, and it names the workspace only.
      ctx.logger.event('info', 'feedback', { vote, question: payload ? insightKey(ctx.logger.redact(payload.q)) : undefined, intent: payload?.i, team: args.body.team?.id });
      if (vote === 'down') noteUnhelpful(ctx, payload?.q);
      await notePrivately(args, ctx, vote === 'up' ? 'Thanks, glad it helped!' : 'Thanks for telling me. I noted the question so the answer can get better.');
    };
  on(ACTIONS.helpful, feedback('up'));
  on(ACTIONS.unhelpful, feedback('down'));
}
