import type { types } from '@slack/bolt';
import type { Answer, Part, Said, SessionSummary, Source } from '../answer/answer.js';
import { describeDay, GUESS_LEAD } from '../answer/answer.js';
import { LIMITS, clip, escapeMrkdwn, splitText } from './limits.js';
import { cutText } from '../text/normalize.js';

type Block = types.KnownBlock;
type Button = types.Button;

/** Action ids the app listens for; suffixes keep ids unique within one message. */
export const ACTIONS = {
  session: 'kubecon_session',
  more: 'kubecon_more',
  suggest: 'kubecon_suggest',
  share: 'kubecon_share',
  helpful: 'kubecon_feedback_up',
  unhelpful: 'kubecon_feedback_down',
} as const;

/** Where an answer is shown; decides the echo, the buttons and the block limit. */
export type Surface = 'ephemeral' | 'thread' | 'shared' | 'modal';

export interface RenderOptions {
  /** The question as the user typed it: echoed (escaped) and carried in button values. */
  question: string;
  surface: Surface;
  /** 0-based page of a long answer. */
  page?: number;
  reportUrl?: string;
  /** Who shared the answer to the channel (a Slack user id). */
  sharedBy?: string;
}

export interface RenderedMessage {
  blocks: Block[];
  /** Fallback text for notifications and clients without blocks. */
  text: string;
  page: number;
  pages: number;
}

/**
 * Puts the marked words of a quote in bold, whole words only, so a reader sees at once why the
 * passage answers. Marks are words of the report (letters, digits, inner `-` `.` `'`), never markup.
 *
 * @example
 * bold('Heptio Ark allows restore', ['Ark']); // 'Heptio *Ark* allows restore'
 */
