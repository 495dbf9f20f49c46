import { describe, expect, it } from 'vitest';
import { normalizeInput } from '../../src/understand/clean.js';
import { findEntities } from '../../src/understand/entities.js';
import { readFollowUp, type Turn } from '../../src/understand/followup.js';
import { readInformal } from '../../src/understand/informal.js';
import { austin } from '../helpers/knowledge.js';

const k = austin();
const turn = (question: string, intent: string): Turn => ({ question, intent, sessions: [], speakers: [], page: 0, more: false });

describe('readFollowUp', () => {
  it('hands on the names of the question a topic follow-up stands for, found in the text the engine reads', () => {
    for (const [last, intent, say, question] of [
      ['what is Ark?', 'define', 'what about Rook?', 'what is Rook'],
      ['who talked about helm', 'topic', 'and vault?', 'who talked about vault'],
      ['org heptio', 'org', 'and google?', 'org google'],
      ['who is kelsey hightower', 'speaker', 'how about brendan burns?', 'who is brendan burns'],
    ] as const) {
      const follow = readFollowUp(k, say, turn(last, intent));
      expect(follow?.question).toBe(question);
      // The very text `understand` reads for that question, so the names are used, not searched again.
      const text = readInformal(normalizeInput(question));
      expect(follow?.known?.text).toBe(text);
      expect(follow?.known?.entities).toEqual(findEntities(k, text));
    }
  });

  it('reads a topic follow-up only when what it adds names something (the leads it puts first name nothing)', () => {
    for (const lead of ['what is', 'what are', 'who is', 'who talked about', 'who spoke about', 'when was', 'topic', 'define', 'speaker', 'org', 'session', 'talks by', 'talks about']) {
      const e = findEntities(k, lead);
      expect(e.terms.length + e.speakers.length + e.orgs.length + e.sessions.length, lead).toBe(0);
    }
    expect(readFollowUp(k, 'and then?', turn('what is Ark?', 'define'))).toBeNull();
  });

  it('reads a follow-up of words that name nothing by its pronoun', () => {
    const last: Turn = { ...turn('when was the vault talk', 'when'), sessions: ['Vault and Secret Management in Kubernetes'] };
    expect(readFollowUp(k, 'who gave it?', last)).toEqual({
      question: 'who gave "Vault and Secret Management in Kubernetes"',
      page: 0,
      about: { session: 'Vault and Secret Management in Kubernetes', asked: 'who gave it?', pronoun: 'it' },
    });
  });

  it('searches a speaker follow-up once, in the question it stands for, and hands the names on', () => {
    const last: Turn = { ...turn('who is kelsey hightower', 'speaker'), sessions: ['KubeCon Opening Keynote - Project Update'], speakers: ['Kelsey Hightower'] };
    const follow = readFollowUp(k, 'what else did he say?', last);
    expect(follow?.question).toBe('what did Kelsey Hightower talk about');
    const text = readInformal(normalizeInput('what did Kelsey Hightower talk about'));
    expect(follow?.known).toEqual({ text, entities: findEntities(k, text) });
    // What it names beyond the speaker is its own: it stands on its own.
    expect(readFollowUp(k, 'what did he say about rook?', last)).toBeNull();
  });

  it('hands on the names of a session follow-up that names nothing of its own', () => {
    const last: Turn = { ...turn('session disaster recovery', 'session'), sessions: ['Disaster Recovery for your Kubernetes Clusters'] };
    const follow = readFollowUp(k, 'was it recorded', last);
    expect(follow?.about?.known).toEqual({ text: 'was it recorded', entities: findEntities(k, 'was it recorded') });
    expect(readFollowUp(k, 'was it recorded and what is rook', last)).toBeNull();
  });
});
