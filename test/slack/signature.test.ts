import { createHmac } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { verifySignature } from '../../src/slack/signature.js';

const secret = '8f742231b10e8888abcd99yyyzzz85a5';
const sign = (body: string, ts: string, key = secret) => `v0=${createHmac('sha256', key).update(`v0:${ts}:${body}`).digest('hex')}`;
const now = 1_531_420_618_000;

describe('verifySignature', () => {
  // Slack's own example request, from its "Verifying requests from Slack" guide.
  const body =
    'token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text=&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c';
  const ts = '1531420618';

  it("accepts Slack's documented example", () => {
    expect(verifySignature({ secret, body, signature: 'v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503', timestamp: ts, now })).toBe(true);
  });

  it.each([
    ['another secret', { signature: sign(body, ts, 'other') }],
    ['a changed body', { body: `${body}&x=1` }],
    ['a timestamp 6 minutes old', { timestamp: String(Number(ts) - 360), signature: sign(body, String(Number(ts) - 360)) }],
    ['a timestamp 6 minutes ahead', { timestamp: String(Number(ts) + 360), signature: sign(body, String(Number(ts) + 360)) }],
    ['no signature', { signature: undefined }],
    ['no timestamp', { timestamp: undefined }],
    ['a non-numeric timestamp', { timestamp: '1531420618abc' }],
    ['a truncated signature', { signature: sign(body, ts).slice(0, 20) }],
  ])('rejects %s', (_name, change) => {
    expect(verifySignature({ secret, body, signature: sign(body, ts), timestamp: ts, now, ...change })).toBe(false);
  });

  it('accepts exactly what it signs, whatever the body', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 2000 }), fc.integer({ min: -299, max: 299 }), (b, skew) => {
        const t = String(Number(ts) + skew);
        expect(verifySignature({ secret, body: b, signature: sign(b, t), timestamp: t, now })).toBe(true);
      }),
    );
  });
});
