import { Assistant, type App } from '@slack/bolt';
import { LRUCache } from 'lru-cache';
import type { Fields } from '../../log.js';
import type { Knowledge } from '../../search/knowledge.js';
import { clip } from '../../render/limits.js';
import { normalizeInput } from '../../understand/clean.js';
import { fromSlack } from '../../text/user-text.js';
import { COMMANDS, examplesOf } from '../../understand/commands.js';
import type { ListenerContext } from '../context.js';
import { CONTEXT_TTL_SECONDS, contextKey } from '../thread-context.js';
import { guarded, retrying } from '../calls.js';
import { replyInConversation, worthAnswering, type IncomingMessage } from './conversation.js';

/** What the assistant shows while it answers; posting the answer clears it. */
export const LOOKING_IT_UP = 'looking it up…';
/** The commands whose first example becomes a suggested prompt, in this order (Slack shows up to 4). */
const PROMPT_COMMANDS = ['define', 'speaker', 'topic', 'keynotes'] as const;

/**
 * What Slack answers an assistant call in a workspace (or with a token) that does not have the
 * feature: the call cannot succeed there, however often it is made.
 */
const UNAVAILABLE = new Set(['not_allowed_token_type', 'feature_not_enabled', 'unknown_method']);
/** Workspaces remembered as lacking a method: a bound, should many small workspaces install the app. */
const UNAVAILABLE_KEPT = 10_000;

/**
 * An assistant call (status, title, suggested prompts) that may be refused for good: the first
 * refusal in a workspace is logged once at warn and remembered, and the call is not made there
 * again (while remembered), so the answer goes out as in any thread and the logs do not fill with
 * a failure nobody can fix per message. Any other failure is thrown, for `guarded` to log.
 *
 * @example
 * const optional = optionalCalls(ctx);
 * await optional('status', { team: 'T1' }, () => setStatus('looking it up…'));
 */
export function optionalCalls(ctx: ListenerContext): (what: string, fields: Fields, call: () => Promise<unknown>) => Promise<void> {
  const refused = new LRUCache<string, string>({ max: UNAVAILABLE_KEPT });
  return async (what, fields, call) => {
    const key = `${String(fields.team ?? '')}:${what}`;
    if (refused.get(key) !== undefined) return;
    try {
      await call();
    } catch (error) {
      const slackError = (error as { data?: { error?: unknown } }).data?.error;
      if (typeof slackError !== 'string' || !UNAVAILABLE.has(slackError)) throw error;
      refused.set(key, slackError);
      ctx.logger.event('warn', `${what} not available in this workspace; answering without it`, { ...fields, slackError });
    }
  };
}

/**
 * The suggested prompts of a new assistant thread: the first example of a few commands of the
 * registry, filled in from this conference's facts, so they are questions the report answers.
 *
 * @example
 * suggestedPrompts(knowledge)[0]; // { title: 'what is Ark?', message: 'what is Ark?' }
 */
export function suggestedPrompts(k: Knowledge): { title: string; message: string }[] {
  return PROMPT_COMMANDS.flatMap((name) => {
    const command = COMMANDS.find((c) => c.name === name);
    const [example] = command ? examplesOf(command, k) : [];
    return example ? [{ title: clip(example, 75), message: example }] : [];
  }).slice(0, 4);
}

/**
 * Slack's assistant panel (the AI-apps surface), through Bolt's `Assistant`: a new thread gets a
 * greeting and suggested prompts from the command registry; each question shows "looking it up…"
 * while it is answered, titles the thread when it is the first, and is answered like a mention or
 * a DM — the same engine, the same follow-ups, the same conversation store, the same reply-once
 * claim, so a message the plain DM listener also sees is answered once.
 */
export function registerAssistant(app: App, ctx: ListenerContext): void {
  const prompts = suggestedPrompts(ctx.knowledge);
  const optional = optionalCalls(ctx);
  const assistant = new Assistant({
    // The bot reads nothing from the channel the user is viewing: keep no thread context, and
    // make no `conversations.replies` calls for it (Bolt's default store does, and shares one
    // context across threads in a process).
    threadContextStore: { get: async () => ({}), save: async () => {} },
    threadStarted: async ({ event, client, context, setSuggestedPrompts }) => {
      const { channel_id: channel, thread_ts } = event.assistant_thread;
      // The workspace the bot is installed in, not that of the channel the user is viewing.
      const fields = { surface: 'assistant', team: context.teamId ?? event.assistant_thread.context.team_id, channel };
      if (!(await ctx.dedupe.claim(`started:${channel}:${thread_ts}`, CONTEXT_TTL_SECONDS))) return;
      ctx.logger.event('info', 'assistant thread started', fields);
      const examples = prompts.map((p) => `• ${p.message}`).join('\n');
      await guarded(ctx, 'greeting', fields, () =>
        retrying(ctx, 'greeting', fields, () =>
          client.chat.postMessage({
            channel,
            thread_ts,
            text: `Hi! Ask me about ${ctx.knowledge.conference.name}: sessions, speakers, projects, what was said and when. For example:\n${examples}\nFollow-ups work too: "when was it?", "and on day 2?", "more".`,
          }),
        ),
      );
      if (prompts.length > 0)
        await guarded(ctx, 'suggested prompts', fields, () =>
          retrying(ctx, 'suggested prompts', fields, () => optional('suggested prompts', fields, () => setSuggestedPrompts({ title: 'Try asking', prompts }))),
        );
    },
    userMessage: async ({ message, client, context, setStatus, setTitle }) => {
      const m = message as unknown as IncomingMessage; // `message` is a union of ~20 subtypes; we read the plain one
      if (!worthAnswering(m) || !m.thread_ts) return;
      const question = fromSlack(m.text);
      const fields = { surface: 'assistant', team: context.teamId ?? m.team, channel: m.channel };
      await replyInConversation(
        ctx,
        client,
        { channel: m.channel, ts: m.ts, text: question, team: m.team, user: m.user },
        {
          surface: 'assistant',
          threadTs: m.thread_ts,
          key: contextKey(m.channel, m.thread_ts),
          claimed: () => optional('status', fields, () => setStatus(LOOKING_IT_UP)),
          first: () => optional('title', fields, () => setTitle(clip(normalizeInput(question, ctx.knowledge.facts.handle) || 'Question', 100))),
        },
      );
    },
  });
  app.assistant(assistant);
}