export function bold(text: string, marks: readonly string[]): string {
  const words = marks.filter((m) => /^[\p{L}\p{N}][\p{L}\p{N}'’.-]*$/u.test(m));
  if (words.length === 0) return text;
  const escaped = words.sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return text.replace(new RegExp(`(?<![\\p{L}\\p{N}*_~&])(?:${escaped.join('|')})(?![\\p{L}\\p{N}*_~;])`, 'gu'), (w) => `*${w}*`);
}

/** What a "Show more" or feedback button carries: the question, and the page or intent. */
export interface ButtonPayload {
  q: string;
  p?: number;
  i?: string;
}

/** Page budget: blocks and characters of text, so a long answer reads as pages, not a wall. */
const PAGE_BLOCKS = 40;
const PAGE_CHARS = 2500;
const MODAL_PAGE_CHARS = 12000;

const section = (text: string, accessory?: Button): Block => ({ type: 'section', text: { type: 'mrkdwn', text }, ...(accessory ? { accessory } : {}) });
const context = (texts: string[]): Block => ({ type: 'context', elements: texts.slice(0, LIMITS.contextElements).map((t) => ({ type: 'mrkdwn', text: clip(t, LIMITS.contextText) })) });
const button = (text: string, action_id: string, value: string, style?: 'primary' | 'danger'): Button => ({
  type: 'button',
  text: { type: 'plain_text', text: clip(text, LIMITS.buttonText), emoji: true },
  action_id,
  value: cutText(value, LIMITS.buttonValue),
  ...(style ? { style } : {}),
});

/**
 * Encodes a button payload within Slack's 2,000-character value limit. The question travels as the
 * engine reads it (Slack markup such as `<!channel>` already dropped), so no user markup rides along.
 */
export function encodePayload(payload: ButtonPayload): string {
  const room = LIMITS.buttonValue - JSON.stringify({ ...payload, q: '' }).length - 8;
  // Without angle brackets no Slack markup can come alive where the value is shown or asked again.
  return JSON.stringify({ ...payload, q: clip(payload.q.replace(/[<>]/g, ' ').replace(/\s+/g, ' ').trim(), Math.max(50, room)) });
}

/** Reads a button payload back; `null` for anything that is not one of ours. */
export function decodePayload(value: string | undefined): ButtonPayload | null {
  try {
    const parsed = JSON.parse(value ?? '') as unknown;
    if (typeof parsed !== 'object' || parsed === null || typeof (parsed as ButtonPayload).q !== 'string') return null;
    const { q, p, i } = parsed as ButtonPayload;
    return { q, ...(Number.isInteger(p) && p! >= 0 ? { p } : {}), ...(typeof i === 'string' ? { i } : {}) };
  } catch {
    return null;
  }
}

/** `Day #3 › Talks › Disaster Recovery… — Andy Goldstein, Steve Kriss`. */
export function sourceLine(source: Source): string {
  const path = [source.dayLabel, source.section, source.section === source.title ? null : source.title].filter(Boolean).join(' › ');
  return escapeMrkdwn(`${path || source.title}${source.speakers.length > 0 ? ` — ${source.speakers.join(', ')}` : ''}`);
}

/** A session's kind and level as a list line shows them; only the level when the list says the kind. */
function kindOf(s: SessionSummary, said: Said): string | null {
  if (said.kind) return s.level;
  return s.kind === 'keynote' ? 'keynote' : s.level ? `${s.level} talk` : 'talk';
}

function sessionText(s: SessionSummary, said: Said): string {
  const who = s.speakers.map((p) => `${p.name} (${p.org})`).join(', ');
  const line = [who, kindOf(s, said), said.day ? null : describeDay(s.dayLabel, s.weekday)].filter(Boolean).join(' · ');
  return `*${escapeMrkdwn(s.title)}*\n${escapeMrkdwn(line)}`;
}

function sessionBullet(s: SessionSummary, said: Said): string {
  const who = s.speakers.map((p) => p.name).join(' & ');
  const line = [who, kindOf(s, said), said.day ? null : s.dayLabel].filter(Boolean).join(' · ');
  return `• *${escapeMrkdwn(s.title)}* — ${escapeMrkdwn(line)}`;
}

/** Lines packed into as few sections as the 3,000-character limit allows, never splitting a line. */
function linesToSections(lines: string[]): Block[] {
  const blocks: Block[] = [];
  let current = '';
  for (const raw of lines) {
    for (const line of splitText(raw, LIMITS.sectionText)) {
      if (current && current.length + 1 + line.length > LIMITS.sectionText) {
        blocks.push(section(current));
        current = '';
      }
      current = current ? `${current}\n${line}` : line;
    }
  }
  if (current) blocks.push(section(current));
  return blocks;
}

/** One part as units: groups of blocks that stay together on a page (a quote and its source). */
function partUnits(part: Part, sessionButtons: { next: number }): Block[][] {
  switch (part.type) {
    case 'text':
      return splitText(escapeMrkdwn(part.text), LIMITS.sectionText).map((t) => [section(t)]);
    case 'quote': {
      const quoted = (t: string): string =>
        t
          .split('\n')
          .map((l) => `>${l}`)
          .join('\n');
      // Room for the `>` that starts each line, so the quoted chunk still fits a section.
      const chunks = splitText(bold(escapeMrkdwn(part.text), part.marks ?? []), LIMITS.sectionText - 60).map((t) => section(clip(quoted(t), LIMITS.sectionText)));
      return chunks.map((b, i) => (i === chunks.length - 1 ? [b, context([`📍 ${sourceLine(part.source)}`])] : [b]));
    }
    case 'sessions': {
      const heading = part.heading ? [section(`*${escapeMrkdwn(part.heading)}*`)] : [];
      if (part.sessions.length <= 5) {
        const units = part.sessions.map((s) => [section(sessionText(s, part.said ?? {}), button('Details', `${ACTIONS.session}:${sessionButtons.next++}`, s.id))]);
        return heading.length > 0 && units.length > 0 ? [[...heading, ...units[0]!], ...units.slice(1)] : units;
      }
      const lines = [...(part.heading ? [`*${escapeMrkdwn(part.heading)}*`] : []), ...part.sessions.map((s) => sessionBullet(s, part.said ?? {}))];
      return linesToSections(lines).map((b) => [b]);
    }
    case 'list': {
      const lines = [...(part.heading ? [`*${escapeMrkdwn(part.heading)}*`] : []), ...part.items.map((i) => `• ${escapeMrkdwn(i)}`)];
      return linesToSections(lines).map((b) => [b]);
    }
  }
}

const unitChars = (unit: Block[]): number => unit.reduce((n, b) => n + (b.type === 'section' && b.text ? b.text.text.length : 0), 0);

/** Cuts units into pages by block count and characters; a page always takes at least one unit. */
function paginate(units: Block[][], maxChars: number): Block[][][] {
  const pages: Block[][][] = [[]];
  let blocks = 0;
  let chars = 0;
  for (const unit of units) {
    const page = pages[pages.length - 1]!;
    if (page.length > 0 && (blocks + unit.length > PAGE_BLOCKS || chars + unitChars(unit) > maxChars)) {
      pages.push([unit]);
      blocks = unit.length;
      chars = unitChars(unit);
    } else {
      page.push(unit);
      blocks += unit.length;
      chars += unitChars(unit);
    }
  }
  return pages;
}

/**
 * Renders an answer as Block Kit for one surface, one page at a time: header, body, a context line
 * per quoted source, "Show more" when the answer goes on, suggestions as buttons, and (for messages)
 * feedback and sharing. Always within Slack's limits, always with fallback text; user text is escaped.
 *
 * @example
 * const { blocks, text } = renderBlocks(ask(knowledge, 'what is Ark?'), { question: 'what is Ark?', surface: 'ephemeral' });
 */
export function renderBlocks(answer: Answer, options: RenderOptions): RenderedMessage {
  const counter = { next: 0 };
  const units = answer.parts.flatMap((p) => partUnits(p, counter));
  const pages = paginate(units, options.surface === 'modal' ? MODAL_PAGE_CHARS : PAGE_CHARS);
  const page = Math.min(Math.max(0, options.page ?? 0), pages.length - 1);
  const last = page === pages.length - 1;
  // A follow-up is asked again (Show more, Share) as the question it was read as.
  const question = (answer.readAs ?? options.question).trim();

  const blocks: Block[] = [];
  const sources = last ? sourcesContext(answer) : [];
  if (options.surface === 'ephemeral') blocks.push(context([`You asked: \`/kubecon ${escapeMrkdwn(clip(question.replace(/`/g, "'"), 300))}\``]));
  if (options.surface === 'shared') {
    const who = options.sharedBy && /^[UW][A-Z0-9]{2,}$/.test(options.sharedBy) ? `<@${options.sharedBy}>` : 'Someone';
    blocks.push(context([`${who} asked: \`/kubecon ${escapeMrkdwn(clip(question.replace(/`/g, "'"), 300))}\``]));
  }
  if (answer.readAs && options.surface !== 'ephemeral' && options.surface !== 'shared') blocks.push(context([`Reading it as: ${escapeMrkdwn(clip(answer.readAs, 300))}`]));
  const title = pages.length > 1 ? `${answer.title} (${page + 1}/${pages.length})` : answer.title;
  blocks.push({ type: 'header', text: { type: 'plain_text', text: clip(title, LIMITS.headerText), emoji: false } });
  blocks.push(...pages[page]!.flat());
  blocks.push(...sources);

  const actions: Button[] = [];
  if (!last) actions.push(button('Show more', `${ACTIONS.more}:${page + 1}`, encodePayload({ q: question, p: page + 1 }), 'primary'));
  if (last && options.surface !== 'shared') {
    answer.suggestions.slice(0, 5).forEach((s, i) => {
      actions.push(button(s.label, `${ACTIONS.suggest}:${i}`, s.query));
    });
  }
  // Said only over buttons that show a guess: a shared message has none.
  if (last && options.surface !== 'shared' && answer.suggestions.slice(0, 5).some((s) => s.guess)) blocks.push({ type: 'section', text: { type: 'mrkdwn', text: GUESS_LEAD } });
  if (actions.length > 0) blocks.push({ type: 'actions', elements: actions });
  if ((options.surface === 'ephemeral' || options.surface === 'thread') && !answer.chat) {
    const feedback = encodePayload({ q: question, i: answer.intent });
    blocks.push({
      type: 'actions',
      elements: [
        ...(options.surface === 'ephemeral' && answer.matched ? [button('Share in channel', ACTIONS.share, encodePayload({ q: question, p: page }))] : []),
        button('👍 Helpful', ACTIONS.helpful, feedback),
        button('👎 Not helpful', ACTIONS.unhelpful, feedback),
      ],
    });
  }
  if (options.reportUrl) blocks.push(context([`<${options.reportUrl.replace(/[<>|]/g, encodeURIComponent)}|Read the full report>`]));

  return { blocks, text: fallbackText(answer), page, pages: pages.length };
}

