import type { ServerResponse } from 'node:http';
import type { AnyMiddlewareArgs, App, Middleware, RespondArguments, SlashCommand } from '@slack/bolt';
import { byteBoundedCache, detached } from '../../answer/cache.js';
import { renderBlocks } from '../../render/blocks.js';
import type { ListenerContext } from '../context.js';
import { answerAndLog } from './answer.js';
import { insightsFor, isInsightsRequest, noteQuestion, questionKey } from './insights.js';
import { fromSlack } from '../../text/user-text.js';

/** A command's acknowledgement: a message, or its JSON already serialised. */
type Ack = (response: RespondArguments | string) => Promise<void>;

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
  // A reply is kept as the JSON of the acknowledgement, serialised once: over HTTP it is sent as it
  // is (Bolt would serialise the blocks again on every hit), in Socket Mode parsed back.
  const replies = byteBoundedCache<{ json: string; intent: string; matched: boolean; key: string }>(ctx.answers?.maxSize ?? 0);
  const answerCommand = async (command: SlashCommand, ack: Ack, httpResponse: ServerResponse | undefined): Promise<void> => {
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
    const hit = replies?.get(text);
    if (hit) {
      // Written out rather than `{ ...fields, intent, … }`: V8 (Node 20) builds a spread followed by
      // more properties in a slow path, ~5 µs here, on the request served most.
      const { surface, team, channel, user } = fields;
      ctx.logger.event('info', 'answered', { surface, team, channel, user, intent: hit.intent, matched: hit.matched, cached: true, ms: Number((performance.now() - started).toFixed(2)) });
      noteQuestion(ctx, text, hit, 'command', hit.key);
      if (httpResponse && !httpResponse.headersSent) {
        // Bolt writes a string ack as it is, with the headers already set.
        httpResponse.setHeader('content-type', 'application/json');
        return ack(hit.json);
      }
      return ack(JSON.parse(hit.json) as RespondArguments);
    }
    const answer = answerAndLog(ctx, text, fields);
    const message = renderBlocks(answer, { question: text, surface: 'ephemeral', reportUrl: ctx.config.reportUrl });
    const reply: RespondArguments = { response_type: 'ephemeral', blocks: message.blocks, text: message.text };
    if (replies && answer.intent !== 'error') replies.set(detached(text), { json: JSON.stringify(reply), intent: answer.intent, matched: answer.matched, key: questionKey(ctx, text) });
    await ack(reply);
  };
  const command: Middleware<AnyMiddlewareArgs> = async (args) => {
    const body = args.body as Partial<SlashCommand>;
    if (body.command !== SLASH_COMMAND || !('ack' in args) || args.ack === undefined) return args.next();
    await answerCommand(body as SlashCommand, args.ack as Ack, (args.context as { httpResponse?: ServerResponse }).httpResponse);
  };
  app.use(command);
}
