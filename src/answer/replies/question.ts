import type { Knowledge } from '../../search/index.js';
import type { Query } from '../../understand/query.js';
import type { Answer } from '../answer.js';
import { listSessions, type Listing } from './agenda.js';
import { passageAnswer } from './evidence.js';
import { orgsAnswer, speakersAnswer } from './people.js';
import { whenAnswer } from './sessions.js';
import { sessionDetail } from './session-detail.js';
import { defineAnswer, topicAnswer } from './terms.js';

/** "keynotes" or "talks" in a list question narrows it to that kind of session. */
function listing(text: string): Listing {
  if (/\bkeynotes?\b/i.test(text)) return 'keynote';
  if (/\b(?:talks?|presentations?)\b/i.test(text)) return 'talk';
  return 'all';
}

/**
 * Answers a question in plain words from what it was understood to ask: a list for a list, a
 * definition for a named project, a speaker or company for their name alone, and otherwise the
 * report's passages within what the question names.
 *
 * @example
 * questionAnswer(knowledge, understand(knowledge, 'who from microsoft spoke')).title; // 'Sessions by Microsoft …'
 */
export function questionAnswer(k: Knowledge, q: Query, intent = 'search'): Answer {
  const e = q.entities;
  const onlyNames = q.focus.length === 0;
  const termNames = e.terms.map((t) => t.matcher.term.name);
  if (q.wants === 'list') {
    if (onlyNames && e.orgs.length > 0 && e.terms.length === 0) return orgsAnswer(e.orgs);
    if (onlyNames && e.day !== null) return listSessions(k, listing(q.text), e.day);
    if (onlyNames && e.speakers.length > 0 && e.terms.length === 0) return speakersAnswer(e.speakers);
    const topic = [...termNames, ...q.focus].join(' ');
    if (topic !== '') {
      const answer = topicAnswer(k, topic);
      if (answer.matched) return answer;
    }
  }
  const noPeople = e.speakers.length === 0 && e.orgs.length === 0;
  // "brendan burns takeaways", "hbos main advice": a name, but a kind of answer its sessions' passages give.
  if (['advice', 'opinion', 'number', 'reason', 'place'].includes(q.wants)) return passageAnswer(k, q, intent);
  if (onlyNames && e.terms.length === 1 && noPeople && ['definition', 'any', 'yesno', 'list'].includes(q.wants)) return defineAnswer(k, termNames[0]!);
  if (onlyNames && e.speakers.length > 0 && e.orgs.length === 0 && e.terms.length === 0) {
    const names = e.speakers.map((s) => s.speaker.name);
    return q.wants === 'time' ? whenAnswer(k, names[0]!) : speakersAnswer(e.speakers);
  }
  if (onlyNames && e.orgs.length > 0 && e.terms.length === 0 && e.speakers.length === 0) return orgsAnswer(e.orgs);
  if (onlyNames && e.sessions.length === 1 && (q.wants === 'time' || q.wants === 'person')) return whenAnswer(k, e.sessions[0]!.session.title);
  if (onlyNames && e.sessions.length === 1 && e.terms.length === 0 && noPeople) return sessionDetail(k, e.sessions[0]!);
  return passageAnswer(k, q, intent);
}
