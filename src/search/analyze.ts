import { STOP_WORDS, tokenize } from '../text/normalize.js';
import { stem } from './stem.js';

export { stem };

/** Words questions use for what the report says otherwise ("attended" → "people at"). */
const SYNONYMS: Readonly<Record<string, string>> = {
  attended: 'people', attendees: 'people', attendee: 'people', attendance: 'people', visitors: 'people', participants: 'people',
  sponsored: 'thank', sponsor: 'thank', sponsors: 'thank', thanks: 'thank',
  food: 'lunch', eat: 'lunch', ate: 'lunch',
  flight: 'flew', fly: 'flew', flying: 'flew', trip: 'flew', journey: 'flew',
  video: 'recording', videos: 'recording', recorded: 'recording', youtube: 'recording',
  weather: 'snow', cold: 'snow',
  afterparty: 'party', parties: 'party',
};

/**
 * The analyzer behind every index: folded tokens, stop words out, stemmed.
 *
 * @example
 * analyze('Who talked about the Containers?'); // ['contain']
 */
export function analyze(text: string): string[] {
  return tokenize(text)
    .filter((t) => !STOP_WORDS.has(t))
    .map((t) => stem(SYNONYMS[t] ?? t));
}
