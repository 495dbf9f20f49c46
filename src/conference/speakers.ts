import { isAscii } from '../text/normalize.js';
import type { Level, Speaker } from './model.js';

/** A name as printed in a session heading: two to four capitalised words. */
const NAME = /^\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){1,3}$/u;
/** `NAME` as it reads ASCII text (a capital is `[A-Z]`, `’` cannot occur): compiled at a fraction of the cost. */
const ASCII_NAME = /^[A-Z][A-Za-z'.-]*(?: [A-Z][A-Za-z'.-]*){1,3}$/;
const isName = (text: string): boolean => (isAscii(text) ? ASCII_NAME : NAME).test(text);
const LEVELS: Record<string, Level> = { B: 'beginner', I: 'intermediate', A: 'advanced' };

/** What a session heading line says: `Title [B|I|A] - Name[ & Name], [Role, ]Org`. */
export interface SessionHeading {
  title: string;
  level: Level | null;
  speakers: Speaker[];
}

/**
 * Parses the speaker part of a heading: names first, organisation last, the role between
 * (a role may itself hold commas, as in `VP, Software Services Group & GM, …, Intel Corporation`).
 *
 * @example
 * parseSpeakers('Chen Goldberg & Anthony Yeh, Google');
 * // [{ name: 'Chen Goldberg', role: null, org: 'Google' }, { name: 'Anthony Yeh', role: null, org: 'Google' }]
 */
export function parseSpeakers(text: string): Speaker[] | null {
  const parts = text.split(', ').map((p) => p.trim());
  if (parts.length < 2) return null;
  const names = parts[0]!.split(/ & | and /);
  if (!names.every(isName)) return null;
  const org = parts[parts.length - 1]!;
  const role = parts.length > 2 ? parts.slice(1, -1).join(', ') : null;
  if (org.length === 0 || org.length > 60) return null;
  return names.map((name) => ({ name, role, org }));
}

/**
 * Reads a session heading, or returns `null` when the line is report text. The title may hold
 * ` - ` itself (`KubeCon Opening Keynote - Project Update - Kelsey Hightower, …`), so the split is
 * at the last ` - ` whose right side reads as speakers.
 *
 * @example
 * parseSessionHeading('Extending Kubernetes 101 A - Travis Nielsen, Quantum Corp');
 * // { title: 'Extending Kubernetes 101', level: 'advanced', speakers: [{ name: 'Travis Nielsen', role: null, org: 'Quantum Corp' }] }
 */
export function parseSessionHeading(line: string): SessionHeading | null {
  const text = line.trim();
  if (text.length > 300 || /[.!?]$/.test(text)) return null;
  let at = text.lastIndexOf(' - ');
  while (at > 0) {
    const speakers = parseSpeakers(text.slice(at + 3));
    if (speakers) {
      let title = text.slice(0, at).trim();
      let level: Level | null = null;
      const lv = / ([BIA])$/.exec(title);
      if (lv) {
        level = LEVELS[lv[1]!]!;
        title = title.slice(0, -2).trim();
      }
      return title.length >= 3 ? { title, level, speakers } : null;
    }
    at = text.lastIndexOf(' - ', at - 1);
  }
  return null;
}
