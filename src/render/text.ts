import type { Answer, Part, Said, SessionSummary, Source } from '../answer/answer.js';
import { describeDay, GUESS_LEAD } from '../answer/answer.js';

/** `Day #3 · Talks · Andy Goldstein, Steve Kriss`: where a quote comes from. */
export function citation(source: Source): string {
  return [source.dayLabel, source.section !== source.title ? source.section : null, source.speakers.join(', ') || null].filter((x): x is string => Boolean(x)).join(' · ');
}

/**
 * `Title — Speaker (Org) · keynote · Day #1 (Wednesday)` for session lists, without what the
 * list's title or heading already says of every session (`said`): `Title — Speaker (Org)`.
 */
export function sessionLine(s: SessionSummary, said: Said = {}): string {
  const who = s.speakers.map((p) => p.name).join(' & ');
  const orgs = [...new Set(s.speakers.map((p) => p.org))].join(', ');
  const kind = said.kind ? s.level : s.kind === 'keynote' ? 'keynote' : s.level ? `talk, ${s.level}` : 'talk';
  return [`${s.title} — ${who} (${orgs})`, kind, said.day ? null : describeDay(s.dayLabel, s.weekday)].filter(Boolean).join(' · ');
}

function renderPart(part: Part): string {
  switch (part.type) {
    case 'text':
      return part.text;
    case 'quote':
      return `${part.text
        .split('\n')
        .map((l) => `> ${l}`)
        .join('\n')}\n   — ${[part.source.title, citation(part.source)].filter(Boolean).join(' · ')}`;
    case 'sessions':
      return [part.heading ? `${part.heading}:` : null, ...part.sessions.map((s) => `  • ${sessionLine(s, part.said)}`)].filter((l) => l !== null).join('\n');
    case 'list':
      return [part.heading ? `${part.heading}:` : null, ...part.items.map((i) => `  • ${i}`)].filter((l) => l !== null).join('\n');
  }
}

/**
 * Renders an answer as plain text for a terminal (and as the `text` of `ask --json`).
 *
 * @example
 * renderText(ask(knowledge, 'what is Ark?')).split('\n')[0]; // 'Ark'
 */
export function renderText(answer: Answer): string {
  const lines = [answer.title, '─'.repeat(Math.min(answer.title.length, 60)), ...(answer.readAs ? [`(as in: ${answer.readAs})`, ''] : []), ...answer.parts.map(renderPart).flatMap((p) => [p, ''])];
  if (answer.suggestions.some((s) => s.guess)) lines.push(GUESS_LEAD);
  if (answer.suggestions.length > 0) lines.push(`Try: ${answer.suggestions.map((s) => s.query).join(' · ')}`);
  return lines.join('\n').trimEnd();
}
