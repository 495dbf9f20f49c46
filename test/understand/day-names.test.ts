import { describe, expect, it } from 'vitest';
import { entitiesForDay, findEntities, type Entities } from '../../src/understand/entities.js';
import { austin } from '../helpers/knowledge.js';

const k = austin();
const names = (e: Entities) => ({ terms: e.terms, speakers: e.speakers, orgs: e.orgs, sessions: e.sessions, day: e.day });

describe('names carried to a question that differs only in its day', () => {
  it.each([
    ['keynotes day 1', 'keynotes day 2'],
    ['talks about helm day 2', 'talks about helm day 3'],
    ['what did kelsey hightower say', 'what did kelsey hightower say on friday'],
    ['who from red hat spoke on day 1', 'who from red hat spoke on the second day'],
    ['keynotes', 'keynotes on day 9'],
  ])('%s → %s: the same names as searching it afresh', (before, after) => {
    expect(names(entitiesForDay(k, findEntities(k, before), after))).toEqual(names(findEntities(k, after)));
  });
});

describe('the last day', () => {
  // Before: "final day" was no day, and "last day" was Austin's third, whatever the conference.
  it("is the conference's last, however it is called", () => {
    for (const q of ['keynotes on the final day', 'keynotes last day', 'talks on the closing day']) expect(findEntities(k, q).day, q).toBe(3);
  });
});
