import type { App } from '@slack/bolt';
import type { ListenerContext } from '../context.js';
import { SLASH_COMMAND } from './command.js';

/** Said to whoever runs a slash command of this app other than `/kubecon`. */
export const OTHER_COMMAND_REPLY = `I only answer ${SLASH_COMMAND}. Try \`${SLASH_COMMAND} help\`.`;

/**
 * Requests the app does not serve, acknowledged at once: Slack waits 3 s on any unacknowledged
 * command, click or submission and then shows the user an error. These are slash commands other
 * than `/kubecon` (added to the app by hand), buttons and menus whose action id is not one of ours,
 * modal submissions and closes, shortcuts and option requests. Events need nothing here: Bolt
 * acknowledges every event before its listeners run.
 */
export function registerOthers(app: App, ctx: ListenerContext): void {
  const skip = (what: string, fields: Record<string, string | undefined>): void => ctx.logger.event('debug', `ignored ${what}`, fields);
  const notOurs = new RegExp(`^(?!${SLASH_COMMAND.replace('/', '\\/')}$)`);
  app.command(notOurs, async ({ ack, command }) => {
    await ack({ response_type: 'ephemeral', text: OTHER_COMMAND_REPLY });
    skip('command', { command: command.command, team: command.team_id, user: command.user_id });
  });
  app.action({ type: 'block_actions', action_id: /^(?!kubecon_)/ }, async ({ ack, action, body }) => {
    await ack();
    skip('action', { action: 'action_id' in action ? action.action_id : undefined, team: body.team?.id, user: body.user.id });
  });
  app.action({ type: 'interactive_message' }, async ({ ack }) => ack());
  app.action({ type: 'dialog_submission' }, async ({ ack }) => ack());
  app.view({ type: 'view_submission', callback_id: /[^]*/ }, async ({ ack, view, body }) => {
    await ack();
    skip('view submission', { callbackId: view.callback_id, team: body.team?.id, user: body.user.id });
  });
  app.view({ type: 'view_closed', callback_id: /[^]*/ }, async ({ ack }) => ack());
  app.shortcut(/[^]*/, async ({ ack }) => ack());
  app.options(/[^]*/, async ({ ack }) => ack({ options: [] }));
}
