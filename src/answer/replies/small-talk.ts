import type { Knowledge } from '../../search/knowledge.js';
import type { Answer } from '../answer.js';
import { starters } from './common.js';

const GREETING = /^(?:hi|hello|hey|hiya|howdy|yo|hallo|good (?:morning|afternoon|evening))(?: there| all| everyone| folks| team| bot| kubecon(?:-bot)?)?[\s!.,]*$/i;
const THANKS = /^(?:thanks?(?: you)?|thank ?u|thx|ty|cheers)(?: (?:a lot|so much|very much|again|bot|kubecon))?[\s!.,]*(?::\S+:)?$/i;
const ACK = /^(?:great|awesome|cool|nice|perfect|ok(?:ay)?|got it|good bot)[\s!.,]*(?::\S+:)?$/i;
const LEADING_GREETING = /^(?:hi|hello|hey|hiya|howdy|yo)(?: there| all| everyone| folks| team)?[\s!,.:]+(?=\S)/i;

/**
 * The question after a greeting: "hi, what is Ark?" asks what Ark is.
 *
 * @example
 * withoutGreeting('hey, what is Ark?'); // 'what is Ark?'
 */
export function withoutGreeting(text: string): string {
  return text.replace(LEADING_GREETING, '');
}

/**
 * A greeting or a thank-you gets a friendly reply, not "not in the report": people talk to bots.
 * `null` for anything else.
 *
 * @example
 * smallTalk(knowledge, 'hi!')?.title; // 'Hi! Ask me about KubeCon 2017 Austin'
 * smallTalk(knowledge, 'thanks')?.title; // "You're welcome!"
 */
export function smallTalk(k: Knowledge, text: string): Answer | null {
  if (GREETING.test(text)) {
    return chat(
      'hello',
      `Hi! Ask me about ${k.conference.name}`,
      `I answer from one attendee's written report: ${k.sessions.length} keynotes and talks over ${k.conference.days.length} days. Ask in plain words ("who talked about security?") or try a command; "help" lists them all.`,
      [{ label: 'Summary', query: 'summary' }, ...starters(k)],
    );
  }
  if (THANKS.test(text)) return chat('thanks', "You're welcome!", `Ask me anything else about ${k.conference.name}.`, starters(k));
  if (ACK.test(text)) return chat('thanks', 'Anything else?', `Ask me anything else about ${k.conference.name}.`, starters(k));
  return null;
}

/** A small-talk reply: the bot's own words, nothing quoted, nothing to rate or share. */
function chat(intent: string, title: string, text: string, suggestions: Answer['suggestions']): Answer {
  return { intent, title, parts: [{ type: 'text', text }], sources: [], suggestions, matched: true, chat: true };
}
