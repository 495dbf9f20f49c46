import type { AnyMiddlewareArgs, App, Middleware } from '@slack/bolt';
import type { ListenerContext } from '../context.js';
import { SLASH_COMMAND } from './command.js';
import { MESSAGE_SHORTCUT } from './shortcut.js';

/** Said to whoever runs a slash command of this app other than `/kubecon`. */
export const OTHER_COMMAND_REPLY = `I only answer ${SLASH_COMMAND}. Try \`${SLASH_COMMAND} help\`.`;

/** Interactive payloads the bot never serves: acknowledged and otherwise ignored. */
const IGNORED_PAYLOADS = new Set(['view_submission', 'view_closed', 'shortcut', 'message_action', 'interactive_message', 'dialog_submission', 'dialog_cancellation', 'workflow_step_edit']);
/** Payloads that ask for options: answered with none. */
const OPTION_REQUESTS = new Set(['block_suggestion', 'dialog_suggestion']);

type Body = { type?: string; command?: string; callback_id?: string; actions?: Array<{ action_id?: string }>; team?: { id?: string }; team_id?: string; user?: { id?: string }; user_id?: string };

/**
 * Requests the app does not serve, acknowledged at once: Slack waits 3 s on any unacknowledged
 * command, click or submission and then shows the user an error. These are slash commands other
 * than `/kubecon` (added to the app by hand), clicks on buttons whose action id is not one of ours,
 * modal submissions and closes, shortcuts other than *Ask KubeCon bot*, and option requests. Events need nothing here: Bolt
 * acknowledges every event before its listeners run.
 *
 * One global middleware rather than a listener per kind: Bolt runs every listener's matchers on
 * every request, and eight catch-all listeners cost the slash command about a tenth of its
 * throughput in `npm run bench:http`.
 */
export function registerOthers(app: App, ctx: ListenerContext): void {
  const others: Middleware<AnyMiddlewareArgs> = async (args) => {
    const body = args.body as Body;
    const ack = 'ack' in args ? (args.ack as (response?: unknown) => Promise<void>) : undefined;
    let what: string | undefined;
    if (typeof body.command === 'string') {
      if (body.command !== SLASH_COMMAND) {
        await ack?.({ response_type: 'ephemeral', text: OTHER_COMMAND_REPLY });
        what = `command ${body.command}`;
      }
    } else if (body.type === 'block_actions') {
      if (!body.actions?.some((a) => a.action_id?.startsWith('kubecon_'))) {
        await ack?.();
        what = `action ${body.actions?.[0]?.action_id ?? ''}`;
      }
    } else if (body.type === 'message_action' && body.callback_id === MESSAGE_SHORTCUT) {
      // "Ask KubeCon bot": served by its listener (shortcut.ts).
    } else if (body.type && IGNORED_PAYLOADS.has(body.type)) {
      await ack?.();
      what = body.type;
    } else if (body.type && OPTION_REQUESTS.has(body.type)) {
      await ack?.({ options: [] });
      what = body.type;
    }
    if (what === undefined) return args.next();
    ctx.logger.event('debug', 'ignored', { what, team: body.team?.id ?? body.team_id, user: body.user?.id ?? body.user_id });
  };
  app.use(others);
}
