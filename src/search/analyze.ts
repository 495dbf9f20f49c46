import { STOP_WORDS, tokenize } from '../text/normalize.js';

/** Words questions use for what the report says otherwise ("attended" → "people at"). */
const SYNONYMS: Readonly<Record<string, string>> = {
  attended: 'people', attendees: 'people', attendee: 'people', attendance: 'people', visitors: 'people', participants: 'people',
  sponsored: 'thank', sponsor: 'thank', sponsors: 'thank', thanks: 'thank',
  food: 'lunch', eat: 'lunch', ate: 'lunch',
  flight: 'flew', fly: 'flew', flying: 'flew',
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
  if (token.length > 6 && token.endsWith('ing')) return token.slice(0, -3);
  if (token.length > 5 && token.endsWith('ed') && !token.endsWith('eed')) return token.slice(0, -2);
  if (token.length > 4 && token.endsWith('ies')) return token.slice(0, -3) + 'y';
  if (token.length > 4 && token.endsWith('s') && !/(ss|us|is)$/.test(token)) return token.slice(0, -1);
  return token;
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
