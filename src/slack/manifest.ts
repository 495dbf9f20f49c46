import { usageHint } from '../understand/commands.js';
import { EVENTS_PATH } from './receiver.js';
import { SLASH_COMMAND } from './listeners/command.js';
import { MESSAGE_SHORTCUT } from './listeners/shortcut.js';

/**
 * The bot events the listeners handle; the manifest subscribes to exactly these. Not
 * `assistant_thread_context_changed`: the bot answers from the report alone and reads nothing of
 * the channel a user is viewing, so it has no use for the context Slack would send.
 */
export const BOT_EVENTS = ['app_mention', 'message.im', 'app_home_opened', 'assistant_thread_started'] as const;

/** The bot scopes those events and replies need, and no more. */
export const BOT_SCOPES = ['app_mentions:read', 'assistant:write', 'chat:write', 'commands', 'im:history'] as const;

/**
 * The public URL in the committed manifest.json: a placeholder, on a domain reserved for
 * examples, that no one can mistake for a working address. `npm run manifest -- <your URL>`
 * prints the manifest with yours instead.
 */
export const PUBLIC_URL_PLACEHOLDER = 'https://replace-with-your-public-host.example.com';

/** A public URL Slack cannot send requests to, and why. */
export class ManifestUrlError extends Error {
  readonly code = 'manifest_url_invalid';
  constructor(message: string) {
    super(message);
    this.name = 'ManifestUrlError';
  }
}

/**
 * The base URL Slack is to send requests to, checked: an absolute https URL with a host, no
 * credentials, query or fragment (Slack's request URLs are plain https addresses). Returned
 * without a trailing slash.
 *
 * @example
 * publicBaseUrl('https://my-bot.herokuapp.com/'); // 'https://my-bot.herokuapp.com'
 * publicBaseUrl('not-a-url'); // throws ManifestUrlError: "not-a-url" is not a URL …
 */
export function publicBaseUrl(input: string): string {
  const example = 'for example https://your-app.herokuapp.com';
  let url: URL;
  try {
    url = new URL(input);
  } catch {
    throw new ManifestUrlError(`"${input}" is not a URL: give your app's public https address, ${example}`);
  }
  if (url.protocol !== 'https:') throw new ManifestUrlError(`"${input}" is not https: Slack sends requests to https URLs only, ${example}`);
  if (url.hostname === '') throw new ManifestUrlError(`"${input}" has no host name, ${example}`);
  if (url.username || url.password) throw new ManifestUrlError(`"${input}" holds credentials: Slack's requests are signed instead, so give the address alone`);
  if (url.search || url.hash) throw new ManifestUrlError(`"${input}" has a query or fragment: give the address alone, ${example}`);
  return `${url.origin}${url.pathname}`.replace(/\/+$/, '');
}

/**
 * The Slack app manifest that creates kubecon-bot in one paste: slash command (usage hint from the
 * command registry), bot scopes, events, interactivity, App Home and the assistant panel. For HTTP (the Procfile's
 * `web`) every request URL is `<baseUrl>/slack/events`; for Socket Mode (`worker`) there are no
 * URLs and Socket Mode is on.
 *
 * `url` is checked by `publicBaseUrl` (a ManifestUrlError when Slack could not use it).
 *
 * @example
 * buildManifest('https://my-bot.herokuapp.com'); // request URLs https://my-bot.herokuapp.com/slack/events
 * buildManifest(); // manifest.json as committed, with PUBLIC_URL_PLACEHOLDER
 * buildManifest({ socket: true }); // manifest.socket.json
 */
export function buildManifest(options: string | { url?: string; socket?: boolean } = {}) {
  const { url: baseUrl = PUBLIC_URL_PLACEHOLDER, socket = false } = typeof options === 'string' ? { url: options } : options;
  const url = socket ? undefined : `${publicBaseUrl(baseUrl)}${EVENTS_PATH}`;
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
