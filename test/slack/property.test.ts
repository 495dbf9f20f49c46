import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../src/render/limits.js';
import { withBot } from '../helpers/bot.js';
import { limitViolations, liveMarkup } from '../helpers/limits.js';

const env = withBot();

/** What people (and pranksters) type into Slack: markup, entities, emoji, every script, long text. */
const typed = fc
  .array(
    fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 60 }),
      fc.string({ unit: 'binary', maxLength: 60 }),
      fc.constantFrom(
        '<!channel>',
        '<!here>',
        '<!everyone>',
        '<@U024BE7LH>',
        '<@U024BE7LH|bob>',
        '<#C1|general>',
        '<https://evil.example|click me>',
        '<!subteam^S1|@team>',
        '&lt;',
        '&amp;',
        '>',
        '<',
        '`',
        '*',
        '🔥',
        'what is',
        'who is',
        'keynotes',
        'day 1',
        'session',
        'help',
      ),
    ),
    { maxLength: 10 },
  )
  .map((parts) => parts.join(' '));

describe('the whole Slack path, with arbitrary text', () => {
  it('a slash command always gets a 200 with an answer within limits and no live markup', async () => {
    await fc.assert(
      fc.asyncProperty(typed, async (text) => {
        const res = await env.bot.command(text);
        expect(res.status).toBe(200);
        const body = (await res.json()) as { blocks: unknown[]; text: string; response_type: string };
        expect(body.response_type).toBe('ephemeral');
        expect(limitViolations(body.blocks, LIMITS.messageBlocks)).toEqual([]);
        expect(body.text.length).toBeGreaterThan(0);
        expect(liveMarkup(body)).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });

  it('a mention always gets one threaded reply within limits and no live markup', async () => {
    let n = 0;
    await fc.assert(
      fc.asyncProperty(typed, async (text) => {
        env.fake.calls.length = 0;
        const ts = `1700100000.${String(++n).padStart(6, '0')}`;
        const res = await env.bot.event({ type: 'app_mention', channel: 'C0001', user: 'U0001', text: `<@UBOT> ${text}`, ts, team: 'T0001' });
        expect(res.status).toBe(200);
        const [post] = await env.fake.waitFor('chat.postMessage', 1, 3000);
        expect(post!.body.thread_ts).toBe(ts);
        const blocks = post!.body.blocks as unknown[];
        expect(limitViolations(blocks, LIMITS.messageBlocks)).toEqual([]);
        expect(liveMarkup({ blocks, text: post!.body.text })).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });
});
