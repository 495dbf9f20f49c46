import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ask } from '../../src/answer/engine.js';
import { COMMANDS, examplesOf, usageHint } from '../../src/understand/commands.js';
import { bold, renderBlocks, decodePayload, encodePayload, sourceLine, type Surface } from '../../src/render/blocks.js';
import { renderHome } from '../../src/render/home.js';
import { clip, escapeMrkdwn, splitText, LIMITS } from '../../src/render/limits.js';
import { GOLDEN } from '../golden/cases.js';
import { austin } from '../helpers/knowledge.js';
import { limitViolations, liveMarkup } from '../helpers/limits.js';

const k = austin();
const SURFACES: Surface[] = ['ephemeral', 'thread', 'shared', 'modal'];
const questions = [
  ...COMMANDS.flatMap((c) => [c.name, ...examplesOf(c, k)]),
  ...GOLDEN.map((c) => c.q),
  ...k.sessions.map((s) => `session ${s.session.title}`),
  ...k.terms.map((t) => `what is ${t.matcher.term.name}`),
  ...k.speakers.map((s) => `who is ${s.speaker.name}`),
];

describe('every answer fits Block Kit', () => {
  it(`renders ${questions.length} questions on every surface and page within Slack's limits`, () => {
    const problems: string[] = [];
    let pagesSeen = 0;
    for (const q of questions) {
      const answer = ask(k, q);
      for (const surface of SURFACES) {
        const first = renderBlocks(answer, { question: q, surface, reportUrl: 'https://example.com/kubecon-2017' });
        for (let page = 0; page < first.pages; page++) {
          pagesSeen++;
          const { blocks, text } = page === 0 ? first : renderBlocks(answer, { question: q, surface, page, reportUrl: 'https://example.com/kubecon-2017' });
          const max = surface === 'modal' ? LIMITS.modalBlocks : LIMITS.messageBlocks;
          for (const v of limitViolations(blocks, max)) problems.push(`${JSON.stringify(q)} ${surface} p${page}: ${v}`);
          if (text.trim() === '' || text.length > LIMITS.fallbackText) problems.push(`${JSON.stringify(q)} ${surface}: fallback text length ${text.length}`);
        }
      }
    }
    expect(problems).toEqual([]);
    expect(pagesSeen).toBeGreaterThan(questions.length * SURFACES.length);
  });

  it('renders the App Home within its limits, with every session', () => {
    const view = renderHome(k);
    expect(limitViolations(view.blocks, LIMITS.homeBlocks)).toEqual([]);
    expect(JSON.stringify(view)).toContain('Economics of using Local Storage Attached to VMs on Cloud Providers');
  });

  it('cuts a long answer at sentence boundaries with Show more, and the pages hold all of it', () => {
    const answer = ask(k, 'session spinnaker');
    const first = renderBlocks(answer, { question: 'session spinnaker', surface: 'ephemeral' });
    expect(first.pages).toBe(2);
    const pages = [first, renderBlocks(answer, { question: 'session spinnaker', surface: 'ephemeral', page: 1 })];
    // The question's words are in bold: compare without the bold marks.
    const shown = pages
      .map((p) => JSON.stringify(p.blocks))
      .join('')
      .replace(/\*/g, '');
    for (const part of answer.parts) if (part.type === 'quote') expect(shown).toContain(JSON.stringify(escapeMrkdwn(part.text).split('\n')[0]!.slice(0, 60)).slice(1, -1).replace(/\*/g, ''));
    const more = first.blocks.flatMap((b) => (b.type === 'actions' ? b.elements : [])).find((e) => 'action_id' in e && e.action_id?.startsWith('kubecon_more'));
    expect(more).toBeDefined();
    expect(pages[1]!.blocks.some((b) => b.type === 'actions' && b.elements.some((e) => 'action_id' in e && e.action_id?.startsWith('kubecon_more')))).toBe(false);
  });

  it('a single huge text is split into sections at sentence ends, never mid-word', () => {
    const sentence = 'Kubernetes is the Linux of the cloud. ';
    const answer = { intent: 'search', title: 'Long', parts: [{ type: 'text' as const, text: sentence.repeat(400) }], sources: [], suggestions: [], matched: true };
    let page = 0;
    let pages = 1;
    do {
      const r = renderBlocks(answer, { question: 'x', surface: 'thread', page });
      pages = r.pages;
      expect(limitViolations(r.blocks, LIMITS.messageBlocks)).toEqual([]);
      for (const b of r.blocks) if (b.type === 'section') expect(b.text!.text).toMatch(/cloud\.$/);
      page++;
    } while (page < pages);
    expect(pages).toBeGreaterThan(1);
  });
});

