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

/** The network cause of a failed call (`ECONNREFUSED`, `TimeoutError`…), if any. */
export function networkCause(error: unknown): string | undefined {
  const e = error as SlackishError;
  const inner = e.code === 'slack_webapi_request_error' ? e.original : e;
  return inner?.cause?.code ?? (inner?.name === 'TimeoutError' || inner?.name === 'AbortError' ? inner.name : undefined) ?? inner?.code;
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
  const cause = networkCause(e);
  if (cause && NOT_SENT.has(cause)) {
    return backoff === undefined ? { retry: false, reason: 'Slack unreachable' } : { retry: true, afterMs: backoff };
  }
  if (cause === 'TimeoutError' || cause === 'AbortError') return { retry: false, reason: 'no answer in time; Slack may have taken it, so it is not repeated' };
  if (cause) return { retry: false, reason: 'connection failed mid-request; Slack may have taken it, so it is not repeated' };
  return { retry: false, reason: 'Slack refused it' };
}

/**
 * The `fetch` the Web API client and `respond()` use: a timeout on every request (the client sets
 * its own; Bolt's `respond()` sets none), and a 429 without `Retry-After` read as "retry after
 * 1 s" — the client would otherwise fail it for good with an error that says nothing of a 429.
 */
export function slackFetch(base: typeof fetch = globalThis.fetch): typeof fetch {
  return async (input, init) => {
    const response = await base(input, { ...init, signal: init?.signal ?? AbortSignal.timeout(CALL_TIMEOUT_MS) });
    if (response.status !== 429 || response.headers.has('retry-after')) return response;
    const headers = new Headers(response.headers);
    headers.set('retry-after', String(DEFAULT_RETRY_AFTER_SECONDS));
    return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
  };
}
