import type { Conference, Weekday } from '../conference/model.js';
import { fold } from '../text/normalize.js';

/** A day as a user named it: by number, or by weekday (which the report must tie to a number). */
export type DayRef = { number: number } | { weekday: Weekday } | { last: true };

const WORDS: Record<string, number> = {
  zero: 0,
  zeroth: 0,
  one: 1,
  first: 1,
  '1st': 1,
  two: 2,
  second: 2,
  '2nd': 2,
  three: 3,
  third: 3,
  '3rd': 3,
  four: 4,
  fourth: 4,
  '4th': 4,
  five: 5,
  fifth: 5,
  '5th': 5,
};
const WEEKDAYS: readonly Weekday[] = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

/**
 * A day named in words inside a longer text, as `readDay` reads it ("the last day", "day two",
 * "friday"): one pattern source for every place that looks for a day in a question.
 */
export const NAMED_DAY = '(?:first|second|third|last|final|closing) day|day (?:one|two|three|zero)|(?:mon|tues|wednes|thurs|fri|satur|sun)day';

/**
 * Reads a day as people write it: `day1`, `day 1`, `Day #1`, `#1`, `d1`, `1`, `day one`,
 * `first day`, `the 1st day`, `the last day`, `friday`, `fri`. Returns `null` when the text is not a day at all.
 *
 * @example
 * readDay('first day'); // { number: 1 }
 * readDay('Friday');    // { weekday: 'friday' }
 */
export function readDay(text: string): DayRef | null {
  const t = fold(text)
    .replace(/[?!.,]+$/g, '')
    .replace(/^(on|at|for|of|from|during)\s+/, '')
    .replace(/^the\s+/, '')
    .trim();
  let m = /^(?:day\s*#?\s*|d\s*|#\s*)?(\d{1,2})$/.exec(t);
  if (m) return { number: Number(m[1]) };
  m = /^day\s*#?\s*([a-z0-9]+)$/.exec(t) ?? /^([a-z0-9]+)\s+day$/.exec(t);
  // Own keys only: "day constructor" is no day (`in` would find Object's prototype).
  if (m && Object.hasOwn(WORDS, m[1]!)) return { number: WORDS[m[1]!]! };
  if (/^travel(ing|ling)? day$/.test(t)) return { number: 0 };
  if (/^(?:last|final|closing) day$/.test(t)) return { last: true };
  const weekday = WEEKDAYS.find((w) => t === w || t === w.slice(0, 3) || t === `${w}s`);
  return weekday ? { weekday } : null;
}

/**
 * The day number a reference means in this conference, or `null` when the report has no such day.
 *
 * @example
 * resolveDay({ weekday: 'friday' }, conference); // 3
 */
export function resolveDay(ref: DayRef, conference: Conference): number | null {
  if ('last' in ref) return conference.days.reduce<number | null>((last, d) => (last === null || d.number > last ? d.number : last), null);
  const day = 'number' in ref ? conference.days.find((d) => d.number === ref.number) : conference.days.find((d) => d.weekday === ref.weekday);
  return day?.number ?? null;
}
