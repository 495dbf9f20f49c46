import { describe, expect, it } from 'vitest';
import { converse } from '../../src/answer/conversation.js';
import type { Turn } from '../../src/understand/followup.js';
import { renderText } from '../../src/render/text.js';
import { austin } from '../helpers/knowledge.js';
import { CONVERSATIONS } from './cases.js';

const k = austin();

describe('conversations: follow-ups read against the last turn', () => {
  it('has at least 40 conversations', () => {
    expect(CONVERSATIONS.length).toBeGreaterThanOrEqual(40);
  });

  it.each(CONVERSATIONS.map((turns) => [turns.map((t) => t.say).join(' → '), turns] as const))('%s', (_name, turns) => {
    let last: Turn | null = null;
    for (const t of turns) {
      const reply = converse(k, t.say, last, (e) => {
        throw e;
      });
      last = reply.turn;
      const text = renderText(reply.answer).toLowerCase();
      expect(reply.answer.matched, `${t.say}: matched`).toBe(t.matched ?? true);
      for (const fact of t.has ?? []) expect(text, `${t.say}: has ${fact}`).toContain(fact.toLowerCase());
      for (const fact of t.hasNot ?? []) expect(text, `${t.say}: has not ${fact}`).not.toContain(fact.toLowerCase());
    }
  });

  it('keeps the last turn when an answer teaches nothing new', () => {
    const first = converse(k, 'keynotes day 1', null);
    expect(converse(k, 'thanks', first.turn).turn).toEqual(first.turn);
    expect(converse(k, 'what is blockchain', first.turn).turn).toEqual(first.turn);
  });

  it('asks for the next page when the last answer had more', () => {
    const first = converse(k, 'agenda', null, undefined, () => true);
    const next = converse(k, 'more', first.turn);
    expect(next.page).toBe(1);
    expect(next.answer.readAs).toBe('agenda');
  });
});
