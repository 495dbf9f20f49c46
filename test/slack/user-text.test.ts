import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_RAW_INPUT } from '../../src/understand/clean.js';
import { dm, withBot } from '../helpers/bot.js';

/**
 * What people typed, as the bot reads it and echoes it, through the real app over HTTP: tricks
 * (bidi overrides, controls, half an emoji) dropped on the way in, text cut between characters
 * wherever it is shortened, Slack's escaping undone once and done once, and a long paste cut
 * where the listener first reads it.
 */
const env = withBot();
type Block = { type: string; text?: { text: string }; elements?: Array<{ text?: string; action_id?: string; value?: string }> };
type Ack = { blocks: Block[]; text: string };

/** Every character that must not come back: bidi controls, C0/C1 controls but \t \n \r, lone surrogates. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
const TRICK = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** The strings of a payload that hold a trick, each with where it is. */
function tricks(payload: unknown, where = ''): string[] {
  if (typeof payload === 'string') return TRICK.test(payload) ? [`${where}: ${JSON.stringify(payload)}`] : [];
  if (Array.isArray(payload)) return payload.flatMap((v, i) => tricks(v, `${where}[${i}]`));
  if (payload && typeof payload === 'object') return Object.entries(payload).flatMap(([k, v]) => tricks(v, `${where}.${k}`));
  return [];
}
const command = async (text: string): Promise<Ack> => (await (await env.bot.command(text)).json()) as Ack;
const youAsked = (ack: Ack): string => ack.blocks.find((b) => b.type === 'context')!.elements![0]!.text!;
const button = (ack: Ack, prefix: string) => ack.blocks.flatMap((b) => (b.type === 'actions' ? b.elements! : [])).find((e) => e.action_id!.startsWith(prefix))!;
const click = (action: { action_id?: string; value?: string }) =>
  env.bot.action({
    container: { type: 'message', message_ts: '1700000010.000100', channel_id: 'C0001', is_ephemeral: true },
    channel: { id: 'C0001', name: 'general' },
    response_url: env.fake.responseUrl(),
    actions: [{ type: 'button', block_id: 'b1', text: { type: 'plain_text', text: 'x' }, action_ts: '1700000010.1', ...action }],
  });
/** Slack's escaping of what a person typed. */
const slackEscape = (typed: string): string => typed.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

