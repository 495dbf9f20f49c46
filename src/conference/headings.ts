import type { SectionKind } from './model.js';

/** A heading line recognised as the start of a section. */
export interface HeadingMatch {
  kind: SectionKind;
  part: 'morning' | 'evening' | null;
}

/**
 * The report's section headings, in the order they are tried. Reports from the same blog share
 * this vocabulary, so a second conference needs a new data folder, not new patterns.
 * "Recordings" comes before "keynotes" because its heading names keynotes too.
 */
const SECTION_WORDS: ReadonlyArray<readonly [RegExp, SectionKind]> = [
  [/\b(recordings?|playlist|videos?)\b/i, 'recordings'],
  [/\bkeynotes?\b/i, 'keynotes'],
  [/\b(talks|sessions|breakouts?)\b/i, 'talks'],
  [/\bbooths?\b/i, 'booth'],
  [/\bparty\b/i, 'party'],
  [/\b(lunch|breakfast|dinner)\b/i, 'lunch'],
  [/\bawards?\b/i, 'awards'],
  [/\b(jobs?|wall)\b/i, 'jobs'],
  [/^(summary|conclusion|wrap[- ]up)$/i, 'summary'],
];

/** `Day #1`, `Day 2`: returns the number, or `null` for any other line. */
export function dayHeading(line: string): number | null {
  const m = /^Day\s*#?\s*(\d{1,2})$/i.exec(line.trim());
  return m ? Number(m[1]) : null;
}

/**
 * Classifies a line as a section heading, or returns `null` for report text.
 * Headings are short, have no sentence punctuation at the end and name a known kind of section.
 *
 * @example
 * sectionHeading('Evening Keynotes'); // { kind: 'keynotes', part: 'evening' }
 * sectionHeading('Talks are fun.');   // null
 */
export function sectionHeading(line: string): HeadingMatch | null {
  const text = line.trim();
  if (text.length === 0 || text.length > 80) return null;
  if (/[.!?,;:]$/.test(text) || text.startsWith('- ') || text.includes(' - ')) return null;
  for (const [pattern, kind] of SECTION_WORDS) {
    if (pattern.test(text)) {
      const part = kind !== 'keynotes' ? null : /\bevening|afternoon\b/i.test(text) ? 'evening' : /\bmorning\b/i.test(text) ? 'morning' : null;
      return { kind, part };
    }
  }
  return null;
}
