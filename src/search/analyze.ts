import { STOP_WORDS, tokenize } from '../text/normalize.js';

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
 * Reduces a folded token to the form both the index and queries use: a light plural strip, so
 * `containers`/`container` and `policies`/`policy` meet without a full stemmer's surprises.
 *
 * @example
 * stem('policies'); // 'policy'
 */
export function stem(token: string): string {
  if (token in SYNONYMS) return SYNONYMS[token]!;
  let t = token;
  if (t.length > 4 && t.endsWith('ies')) t = t.slice(0, -3) + 'y';
  else if (t.length > 4 && t.endsWith('s') && !/(ss|us|is)$/.test(t)) t = t.slice(0, -1);
  if (t.length > 6 && t.endsWith('ing')) t = t.slice(0, -3);
  else if (t.length > 5 && t.endsWith('ed') && !t.endsWith('eed')) t = t.slice(0, -2);
  else return t;
  // "running" → "runn" → "run", so a question's "run" meets the report's "running".
  return /([b-df-hj-km-np-rtv-z])\1$/.test(t) ? t.slice(0, -1) : t;
}

/**
 * The analyzer behind every index: folded tokens, stop words out, stemmed.
 *
 * @example
 * analyze('Who talked about the Containers?'); // ['container']
 */
export function analyze(text: string): string[] {
  return tokenize(text)
    .filter((t) => !STOP_WORDS.has(t))
    .map(stem);
}
