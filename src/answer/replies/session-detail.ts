import type { Knowledge, SessionEntry } from '../../search/knowledge.js';
import type { Answer, Part } from '../answer.js';
import { describeSpeaker, sessionSource } from '../answer.js';
import { whereAndWhen } from './common.js';

/**
 * A session in full: when and where, who, and everything the report says about it.
 *
 * @example
 * sessionDetail(knowledge, sessionNamed(knowledge, 'game of thrones')!).title; // 'Pushing the Limits of Kubernetes with Game of Thrones'
 */
export function sessionDetail(_k: Knowledge, entry: SessionEntry, suggestions: Answer['suggestions'] = []): Answer {
  const source = sessionSource(entry);
  const { session } = entry;
  const parts: Part[] = [
    { type: 'text', text: `${capitalize(whereAndWhen(entry))}.\n${session.speakers.length > 1 ? 'Speakers' : 'Speaker'}: ${session.speakers.map(describeSpeaker).join(', ')}.` },
    ...session.passages.map((p): Part => ({ type: 'quote', text: p.aside ? `(Author's note) ${p.text}` : p.text, source })),
  ];
  if (session.passages.length === 0) parts.push({ type: 'text', text: 'The report lists this session without notes on it.' });
  return { intent: 'session', title: session.title, parts, sources: [source], suggestions, matched: true };
}

function capitalize(s: string): string {
  return s[0]!.toUpperCase() + s.slice(1);
}