describe('tricks in what people type are dropped on the way in', () => {
  // (A lone surrogate cannot travel in a form body, which is UTF-8: it arrives as U+FFFD. It can in
  // a JSON event, as `\ud83d`: see the mention below.)
  const tricky = 'what is Ark? \u202Ekcatta\u202C \u2066x\u2069\u0000\u001b[2J\u0007';

  it('the "You asked" line, the buttons and the notification text hold none of them', async () => {
    const ack = await command(tricky);
    expect(tricks(ack)).toEqual([]);
    expect(youAsked(ack)).toBe('You asked: `/kubecon what is Ark? kcatta x[2J`');
  });

  it('nor does the Share in channel line', async () => {
    const share = button(await command(tricky), 'kubecon_share');
    await click(share);
    const [posted] = await env.fake.waitFor('response_url', 2); // the share, then the private copy's delete
    expect(tricks(posted!.body)).toEqual([]);
    expect(JSON.stringify(posted!.body.blocks)).toContain('<@U0001> asked: `/kubecon what is Ark? kcatta x[2J`');
  });

  it('a forged button value carrying them is read without them', async () => {
    await click({ action_id: 'kubecon_share', value: JSON.stringify({ q: `what is Ark? \u202Eevil\u202C\u0000\udc00` }) });
    const [posted] = await env.fake.waitFor('response_url', 2);
    expect(posted!.body).toMatchObject({ response_type: 'in_channel' });
    expect(tricks(posted!.body)).toEqual([]);
    expect(JSON.stringify(posted!.body.blocks)).toContain('asked: `/kubecon what is Ark? evil`');
  });

  it('nor the assistant thread title, nor the mention reply', async () => {
    const thread = '1700600000.000100';
    await env.bot.event(dm(`${'🔥'.repeat(60)} what is Ark? \u202Ekcatta\u202C\u0007\ud83d`, '1700600001.000100', thread));
    const [title] = await env.fake.waitFor('assistant.threads.setTitle');
    const [reply] = await env.fake.waitFor('chat.postMessage');
    expect(tricks(title!.body)).toEqual([]);
    expect(tricks(reply!.body)).toEqual([]);
    expect(String(title!.body.title)).toMatch(/^🔥+/);
  });

  it('text is cut between characters: an emoji at the "You asked" cut, the button values and the title stays whole or goes', async () => {
    // 12 characters, then emoji of two UTF-16 units each: every odd cut falls inside one.
    for (const pad of [0, 1]) {
      const ack = await command(`what is Ark${' '.repeat(1 + pad)}${'🔥'.repeat(1500)}`);
      expect(tricks(ack)).toEqual([]);
    }
    const thread = '1700600100.000100';
    await env.bot.event(dm(`a${'😀'.repeat(80)}`, '1700600101.000100', thread));
    const [title] = await env.fake.waitFor('assistant.threads.setTitle');
    expect(tricks(title!.body)).toEqual([]);
  });

  it('property: whatever is typed, nothing the bot sends back holds a trick', async () => {
    const piece = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 40 }),
      fc.string({ unit: 'grapheme', maxLength: 40 }),
      fc.constantFrom(
        '\u202E',
        '\u202A',
        '\u2066',
        '\u2069',
        '\u200F',
        '\u061C',
        '\u0000',
        '\u001b',
        '\u0007',
        '\u0085',
        '\ud83d',
        '\ude00',
        '🔥',
        '👩‍👩‍👧',
        'what is Ark?',
        '&lt;',
        '&amp;',
        '<!channel>',
      ),
    );
    const text = fc.array(piece, { maxLength: 12 }).map((parts) => parts.join(''));
    await fc.assert(
      fc.asyncProperty(text, async (typed) => {
        expect(tricks(await command(typed))).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });

  it('property: whatever a mention says (JSON carries lone surrogates too), the reply holds no trick', async () => {
    const piece = fc.oneof(fc.string({ unit: 'binary', maxLength: 40 }), fc.constantFrom('\u202E', '\u2066', '\u0000', '\u001b', '\ud83d', '\ude00', '🔥', 'what is Ark?', 'keynotes'));
    let n = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(piece, { maxLength: 8 }), async (parts) => {
        env.fake.calls.length = 0;
        const ts = `1700700000.${String(++n).padStart(6, '0')}`;
        await env.bot.event({ type: 'app_mention', channel: 'C0001', user: 'U0001', text: `<@UBOT> ${parts.join('')}`, ts, team: 'T0001' });
        const [post] = await env.fake.waitFor('chat.postMessage', 1, 3000);
        expect(tricks(post!.body)).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });
});

describe("Slack's escaping is undone once and done once", () => {
  it('a typed <!channel> is echoed as typed (escaped once, no ping) and the question is understood', async () => {
    const ack = await command('&lt;!channel&gt; what is Ark');
    expect(youAsked(ack)).toBe('You asked: `/kubecon &lt;!channel&gt; what is Ark`');
    expect(JSON.stringify(ack)).not.toContain('&amp;lt;');
    expect(ack.blocks.find((b) => b.type === 'header')!.text!.text).toBe('Ark');
  });

  it('a typed & and a typed entity come back as typed', async () => {
    expect(youAsked(await command('what is Ark Q&amp;A'))).toBe('You asked: `/kubecon what is Ark Q&amp;A`');
    // The person typed "&lt;" itself: Slack sends "&amp;lt;", shown again as "&lt;".
    expect(youAsked(await command('what is &amp;lt;Ark'))).toBe('You asked: `/kubecon what is &amp;lt;Ark`');
  });

  it('a mention with a typed <, > and & is understood as typed', async () => {
    await env.bot.event({ type: 'app_mention', channel: 'C0001', user: 'U0001', text: '<@UBOT> what is Ark &amp; &lt;Rook&gt;?', ts: '1700600200.000100', team: 'T0001' });
    const [reply] = await env.fake.waitFor('chat.postMessage');
    expect(JSON.stringify(reply!.body)).not.toMatch(/&amp;(?:lt|gt|amp);/);
  });

  it('property: the "You asked" line, unescaped once, is what the person typed', async () => {
    const typedText = fc
      .array(fc.constantFrom('<', '>', '&', 'lt;', 'gt;', 'amp;', '!channel', '@U1', 'Ark', 'x', ' ', '&lt;', '&amp;'), { minLength: 1, maxLength: 20 })
      .map((parts) => `what is Ark ${parts.join('')}`.trim());
    await fc.assert(
      fc.asyncProperty(typedText, async (typed) => {
        const line = youAsked(await command(slackEscape(typed)));
        const echoed = line.replace(/^You asked: `\/kubecon /, '').replace(/`$/, '');
        expect(echoed.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&')).toBe(typed.replace(/\s+$/, ''));
      }),
      { numRuns: 60 },
    );
  });
});

describe('a long paste costs what its first 4,000 characters cost', () => {
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  const timed = async (text: string, extra: Record<string, string> = {}): Promise<number> => {
    const started = performance.now();
    expect((await env.bot.command(text, extra)).status).toBe(200);
    return performance.now() - started;
  };

  it('900,000 characters of question cost about what 4,000 do, with the rest of the body alike', async () => {
    const words = 'lorem ipsum dolor sit amet consectetur ';
    const pad = (n: number) => words.repeat(Math.ceil(n / words.length)).slice(0, n);
    const size = 900_000;
    const inText: number[] = [];
    const beside: number[] = [];
    // Warm up (JIT, buffers) before measuring.
    await timed(`what is Ark warm long ${pad(size)}`);
    await timed(`what is Ark warm short ${pad(MAX_RAW_INPUT)}`, { padding: pad(size - MAX_RAW_INPUT) });
    for (let i = 0; i < 9; i++) {
      // The same body size either way (Slack's signature, Bolt's parsing and the transport cost
      // alike), and the same first 4,000 characters of question (the same engine work); a new
      // question each time, so no cache answers it. Only where the rest of the text sits differs.
      inText.push(await timed(`what is Ark ${i} long ${pad(size)}`));
      beside.push(await timed(`what is Ark ${i} short ${pad(MAX_RAW_INPUT)}`, { padding: pad(size - MAX_RAW_INPUT) }));
    }
    // Before the cut moved to the listener, the long one cost 20–35 ms more (about half again).
    expect(median(inText) - median(beside)).toBeLessThan(0.2 * median(beside));
  });

  it('what is echoed and carried in buttons comes from the first 4,000 characters only', async () => {
    const ack = await command(`what is Ark ${'x'.repeat(MAX_RAW_INPUT)}TAIL-NEVER-READ`);
    expect(JSON.stringify(ack)).not.toContain('TAIL-NEVER-READ');
  });
});
