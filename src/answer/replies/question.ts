import { on } from '../../ablation.js';
import type { Knowledge, SessionEntry } from '../../search/knowledge.js';
import type { Query } from '../../understand/query.js';
import type { Answer } from '../answer.js';
import { listSessions } from './agenda.js';
import { passageAnswer, sessionList } from './evidence.js';
import { retrievedAnswer } from './retrieved.js';
import type { Section } from '../../conference/model.js';
import { tokenize } from '../../text/normalize.js';
import { relatedInReport, topicWords } from '../../search/lookup.js';
import { stem } from '../../search/stem.js';
import { declineNaming, notCovered, sessionsAnswer } from './common.js';
import { orgsAnswer, speakersAnswer } from './people.js';
import { whenAnswer } from './sessions.js';
import { sessionDetail } from './session-detail.js';
import { defineAnswer, topicAnswer } from './terms.js';
import { thingsAnswer } from './things.js';

/** The sections of a day whose headings hold all of some words ("evening" → Evening Keynotes). */
function sectionsNamed(k: Knowledge, day: number, words: readonly string[]): Section[] {
  if (words.length === 0) return [];
  const sections = k.conference.days.find((d) => d.number === day)?.sections ?? [];
  return sections.filter((s) => s.sessions.length > 0 && words.every((w) => tokenize(s.heading).includes(w)));
}

/** A plural noun as typed: "problems", "runtimes" (not "access", not "is"). */
function plural(word: string): boolean {
  return word.length > 3 && /[^su]s$/.test(word) && topicWords(word).length > 0;
}

/**
 * Whether the report names nothing of the kind a "what/which" question asks for ("which airline
 * did he fly"): not the word, nor anything WordNet holds to be one of them (for "which OS", its
 * Linux is one), nor a stretch of time its days answer ("which night"). Decided only for a word the
 * lexicon relates to the report's (an English word it knows; any other is an unknown word, declined
 * or suggested for elsewhere), and only with a lexicon that lists the report's kinds. Not for a
 * question that wants a time, number, price or person: those say what they want in their own words.
 * Nor of a speaker, company or session the question names: asked of them ("which amazon exec gave
 * the aws keynote"), their own lines answer in the report's words (Adrian Cockcroft, VP).
 */
function namesNoneAsked(k: Knowledge, q: Query): boolean {
  const kinds = k.lexicon.kinds;
  const e = q.entities;
  if (q.asks === null || kinds === null || ['time', 'number', 'price', 'person'].includes(q.wants)) return false;
  if (e.speakers.length > 0 || e.orgs.length > 0 || e.sessions.length > 0) return false;
  const asked = stem(q.asks);
  if (k.documentFrequency.has(asked) || k.aboutWords.has(asked) || kinds.has(asked) || k.lexicon.times.has(asked)) return false;
  // A compound WordNet lacks names one as its head: the report's "smartphone" is a phone.
  if (endsSomeWord(k, asked)) return false;
  return relatedInReport(k, asked).length > 0;
}

/**
 * The session a question asks for by its place ("the first keynote on day 2", "who kicked off the
 * conference"): the first or last, in the report's order, of the sessions it names when it names
 * several ("the very first opening keynote"), else of all, narrowed to its day and kind of session.
 */
function sessionAt(k: Knowledge, q: Query): SessionEntry | undefined {
  const e = q.entities;
  const pool = (e.sessions.length > 1 ? e.sessions : k.sessions).filter((s) => (e.day === null || s.day.number === e.day) && (q.sessionKind === null || s.session.kind === q.sessionKind));
  return q.place === 'first' ? pool[0] : pool[pool.length - 1];
}

/** Whether a word of the report ends in a stem as a compound's head does ("smartphone", "phone"). */
function endsSomeWord(k: Knowledge, asked: string): boolean {
  for (const word of k.vocabulary) if (word.length > asked.length + 2 && word.endsWith(asked)) return true;
  return false;
}