describe('sources', () => {
  it('every source of every answer is shown: a context line under its quote, a listed session, or a closing line', () => {
    const missing: string[] = [];
    for (const q of questions) {
      const answer = ask(k, q);
      const r = renderBlocks(answer, { question: q, surface: 'thread' });
      const pages = Array.from({ length: r.pages }, (_, page) => JSON.stringify(renderBlocks(answer, { question: q, surface: 'thread', page }).blocks)).join('');
      for (const s of answer.sources) {
        const line = JSON.stringify(sourceLine(s)).slice(1, -1);
        if (!pages.includes(line) && !(s.sessionId && pages.includes(JSON.stringify(escapeMrkdwn(s.title)).slice(1, -1)))) missing.push(`${q}: ${s.title}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('closes with a context line per source the body does not show, five at most', () => {
    const sources = Array.from({ length: 8 }, (_, i) => ({ title: `Talk ${i}`, sessionId: `t${i}`, day: 1, dayLabel: 'Day #1', section: 'Talks', speakers: [`Speaker ${i}`] }));
    const answer = { intent: 'search', title: 'T', parts: [{ type: 'text' as const, text: 'Body.' }], sources, suggestions: [], matched: true };
    const contexts = renderBlocks(answer, { question: 'x', surface: 'thread' })
      .blocks.filter((b) => b.type === 'context')
      .map((b) => JSON.stringify(b));
    expect(contexts).toHaveLength(5);
    expect(contexts[0]).toContain('📍 Day #1 › Talks › Talk 0 — Speaker 0');
    expect(contexts[4]).toContain('…and 4 more');
  });
});

describe('small talk', () => {
  it('gets a friendly reply with suggestions, and nothing to rate or share', () => {
    for (const q of ['hi', 'thanks!']) {
      const json = JSON.stringify(renderBlocks(ask(k, q), { question: q, surface: 'ephemeral' }).blocks);
      expect(json).toContain('kubecon_suggest:0');
      expect(json).not.toContain('kubecon_feedback_up');
      expect(json).not.toContain('kubecon_share');
    }
    const answer = JSON.stringify(renderBlocks(ask(k, 'what is Ark'), { question: 'what is Ark', surface: 'ephemeral' }).blocks);
    expect(answer).toContain('kubecon_feedback_up');
  });
});

describe('escaping', () => {
  it('escapes &, < and > in echoed and report text', () => {
    expect(escapeMrkdwn('a < b && c > d')).toBe('a &lt; b &amp;&amp; c &gt; d');
    const answer = ask(k, 'session whats next kubernetes 2018');
    const json = JSON.stringify(renderBlocks(answer, { question: 'x', surface: 'thread' }).blocks);
    expect(json).toContain('&lt;INSERT POLICY HERE&gt;');
    expect(json).not.toContain('<INSERT POLICY HERE>');
  });

  it('checks each field on its own: a stray `<!` in a button value is not markup', () => {
    // fast-check's counterexample from CI (seed -1573419908): the whole-JSON check paired the
    // `<!` kept in a feedback button's value with a `>` in a later field.
    const q = '> <!';
    const r = renderBlocks(ask(k, q), { question: q, surface: 'ephemeral' });
    expect(liveMarkup({ blocks: r.blocks, text: r.text })).toEqual([]);
    expect(JSON.stringify(r.blocks)).toContain('&gt; &lt;!');
    expect(liveMarkup({ a: [{ b: 'fine' }, { c: { d: 'hi <!channel>' } }] })).toEqual(['hi <!channel>']);
  });

  it('never lets user text become Slack markup, whatever is typed', () => {
    const markup = fc.constantFrom('<!channel>', '<!here>', '<!everyone>', '<@U024BE7LH>', '<#C1|x>', '<https://evil.example|click>', '<!subteam^S1>');
    const text = fc.array(fc.oneof(markup, fc.string({ maxLength: 30 }), fc.constantFrom('what is', 'who is', 'keynotes', '&', '<', '>')), { maxLength: 8 }).map((p) => p.join(' '));
    fc.assert(
      fc.property(text, fc.constantFrom(...SURFACES), (q, surface) => {
        const r = renderBlocks(ask(k, q), { question: q, surface });
        expect(liveMarkup({ blocks: r.blocks, text: r.text })).toEqual([]);
        expect(limitViolations(r.blocks, LIMITS.modalBlocks)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('links the report when REPORT_URL is set, and only then', () => {
    const withUrl = renderBlocks(ask(k, 'what is Ark'), { question: 'what is Ark', surface: 'thread', reportUrl: 'https://example.com/r' });
    expect(JSON.stringify(withUrl.blocks)).toContain('<https://example.com/r|Read the full report>');
    expect(JSON.stringify(renderBlocks(ask(k, 'what is Ark'), { question: 'what is Ark', surface: 'thread' }).blocks)).not.toContain('Read the full report');
  });
});

describe('button payloads', () => {
  it('round-trip, stay under 2,000 characters, and carry no markup', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 5000 }), fc.nat(20), (q, p) => {
        const value = encodePayload({ q: `${q} <!channel>`, p });
        expect(value.length).toBeLessThanOrEqual(LIMITS.buttonValue);
        expect(value).not.toContain('<!channel>');
        expect(decodePayload(value)?.p).toBe(p);
      }),
    );
  });

  it.each(['', 'x', '{}', '{"q":1}', 'null', '[]', '{"q":"a","p":-1}'])('rejects or sanitises %j', (raw) => {
    const decoded = decodePayload(raw);
    expect(decoded === null || (typeof decoded.q === 'string' && decoded.p === undefined)).toBe(true);
  });
});

describe('text helpers', () => {
  it.each([
    ['Kubernetes Secret Superpower', 20, 'Kubernetes Secret…'],
    ['short', 20, 'short'],
    ['Supercalifragilistic', 10, 'Supercali…'],
  ])('clip(%j, %i)', (text, max, expected) => {
    expect(clip(text, max)).toBe(expected);
    expect(clip(text, max).length).toBeLessThanOrEqual(max);
  });

  it('splitText keeps every piece within the limit and loses nothing', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 3000 }), fc.integer({ min: 5, max: 400 }), (text, max) => {
        const pieces = splitText(text, max);
        for (const p of pieces) expect(p.length).toBeLessThanOrEqual(max);
        expect(pieces.join('').replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
      }),
    );
  });

  it('the usage hint comes from the registry', () => {
    expect(usageHint()).toBe('help [command] | agenda [day] | keynotes [day] | speaker [name] | what is <project or term>');
  });
});

describe('quotes you can scan', () => {
  it.each([
    ['Heptio Ark allows restore', ['Ark'], 'Heptio *Ark* allows restore'],
    ['CRI-O uses runC; CRI too', ['CRI-O'], '*CRI-O* uses runC; CRI too'],
    ['Tom &amp; Jerry &lt;b&gt;', ['amp', 'lt', 'Jerry'], 'Tom &amp; *Jerry* &lt;b&gt;'],
    ['backup and backups', ['backups'], 'backup and *backups*'],
    ['nothing here', ['<@U1>', '*x*'], 'nothing here'],
  ])('%s', (text, marks, want) => {
    expect(bold(text, marks)).toBe(want);
  });

  it('bolds the words of the question in the quotes of a real answer', () => {
    const answer = ask(k, 'what did hbo learn about load testing');
    const quotes = renderBlocks(answer, { question: 'q', surface: 'thread' })
      .blocks.filter((b) => b.type === 'section')
      .map((b) => JSON.stringify(b));
    expect(quotes.some((q) => q.includes('*HBO*') || q.includes('*Load*') || q.includes('*load*'))).toBe(true);
  });

  it('never lets marks make markup live', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), fc.array(fc.string({ maxLength: 12 }), { maxLength: 5 }), (text, marks) => {
        const out = bold(escapeMrkdwn(text), marks);
        expect(out).not.toMatch(/<[@#!]|<https?:/);
      }),
    );
  });
});
