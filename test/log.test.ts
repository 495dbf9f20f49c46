import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createLogger, escapeUnsafe, type Fields } from '../src/log.js';

/** A logger that keeps its lines, in one format. */
function capture(format: 'text' | 'json', secrets: string[] = []) {
  const lines: string[] = [];
  const log = createLogger({ level: 'debug', format, secrets, write: (l) => lines.push(l) });
  return { log, lines };
}

/** Anything a terminal would act on, or that would break or forge a line. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: the test looks for raw control characters.
const RAW_UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

const SECRET = 'my-"signing"\\secret';
const BOT_TOKEN = 'xoxb-1234-5678-AbCdEf';
const APP_TOKEN = 'xapp-1-A0-123-abc';
const SIGNATURE = `v0=${'ab'.repeat(32)}`;

describe('log lines an operator can trust', () => {
  it('escapes control characters in text-format field values and messages', () => {
    const { log, lines } = capture('text');
    log.event('info', 'answered\u001b[2J', { user: 'U1\u001b[2J', team: 'T1' });
    expect(lines[0]).not.toMatch(RAW_UNSAFE);
    expect(lines[0]).toContain('user="U1\\u001b[2J"');
    expect(lines[0]).toContain('answered\\u001b[2J');
    expect(lines[0]).toMatch(/ team=T1$/);
  });

  it('keeps one event on one line: newlines cannot forge another', () => {
    const { log, lines } = capture('text');
    log.event('warn', 'x', { user: 'U1\n2026-11-27T00:00:00.000Z ERROR kubecon-bot: forged' });
    log.error(new Error('boom\nsecond line'));
    expect(lines).toHaveLength(2);
    for (const line of lines) expect(line).not.toContain('\n');
    expect(lines[0]).toContain('user="U1\\n2026');
  });

  it('quotes values that would run into the next field', () => {
    const { log, lines } = capture('text');
    log.event('info', 'x', { q: 'a intent=forged', eq: 'a=b', quote: 'say "hi"', empty: '', n: 3, ok: true, none: null });
    expect(lines[0]).toMatch(/ q="a intent=forged" eq="a=b" quote="say \\"hi\\"" empty="" n=3 ok=true none=null$/);
  });

  it('escapes C1 controls, DEL and bidi overrides in JSON lines too, and the line still parses', () => {
    const { log, lines } = capture('json');
    const nasty = 'U1\u001b[2J\u009b2J\u007f\u202egnp.exe\u2028';
    log.event('info', `msg ${nasty}`, { user: nasty });
    expect(lines[0]).not.toMatch(RAW_UNSAFE);
    expect(lines[0]).toContain('\\u001b[2J');
    expect(JSON.parse(lines[0]!)).toMatchObject({ user: nasty, msg: `msg ${nasty}` });
  });

  it('escapes every unsafe character, whatever the text (both formats)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), fc.string({ unit: 'binary', maxLength: 60 }), (msg, value) => {
        for (const format of ['text', 'json'] as const) {
          const { log, lines } = capture(format);
          log.event('info', msg, { value, [`k_${value.slice(0, 8)}`]: 1 });
          log.info(msg, { value });
          expect(lines).toHaveLength(2);
          for (const line of lines) expect(line).not.toMatch(RAW_UNSAFE);
          if (format === 'json') expect((JSON.parse(lines[0]!) as Fields).value).toBe(value);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('writes escapes JSON would use', () => {
    expect(escapeUnsafe('a\nb\tc\r\u0000\u001b\u009b\u202e')).toBe('a\\nb\\tc\\r\\u0000\\u001b\\u009b\\u202e');
    expect(escapeUnsafe('plain text, ünïcode 🚀')).toBe('plain text, ünïcode 🚀');
  });
});

describe('secrets never reach a log', () => {
  const leaks = (line: string): string[] => [SECRET, BOT_TOKEN, APP_TOKEN, SIGNATURE, 'xoxb-', 'xapp-', 'v0=ab'].filter((s) => line.includes(s));

  it.each(['text', 'json'] as const)('%s: in messages, fields, errors and objects', (format) => {
    const { log, lines } = capture(format, [SECRET]);
    log.info(`token ${BOT_TOKEN} and ${APP_TOKEN}`);
    log.info({ token: BOT_TOKEN, nested: { secret: SECRET } });
    log.event('warn', 'request', { signature: SIGNATURE, note: `the secret is ${SECRET}`, [BOT_TOKEN]: 'as a key' });
    log.error(new Error(`failed with ${BOT_TOKEN}\u001b and ${SECRET}`));
    log.event('error', `${SECRET}\n${SIGNATURE}`, { user: `U1\u001b${SECRET}` });
    for (const line of lines) expect(leaks(line), line).toEqual([]);
    expect(lines.join('\n')).toContain('[redacted]');
  });

  it('still redacts a secret that holds characters escaping would change', () => {
    for (const format of ['text', 'json'] as const) {
      const { log, lines } = capture(format, [SECRET]);
      log.event('info', 'x', { spaced: `a ${SECRET} b`, bare: SECRET });
      expect(lines[0]).not.toContain('signing');
    }
  });

  it('redacts whatever surrounds a secret or token', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 20 }), fc.string({ unit: 'binary', maxLength: 20 }), fc.constantFrom(SECRET, BOT_TOKEN, APP_TOKEN), (before, after, secret) => {
        for (const format of ['text', 'json'] as const) {
          const { log, lines } = capture(format, [SECRET]);
          log.event('info', `${before} ${secret} ${after}`, { v: `${before} ${secret} ${after}` });
          expect(lines[0]).not.toContain(secret === SECRET ? 'signing' : secret);
        }
      }),
      { numRuns: 200 },
    );
  });
});
