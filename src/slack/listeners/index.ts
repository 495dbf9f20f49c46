import type { App } from '@slack/bolt';
import type { ListenerContext } from '../context.js';
import { registerActions } from './actions.js';
import { registerAssistant } from './assistant.js';
import { registerCommand } from './command.js';
import { registerHome } from './home.js';
import { registerMessages } from './messages.js';
import { registerOthers } from './others.js';
import { registerShortcut } from './shortcut.js';

/** Registers every listener: the assistant panel, slash command, mentions and DMs, App Home, buttons, the message shortcut, and a fast ack for the rest. */
export function registerListeners(app: App, ctx: ListenerContext): void {
  // The slash command is answered first (the requests most sent, which nothing else takes); the
  // assistant is middleware too: it takes its panel's messages (DM threads) before the listeners see them.
  registerCommand(app, ctx);
  registerAssistant(app, ctx);
  registerMessages(app, ctx);
  registerHome(app, ctx);
  registerActions(app, ctx);
  registerShortcut(app, ctx);
  registerOthers(app, ctx);
}