/** The report's passages as evidence.ts's rules choose them, or, with those switched off, as the fitted scorer does. */
const passageOrScored = (k: Knowledge, q: Query, intent: string): Answer => (on('passage-rules') ? passageAnswer(k, q, intent) : retrievedAnswer(k, q, intent));

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
  if (on('exit-place') && q.place !== null && q.wants !== 'list') {
    const placed = sessionAt(k, q);
    if (placed) return sessionsAnswer(intent, `The ${q.place} ${q.sessionKind ?? 'session'}${q.entities.day === null ? '' : ` of Day #${q.entities.day}`} in the report`, [placed]);
  }
  if (on('exit-names-none-asked') && namesNoneAsked(k, q)) {
    // "what license is rook under": it does cover Rook, and names no license.
    const declined = notCovered(k, intent, q.text, `The report doesn't name any ${q.asks}.`);
    return termNames.length === 1 ? declineNaming(declined, termNames[0]!) : declined;
  }
  if (q.wants === 'list') {
    if (onlyNames && e.orgs.length > 0 && e.terms.length === 0) return orgsAnswer(e.orgs, { day: e.day, kind: q.sessionKind });
    if (e.day !== null) {
      // "day 1 evening keynotes": the words left name sections of that day.
      const sections = sectionsNamed(k, e.day, q.focus);
      // "which talks did the author go to on day 2": words that name nothing leave the day's list.
      if (onlyNames || (q.listOf === 'sessions' && topicWords(q.focus.join(' ')).length === 0)) return listSessions(k, q.sessionKind ?? 'all', e.day);
      if (sections.length > 0)
        return sessionList(
          sections.flatMap((s) => k.sessions.filter((x) => x.section === s)),
          intent,
        );
    }
    if (onlyNames && e.speakers.length > 0 && e.terms.length === 0) return speakersAnswer(e.speakers);
    const named = e.speakers.length > 0 || e.orgs.length > 0 || e.sessions.length > 0;
    // "storage projects mentioned?", "github deploy tooling list": the things, each with its line.
    if (q.listOf === 'things') {
      const things = thingsAnswer(k, q, intent);
      if (things) return things;
    }
    // "github deploy tooling list", "observability projects from the cncf update": the things
    // said in a session are listed in its passages, not by other sessions.
    if (named || q.listOf === 'things') {
      const answer = passageOrScored(k, q, intent);
      if (answer.matched || named) return answer;
    }
    const topic = [...termNames, ...q.focus].join(' ');
    if (topic !== '') {
      const answer = topicAnswer(k, topic);
      if (answer.matched) return answer;
    }
  }
  const noPeople = e.speakers.length === 0 && e.orgs.length === 0;
  // "where did rook come up in talks", "were there sessions on envoy": the sessions a project
  // came up in, when the rest of the words ask for nothing more particular.
  if (
    on('exit-sessions-of-term') &&
    q.listOf === 'sessions' &&
    termNames.length > 0 &&
    noPeople &&
    e.sessions.length === 0 &&
    e.day === null &&
    ['any', 'place', 'yesno'].includes(q.wants) &&
    topicWords(q.focus.join(' ')).length === 0
  ) {
    const answer = topicAnswer(k, termNames.join(' '));
    if (answer.matched) return answer;
  }
  // "what problems did hbo hit", "container runtimes that came up": a plural thing asked for is a
  // list of the things the report names for it, when it names at least two.
  if (on('exit-plural-things') && q.wants === 'any' && q.listOf === 'things' && q.focus.some(plural)) {
    const things = thingsAnswer(k, q, intent);
    if (things) return things;
  }
  // "brendan burns takeaways", "hbos main advice": a name, but a kind of answer its sessions' passages give.
  if (['advice', 'opinion', 'number', 'price', 'reason', 'place'].includes(q.wants)) {
    const answer = passageOrScored(k, q, intent);
    // "where does she work": about a speaker, and who they are answers it better than nothing.
    if (!answer.matched && q.wants === 'place' && e.speakers.length > 0 && e.terms.length === 0) return speakersAnswer(e.speakers);
    return answer;
  }
  if (onlyNames && e.terms.length === 1 && noPeople && ['definition', 'any', 'yesno', 'list'].includes(q.wants)) return defineAnswer(k, termNames[0]!);
  // A session named by its title is more particular than the company or project in it.
  // Who gave it or when it was: the session's own line says both, whatever else the question says.
  if (e.sessions.length === 1 && (q.wants === 'time' || q.wants === 'person')) return whenAnswer(k, e.sessions[0]!.session.title);
  if (onlyNames && e.speakers.length > 0 && e.orgs.length === 0 && e.terms.length === 0) {
    const names = e.speakers.map((s) => s.speaker.name);
    return q.wants === 'time' ? whenAnswer(k, names[0]!) : speakersAnswer(e.speakers);
  }
  if (onlyNames && e.orgs.length > 0 && e.terms.length === 0 && e.speakers.length === 0) return orgsAnswer(e.orgs, { day: e.day, kind: q.sessionKind });
  if (onlyNames && e.sessions.length === 1 && e.terms.length === 0 && noPeople) return sessionDetail(k, e.sessions[0]!);
  const answer = passageOrScored(k, q, intent);
  // "Ticketmaster helm CD talk presenters??": who is asked of a company, and its people's sessions
  // say who, when no passage of theirs holds the rest of the question's words.
  // A word the report never uses is held to the passages ("who talked about quantum
  // entanglement": Quantum the company gave no talk on it).
  const reportWords = (): boolean => topicWords(q.focus.join(' ')).every((w) => k.documentFrequency.has(w));
  if (on('exit-company-people') && !answer.matched && q.wants === 'person' && e.orgs.length > 0 && e.speakers.length === 0 && reportWords())
    return orgsAnswer(e.orgs, { day: e.day, kind: q.sessionKind });
  return answer;
}
