import type { IncomingMessage } from 'node:http';
import { EVENTS_PATH, HEALTH_PATH } from './receiver.js';

/** What the landing page says the bot answers about. */
export interface LandingFacts {
  conference: string;
  sessions: number;
  /** The slash command, as the manifest declares it. */
  command: string;
}

/** A host name and port as a browser sends them; anything else is not echoed back. */
const HOST = /^[a-z0-9.-]{1,253}(?::\d{1,5})?$/i;

/**
 * The public address a request came to, as the router forwards it (`x-forwarded-proto`,
 * `x-forwarded-host`, else `host`), or null when the headers do not hold a plain host name.
 *
 * @example
 * publicAddress({ headers: { host: 'my-bot.herokuapp.com', 'x-forwarded-proto': 'https' } }); // 'https://my-bot.herokuapp.com'
 */
export function publicAddress(req: Pick<IncomingMessage, 'headers'>): string | null {
  const first = (v: string | string[] | undefined): string | undefined => (Array.isArray(v) ? v[0] : v)?.split(',')[0]?.trim();
  const host = first(req.headers['x-forwarded-host']) ?? first(req.headers.host);
  const proto = first(req.headers['x-forwarded-proto']) === 'http' ? 'http' : 'https';
  return host && HOST.test(host) ? `${proto}://${host.toLowerCase()}` : null;
}

/**
 * The plain-text page `GET /` serves: that the bot runs, and the next step of the setup, with
 * the Request URL to paste filled in from the address the page was opened at. What a
 * Heroku-button user sees first (app.json's `success_url`).
 *
 * @example
 * landingText(facts, 'https://my-bot.herokuapp.com'); // 'kubecon-bot is running …\n  https://my-bot.herokuapp.com/slack/events …'
 */
export function landingText(facts: LandingFacts, address: string | null): string {
  const base = address ?? 'https://<this app’s host>';
  return [
    `kubecon-bot is running: it answers questions about ${facts.conference} (${facts.sessions} sessions).`,
    '',
    'Next, at https://api.slack.com/apps:',
    '',
    `1. Create the app from a manifest: run   npm run --silent manifest -- ${base}`,
    '   in a clone of the repository and paste what it prints (Create New App, From an app manifest).',
    `   An app you already have: set this Request URL under Event Subscriptions, Interactivity & Shortcuts`,
    `   and the ${facts.command} slash command:`,
    '',
    `       ${base}${EVENTS_PATH}`,
    '',
    '2. Install the app to your workspace, and set SLACK_BOT_TOKEN (OAuth & Permissions) and',
    '   SLACK_SIGNING_SECRET (Basic Information) on this host if you have not yet.',
    `3. In Slack: ${facts.command} help, or mention the bot with a question.`,
    '',
    `Health check: ${base}${HEALTH_PATH}`,
    '',
  ].join('\n');
}
