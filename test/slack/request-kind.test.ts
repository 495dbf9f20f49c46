import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { unroutable } from '../../src/slack/request-kind.js';

const form = 'application/x-www-form-urlencoded';
const json = 'application/json';

describe('unroutable', () => {
  it.each([
    ['command=%2Fkubecon&text=hi', form, null],
    [`payload=${encodeURIComponent('{"type":"block_actions"}')}`, form, null],
    ['ssl_check=1&token=x', form, null],
    ['{"type":"event_callback","event":{"type":"app_mention"}}', json, null],
    ['{"type":"url_verification","challenge":"c"}', json, null],
    ['{}', json, 'unknown request type undefined'],
    ['null', json, 'body is not an object'],
    ['{"type":"event_callback","event":"x"}', json, 'event_callback without an event'],
    ['command=kubecon', form, 'neither a command nor a payload'],
    [`payload=${encodeURIComponent('{"type":"x"}')}`, form, 'unknown payload type "x"'],
    [`payload=${encodeURIComponent('[]')}`, form, 'unknown payload type undefined'],
    ['{', json, 'malformed body'],
    ['x', 'text/xml', 'unsupported content type "text/xml"'],
  ])('%j (%s) → %j', (raw, contentType, expected) => {
    expect(unroutable(raw, contentType)).toBe(expected);
  });

  it('never throws, whatever the body', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 500 }), fc.constantFrom(form, json, undefined, 'text/plain'), (raw, contentType) => {
        const r = unroutable(raw, contentType);
        expect(r === null || typeof r === 'string').toBe(true);
      }),
    );
  });
});
