import { usageHint } from '../understand/commands.js';
import { EVENTS_PATH } from './receiver.js';
import { SLASH_COMMAND } from './listeners/command.js';
import { MESSAGE_SHORTCUT } from './listeners/shortcut.js';

/** The bot events the listeners handle; the manifest subscribes to exactly these. */
export const BOT_EVENTS = ['app_mention', 'message.im', 'app_home_opened', 'assistant_thread_started', 'assistant_thread_context_changed'] as const;

/** The bot scopes those events and replies need, and no more. */
export const BOT_SCOPES = ['app_mentions:read', 'assistant:write', 'chat:write', 'commands', 'im:history'] as const;

/** Placeholder for the public URL; replace it when creating the app (or use Socket Mode). */
export const PUBLIC_URL_PLACEHOLDER = 'https://your-kubecon-bot.example.com';

/**
 * The Slack app manifest that creates kubecon-bot in one paste: slash command (usage hint from the
 * command registry), bot scopes, events, interactivity, App Home and the assistant panel. For HTTP (the Procfile's
 * `web`) every request URL is `<baseUrl>/slack/events`; for Socket Mode (`worker`) there are no
 * URLs and Socket Mode is on.
 *
 * @example
 * JSON.stringify(buildManifest(), null, 2); // what `npm run manifest` writes to manifest.json
 * buildManifest({ socket: true }); // manifest.socket.json, from `npm run manifest -- --socket`
 */
export function buildManifest(options: string | { url?: string; socket?: boolean } = {}) {
  const { url: baseUrl = PUBLIC_URL_PLACEHOLDER, socket = false } = typeof options === 'string' ? { url: options } : options;
  const url = socket ? undefined : `${baseUrl.replace(/\/+$/, '')}${EVENTS_PATH}`;
  const at = url ? { url } : {};
  const requestUrl = url ? { request_url: url } : {};
  return {
    _metadata: { major_version: 1, minor_version: 1 },
    display_information: {
      name: 'kubecon-bot',
      description: 'Answers questions about KubeCon + CloudNativeCon 2017 (Austin) from an attendee report.',
      background_color: '#326ce5',
      long_description:
        "Ask `/kubecon keynotes day1`, `/kubecon who is Kelsey Hightower` or `@kubecon what is Ark?` and get a precise, sourced answer from one attendee's written report of KubeCon + CloudNativeCon 2017 in Austin: the report's own words, with the session, day and speakers they come from. When the report does not cover something, the bot says so and suggests what it does know.",
    },
    features: {
      // Slack's assistant panel (workspaces with AI apps): its threads arrive as message.im with a thread_ts.
      assistant_view: { assistant_description: 'Answers questions about KubeCon + CloudNativeCon 2017 (Austin) from an attendee report, with sources. Follow-ups welcome.' },
      app_home: { home_tab_enabled: true, messages_tab_enabled: true, messages_tab_read_only_enabled: false },
      bot_user: { display_name: 'kubecon', always_online: true },
      slash_commands: [
        {
          command: SLASH_COMMAND,
          ...at,
          description: 'Ask about KubeCon 2017 Austin',
          usage_hint: usageHint(),
          should_escape: false,
        },
      ],
      shortcuts: [
        {
          name: 'Ask KubeCon bot',
          type: 'message',
          callback_id: MESSAGE_SHORTCUT,
          description: 'Answers the question in this message from the KubeCon 2017 report, privately to you',
        },
      ],
    },
    oauth_config: { scopes: { bot: [...BOT_SCOPES] } },
    settings: {
      event_subscriptions: { ...requestUrl, bot_events: [...BOT_EVENTS] },
      interactivity: { is_enabled: true, ...requestUrl },
      org_deploy_enabled: false,
      socket_mode_enabled: socket,
      token_rotation_enabled: false,
    },
  };
}
