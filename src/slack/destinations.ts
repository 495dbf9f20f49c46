/**
 * Where the bot sends anything: Slack's hosts, or the one `SLACK_API_URL` names (tests, proxies).
 * A signed payload names its `response_url`, and a payload signed with a leaked secret (or a Slack
 * bug) could name any address: answers must not be posted there, nor follow a redirect there.
 */

/** The host Slack's `response_url`s are on. */
export const SLACK_HOOK_HOST = 'hooks.slack.com';

/** The origin (`https://host[:port]`) of a URL, or null when it is not a URL. */
function originOf(url: string | undefined): string | null {
  if (url === undefined) return null;
  try {
    return new URL(url).origin;
  } catch {
    return null;
  }
}

/**
 * Whether an answer may be posted to a payload's `response_url`: https on Slack's hook host, on
 * the default port, or on the origin of `SLACK_API_URL` when that is set.
 *
 * @example
 * responseUrlAllowed('https://hooks.slack.com/commands/T1/2/abc'); // true
 * responseUrlAllowed('https://hooks.slack.com.evil.example/x');    // false
 * responseUrlAllowed('http://127.0.0.1:9/respond', 'http://127.0.0.1:9/api/'); // true
 */
export function responseUrlAllowed(url: unknown, slackApiUrl?: string): boolean {
  if (typeof url !== 'string') return false;
  const origin = originOf(url);
  return origin !== null && (origin === `https://${SLACK_HOOK_HOST}` || origin === originOf(slackApiUrl));
}

/**
 * Whether the HTTP client may send to a URL at all (the Web API, `response_url`s): https on
 * `slack.com` or one of its subdomains, on the default port, or the origin of `SLACK_API_URL`.
 * The check under `responseUrlAllowed`, for any call a listener makes.
 *
 * @example
 * const allowed = slackDestination('http://127.0.0.1:9/api/');
 * allowed(new URL('https://slack.com/api/chat.postMessage')); // true
 * allowed(new URL('http://169.254.169.254/latest'));        // false
 */
export function slackDestination(slackApiUrl?: string): (url: URL) => boolean {
  const configured = originOf(slackApiUrl);
  return (url) => url.origin === configured || (url.protocol === 'https:' && url.port === '' && (url.hostname === 'slack.com' || url.hostname.endsWith('.slack.com')));
}
