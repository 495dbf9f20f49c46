import { describe, expect, it } from 'vitest';
import type { Answer } from '../../src/answer/answer.js';
import { LRUCache } from 'lru-cache';
import { converse } from '../../src/answer/conversation.js';
import { ask } from '../../src/answer/engine.js';
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
      const reply = converse(k, t.say, last, {
        onError: (e) => {
          throw e;
        },
      });
      last = reply.turn;
      const text = renderText(reply.answer).toLowerCase();
      expect(reply.answer.matched, `${t.say}: matched`).toBe(t.matched ?? true);
      for (const fact of t.has ?? []) expect(text, `${t.say}: has ${fact}`).toContain(fact.toLowerCase());
      for (const fact of t.hasNot ?? []) expect(text, `${t.say}: has not ${fact}`).not.toContain(fact.toLowerCase());
    }
  });

  it('answers a follow-up exactly as the question it was read as, asked in full', () => {
    let checked = 0;
    for (const turns of CONVERSATIONS) {
      let last: Turn | null = null;
      for (const t of turns) {
        const reply = converse(k, t.say, last);
        last = reply.turn;
        const readAs = reply.answer.readAs;
        if (readAs === undefined) continue;
        expect(reply.answer, `${t.say} → ${readAs}`).toEqual({ ...ask(k, readAs), readAs });
        checked++;
      }
    }
    expect(checked).toBeGreaterThanOrEqual(35);
  });

  it('keeps the last turn when an answer teaches nothing new', () => {
    const first = converse(k, 'keynotes day 1', null);
    expect(converse(k, 'thanks', first.turn).turn).toEqual(first.turn);
    expect(converse(k, 'what is blockchain', first.turn).turn).toEqual(first.turn);
  });

  it('asks for the next page when the last answer had more', () => {
    const first = converse(k, 'agenda', null, { more: () => true });
    const next = converse(k, 'more', first.turn);
    expect(next.page).toBe(1);
    expect(next.answer.readAs).toBe('agenda');
  });

  it('says there is no next page after the last page of a list, and keeps the list as the turn', () => {
    const first = converse(k, 'keynotes day 2', null);
    expect(first.turn?.more).toBe(false);
    const next = converse(k, 'more', first.turn);
    expect(next.answer.title).toBe('No next page');
    expect(renderText(next.answer)).toContain('that was all of "keynotes day 2"');
    expect(next.answer.suggestions[0]).toEqual({ label: 'KubeCon Opening Keynote - Project Update', query: 'session KubeCon Opening Keynote - Project Update' });
    expect(next.turn).toBe(first.turn);
    // Asked again, it still does not open a session.
    expect(converse(k, 'more', next.turn).answer.title).toBe('No next page');
  });

  it('after the last page of a session in full, says so and offers no session again', () => {
    const first = converse(k, 'session game of thrones', null);
    const next = converse(k, 'more', first.turn);
    expect(next.answer.title).toBe('No next page');
    expect(next.answer.suggestions).toEqual([]);
  });

  it('answers through an answer cache, keyed on the question a follow-up stands for, as asked in full', () => {
    const answers = new LRUCache<string, Answer>({ max: 100 });
    const first = converse(k, 'keynotes day 1', null, { answers });
    const fresh = converse(k, 'and on day 2?', first.turn, { answers });
    expect([first.cached, fresh.cached]).toEqual([false, false]);
    expect(answers.get('keynotes day 2')).toEqual(ask(k, 'keynotes day 2'));
    const served = converse(k, 'and on day 2?', first.turn, { answers });
    expect(served.cached).toBe(true);
    expect(served).toEqual({ ...fresh, cached: true });
  });

  it('keeps no answer the engine failed on', () => {
    const answers = new LRUCache<string, Answer>({ max: 100 });
    // A knowledge that breaks as the question is read: the engine's polite error answer.
    const broken = new Proxy(k, {
      get: (target, p, receiver) => {
        if (p === 'vocabulary') throw new Error('broken knowledge');
        return Reflect.get(target, p, receiver) as unknown;
      },
    });
    const errors: unknown[] = [];
    const reply = converse(broken, 'what is ark', null, { answers, onError: (e) => errors.push(e) });
    expect(reply.answer.intent).toBe('error');
    expect(errors).toHaveLength(1);
    expect(answers.size).toBe(0);
  });
});

describe('a follow-up about the session just shown', () => {
  it('is answered from its own words and that session, as the question in full is', () => {
    const first = converse(k, 'what is cri-o', null);
    for (const say of ['when was it?', 'who gave it', 'when was that talk?', 'who presented it']) {
      const reply = converse(k, say, first.turn);
      expect(reply.answer.readAs, say).toMatch(/"CRI-O: All the Runtime/);
      expect(reply.answer, say).toEqual({ ...ask(k, reply.answer.readAs!), readAs: reply.answer.readAs });
    }
  });
});
