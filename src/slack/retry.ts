/**
 * When a call to Slack may be repeated. `chat.postMessage` has no idempotency key, so a call is
 * retried only when Slack surely did not take it: the connection was refused (or the name did not
 * resolve), Slack answered 5xx, or it rate-limited the call (429) and said when to come back. A
 * timeout or a connection cut mid-request is never retried: Slack may have posted the message, and
 * a second reply is worse than a logged failure.
 */

/** The longest Retry-After the bot waits for; longer, and the reply is given up (and logged). */
export const MAX_RATE_LIMIT_WAIT_SECONDS = 10;
/** What a 429 without Retry-After is taken to mean. */
export const DEFAULT_RETRY_AFTER_SECONDS = 1;
/** Waits before the 2nd and 3rd attempt after a refused connection or a 5xx. */
export const BACKOFF_MS = [250, 1_000] as const;
/** How long one Web API call or response_url post may take before it is given up (not retried). */
export const CALL_TIMEOUT_MS = 10_000;

/** Network failures that happen before a request is sent: nothing reached Slack. */
const NOT_SENT = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN']);

export type Verdict = { retry: true; afterMs: number; retryAfter?: number } | { retry: false; reason: string; retryAfter?: number };

interface SlackishError {
  code?: string;
  name?: string;
  statusCode?: number;
  retryAfter?: number;
  original?: { name?: string; code?: string; cause?: { code?: string } };
  cause?: { code?: string };
}

/**
 * The network cause of a failed call (`ECONNREFUSED`, `TimeoutError`…), if any. Slack's own error
 * codes (`slack_webapi_platform_error` for `invalid_auth`, `slack_bolt_respond_error`…) mean Slack
 * answered: they are no network cause.
 */
export function networkCause(error: unknown): string | undefined {
  const e = (error ?? {}) as SlackishError;
  const inner = e.code === 'slack_webapi_request_error' ? e.original : e;
  if (!inner) return undefined;
  if (inner.cause?.code) return inner.cause.code;
  if (inner.name === 'TimeoutError' || inner.name === 'AbortError') return inner.name;
  return inner.code && !inner.code.startsWith('slack_') ? inner.code : undefined;
}

/**
 * Decides whether attempt number `attempt` (1 for the first) of a Slack call that failed with
 * `error` may be repeated, and after how long.
 *
 * @example
 * decide({ code: 'slack_webapi_rate_limited_error', retryAfter: 2 }, 1); // { retry: true, afterMs: 2000, retryAfter: 2 }
 * decide(timeoutError, 1); // { retry: false, reason: 'no answer in time; Slack may have taken it' }
 */
export function decide(error: unknown, attempt: number): Verdict {
  const e = (error ?? {}) as SlackishError;
  const backoff = BACKOFF_MS[attempt - 1];
  if (e.code === 'slack_webapi_rate_limited_error' || (e.code === 'slack_bolt_respond_error' && e.statusCode === 429)) {
    const retryAfter = e.retryAfter ?? DEFAULT_RETRY_AFTER_SECONDS;
    if (retryAfter > MAX_RATE_LIMIT_WAIT_SECONDS) return { retry: false, reason: 'rate limited for longer than the bot waits', retryAfter };
    if (attempt > BACKOFF_MS.length) return { retry: false, reason: 'still rate limited', retryAfter };
    return { retry: true, afterMs: retryAfter * 1000, retryAfter };
  }
  const status = e.code === 'slack_webapi_http_error' || e.code === 'slack_bolt_respond_error' ? e.statusCode : undefined;
  if (status !== undefined && status >= 500) {
    return backoff === undefined ? { retry: false, reason: `Slack answered ${status} every time` } : { retry: true, afterMs: backoff };
  }
  if (status !== undefined && status >= 300 && status < 400) return { retry: false, reason: `redirected (${status}); redirects are not followed` };
  const cause = networkCause(e);
  if (cause === 'ERR_NOT_SLACK') return { retry: false, reason: 'not a Slack address, so not sent' };
  if (cause && NOT_SENT.has(cause)) {
    return backoff === undefined ? { retry: false, reason: 'Slack unreachable' } : { retry: true, afterMs: backoff };
  }
  if (cause === 'TimeoutError' || cause === 'AbortError') return { retry: false, reason: 'no answer in time; Slack may have taken it, so it is not repeated' };
  if (cause) return { retry: false, reason: 'connection failed mid-request; Slack may have taken it, so it is not repeated' };
  return { retry: false, reason: 'Slack refused it' };
}

/** Raised instead of sending a request to an address that is not Slack's (see destinations.ts). */
export class NotSlackError extends Error {
  readonly code = 'ERR_NOT_SLACK';
  constructor(readonly origin: string) {
    super(`not sent: ${origin} is not a Slack address`);
  }
}

/**
 * The `fetch` the Web API client and `respond()` use: a timeout on every request (the client sets
 * its own; Bolt's `respond()` sets none), redirects never followed (a 3xx is a failed call: a
 * redirect must not carry an answer to another host), requests only to addresses `allowed` (all
 * when not given), and a 429 without `Retry-After` read as "retry after 1 s" — the client would
 * otherwise fail it for good with an error that says nothing of a 429.
 */
export function slackFetch(base: typeof fetch = globalThis.fetch, allowed?: (url: URL) => boolean): typeof fetch {
  return async (input, init) => {
    if (allowed) {
      const url = new URL(input instanceof Request ? input.url : String(input));
      if (!allowed(url)) throw new NotSlackError(url.origin);
    }
    const response = await base(input, { ...init, redirect: 'manual', signal: init?.signal ?? AbortSignal.timeout(CALL_TIMEOUT_MS) });
    if (response.status !== 429 || response.headers.has('retry-after')) return response;
    const headers = new Headers(response.headers);
    headers.set('retry-after', String(DEFAULT_RETRY_AFTER_SECONDS));
    return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
  };
}
