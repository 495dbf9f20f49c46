import type { AnyMiddlewareArgs, App, Middleware, RespondArguments, SlashCommand } from '@slack/bolt';
import { detached, LruCache } from '../../answer/cache.js';
import { renderBlocks, type RenderedMessage } from '../../render/blocks.js';
import type { ListenerContext } from '../context.js';
import { answerAndLog } from './answer.js';
import { insightsFor, isInsightsRequest, noteQuestion, questionKey } from './insights.js';
import { fromSlack } from '../../text/user-text.js';

/** The slash command, as the manifest declares it. */
export const SLASH_COMMAND = '/kubecon';

/**
 * `/kubecon <text>`: the answer goes back in the acknowledgement itself — ephemeral, echoing the
 * question (the asker can't see their own command) — so no Web API call stands between the user
 * and the answer, and Slack's 3-second limit is met by the ~1 ms engine.
 *
 * `/kubecon insights` shows an admin (`ADMIN_USER_IDS`) what people could not find; anyone else
 * gets the help, as for `/kubecon help`.
 *
 * Registered as the first global middleware rather than with `app.command`: a slash command is
 * then answered without running every other listener's matchers and the assistant's middleware
 * (Bolt runs each listener's chain on every request), which cost the command most of its
 * throughput in `npm run bench:http`. Anything else goes on to them untouched.
 */
export function registerCommand(app: App, ctx: ListenerContext): void {
  // The reply depends on the question as typed (it is echoed): render a popular one once, within
  // the same byte budget as the answers (a long question costs its length). A hit skips the
  // engine's cache too: no cleaning of the text, no lookup, just the log line and the ack.
  const replies = new LruCache<string, { message: RenderedMessage; intent: string; matched: boolean; key: string }>(Number.POSITIVE_INFINITY, { maxBytes: ctx.answers.maxBytes });
  const answerCommand = async (command: SlashCommand, ack: (response: RespondArguments) => Promise<void>): Promise<void> => {
    const fields = { surface: 'command', team: command.team_id, channel: command.channel_id, user: command.user_id };
    const started = performance.now();
    // As typed, at most MAX_RAW_INPUT characters of it, tricks gone: all the rest reads this.
    const text = fromSlack(command.text);
    if (isInsightsRequest(text)) {
      const report = await insightsFor(ctx, command.user_id);
      ctx.logger.event('info', 'insights asked', { ...fields, admin: report !== null });
      if (report) return ack({ response_type: 'ephemeral', blocks: report.blocks, text: report.text });
      const help = renderBlocks(answerAndLog(ctx, 'help', fields, { count: false }), { question: text, surface: 'ephemeral', reportUrl: ctx.config.reportUrl });
      return ack({ response_type: 'ephemeral', blocks: help.blocks, text: help.text });
    }
    const hit = replies.get(text);
    let message: RenderedMessage;
    if (hit) {
      message = hit.message;
      // Written out rather than `{ ...fields, intent, … }`: V8 (Node 20) builds a spread followed by
      // more properties in a slow path, ~5 µs here, on the request served most.
      const { surface, team, channel, user } = fields;
      ctx.logger.event('info', 'answered', { surface, team, channel, user, intent: hit.intent, matched: hit.matched, cached: true, ms: Number((performance.now() - started).toFixed(2)) });
      noteQuestion(ctx, text, hit, 'command', hit.key);
    } else {
      const answer = answerAndLog(ctx, text, fields);
      message = renderBlocks(answer, { question: text, surface: 'ephemeral', reportUrl: ctx.config.reportUrl });
      if (replies.maxBytes > 0 && answer.intent !== 'error') replies.set(detached(text), { message: detached(message), intent: answer.intent, matched: answer.matched, key: questionKey(ctx, text) });
    }
    await ack({ response_type: 'ephemeral', blocks: message.blocks, text: message.text });
  };
  const command: Middleware<AnyMiddlewareArgs> = async (args) => {
    const body = args.body as Partial<SlashCommand>;
    if (body.command !== SLASH_COMMAND || !('ack' in args) || args.ack === undefined) return args.next();
    await answerCommand(body as SlashCommand, args.ack as (response: RespondArguments) => Promise<void>);
  };
  app.use(command);
}
