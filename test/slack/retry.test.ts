import { RespondError, webApi } from '@slack/bolt';
import { describe, expect, it } from 'vitest';
import { decide, slackFetch } from '../../src/slack/retry.js';

const network = (code: string) => new TypeError('fetch failed', { cause: Object.assign(new Error(code), { code }) });
const timeout = () => new DOMException('The operation was aborted due to timeout', 'TimeoutError');
const requestError = (original: Error) => Object.assign(new Error(`A request error occurred: ${original.message}`), { code: webApi.ErrorCode.RequestError, original });
const httpError = (statusCode: number) => Object.assign(new Error(`statusCode = ${statusCode}`), { code: webApi.ErrorCode.HTTPError, statusCode });
const rateLimited = (retryAfter: number) => Object.assign(new Error('rate limited'), { code: webApi.ErrorCode.RateLimitedError, retryAfter });

describe('decide: a Slack call is repeated only when Slack surely did not take it', () => {
  it.each([
    ['a refused connection (Web API)', requestError(network('ECONNREFUSED')), { retry: true, afterMs: 250 }],
    ['a refused connection (response_url)', network('ECONNREFUSED'), { retry: true, afterMs: 250 }],
    ['a name that does not resolve', requestError(network('ENOTFOUND')), { retry: true, afterMs: 250 }],
    ['a 500', httpError(500), { retry: true, afterMs: 250 }],
    ['a 503 from response_url', new RespondError('503', 503), { retry: true, afterMs: 250 }],
    ['a 429 with Retry-After: 3', rateLimited(3), { retry: true, afterMs: 3000, retryAfter: 3 }],
    ['a 429 from response_url (no header there)', new RespondError('429', 429), { retry: true, afterMs: 1000, retryAfter: 1 }],
    ['a 429 asking for 2 minutes', rateLimited(120), { retry: false, retryAfter: 120 }],
    ['a timeout (Web API)', requestError(timeout()), { retry: false }],
    ['a timeout (response_url)', timeout(), { retry: false }],
    ['a connection reset mid-request', requestError(network('ECONNRESET')), { retry: false }],
    ['a socket closed mid-request', requestError(network('UND_ERR_SOCKET')), { retry: false }],
    ['a 404 from response_url (expired)', new RespondError('404', 404), { retry: false }],
    [
      'a Slack API error (channel_not_found)',
      Object.assign(new Error('channel_not_found'), { code: webApi.ErrorCode.PlatformError, data: { ok: false, error: 'channel_not_found' } }),
      { retry: false },
    ],
    [
      'a refused token (invalid_auth): Slack answered, no network cause',
      Object.assign(new Error('invalid_auth'), { code: webApi.ErrorCode.PlatformError, data: { ok: false, error: 'invalid_auth' } }),
      { retry: false, reason: 'Slack refused it' },
    ],
    ['an expired response_url (404)', new RespondError('404', 404), { retry: false, reason: 'Slack refused it' }],
    ['a redirect from response_url', new RespondError('307', 307), { retry: false, reason: 'redirected (307); redirects are not followed' }],
  ])('%s', (_name, error, expected) => {
    expect(decide(error, 1)).toMatchObject(expected);
  });

  it('gives up after three attempts', () => {
    expect(decide(httpError(502), 2)).toMatchObject({ retry: true, afterMs: 1000 });
    expect(decide(httpError(502), 3)).toMatchObject({ retry: false });
    expect(decide(rateLimited(1), 3)).toMatchObject({ retry: false });
  });
});

describe('slackFetch', () => {
  it('reads a 429 without Retry-After as "retry after 1 s", and leaves other answers alone', async () => {
    const bare = (async (_input: unknown, init?: RequestInit) => {
      expect(init?.signal).toBeInstanceOf(AbortSignal); // every request has a timeout
      return new Response('{}', { status: 429 });
    }) as typeof fetch;
    expect((await slackFetch(bare)('http://x')).headers.get('retry-after')).toBe('1');
    const told = (async () => new Response('{}', { status: 429, headers: { 'retry-after': '7' } })) as typeof fetch;
    expect((await slackFetch(told)('http://x')).headers.get('retry-after')).toBe('7');
    const ok = (async () => new Response('{"ok":true}')) as typeof fetch;
    expect(await (await slackFetch(ok)('http://x')).json()).toEqual({ ok: true });
  });

  it('never follows a redirect, and sends nothing to an address not allowed', async () => {
    let seen: RequestInit | undefined;
    const record = (async (_input: unknown, init?: RequestInit) => {
      seen = init;
      return new Response('', { status: 307, headers: { location: 'http://elsewhere' } });
    }) as typeof fetch;
    const onlyHooks = (url: URL) => url.hostname === 'hooks.slack.com';
    expect((await slackFetch(record, onlyHooks)('https://hooks.slack.com/x')).status).toBe(307);
    expect(seen?.redirect).toBe('manual');
    seen = undefined;
    await expect(slackFetch(record, onlyHooks)('http://127.0.0.1:9/x')).rejects.toMatchObject({ code: 'ERR_NOT_SLACK' });
    expect(seen).toBeUndefined();
  });
});