/** At most this many source lines close an answer; a last line counts the rest. */
const MAX_SOURCE_LINES = 5;

/**
 * A context line for each source the body does not already show: quotes carry their own line and
 * listed sessions show day and speakers, so this is for what is left (none, for most answers).
 */
function sourcesContext(answer: Answer): Block[] {
  const shown = new Set(answer.parts.flatMap((p) => (p.type === 'quote' ? [sourceLine(p.source)] : [])));
  const listed = new Set(answer.parts.flatMap((p) => (p.type === 'sessions' ? p.sessions.map((s) => s.id) : [])));
  const lines = [...new Set(answer.sources.filter((s) => !s.sessionId || !listed.has(s.sessionId)).map(sourceLine))].filter((l) => !shown.has(l));
  const kept = lines.length > MAX_SOURCE_LINES ? [...lines.slice(0, MAX_SOURCE_LINES - 1), `…and ${lines.length - (MAX_SOURCE_LINES - 1)} more`] : lines;
  return kept.map((l) => context([`📍 ${l}`]));
}

/** The notification text: the title and the first part, escaped, within the limit. */
function fallbackText(answer: Answer): string {
  const first = answer.parts[0];
  const lead =
    first?.type === 'text' || first?.type === 'quote' ? first.text : first?.type === 'sessions' ? first.sessions.map((s) => s.title).join('; ') : first?.type === 'list' ? first.items.join('; ') : '';
  return escapeMrkdwn(clip(`${answer.title}: ${lead}`.replace(/\s+/g, ' '), LIMITS.fallbackText));
}
