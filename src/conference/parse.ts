import { conferenceIssues } from './check.js';
import { type Conference, type Day, type Passage, type Section, type Session, type Weekday, WeekdaySchema } from './model.js';
import { dayHeading, sectionHeading } from './headings.js';
import { groupLists, rejoinLines, type NumberedLine } from './rejoin.js';
import { parseSessionHeading } from './speakers.js';
import { slugify } from '../text/normalize.js';

const WEEKDAYS = WeekdaySchema.options;
const ORDINALS = ['zeroth', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth'];
const WEEKDAY_ANCHOR = new RegExp(`\\b(${WEEKDAYS.join('|')})\\b,? the (${ORDINALS.join('|')}) day\\b`, 'i');

/** Error raised when a report cannot be read as a conference; `code` lets callers branch on kind. */
export class ReportParseError extends Error {
  readonly code = 'REPORT_PARSE_ERROR';
  constructor(message: string) {
    super(`kubecon-bot: report: ${message}`);
    this.name = 'ReportParseError';
  }
}

/**
 * Turns a report as published (plain text, quirks and all) into a validated `Conference`.
 * Pure: no I/O, the same text always gives the same structure.
 *
 * @example
 * const conference = parseReport(readFileSync('data/kubecon-2017-austin/report.txt', 'utf8'), 'kubecon-2017-austin');
 * conference.days.map((d) => d.label); // ['Day #0', 'Day #1', 'Day #2', 'Day #3']
 */
export function parseReport(text: string, id: string): Conference {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const nameIndex = lines.findIndex((l) => l.trim() !== '');
  if (nameIndex < 0) throw new ReportParseError('the report is empty');
  const name = lines[nameIndex]!.trim();

  let passageCount = 0;
  const preamble: Passage[] = [];
  const days: Day[] = [];
  let section: Section | null = null;
  let session: Session | null = null;
  let pending: NumberedLine[] = [];
  const sectionIds = new Set<string>();
  const sessionIds = new Set<string>();

  /** Turns buffered text lines into passages of whatever is open: session, section or preamble. */
  const flush = (): void => {
    const blocks = groupLists(rejoinLines(pending));
    pending = [];
    const target = session?.passages ?? section?.passages ?? preamble;
    for (const b of blocks) target.push({ id: `p${++passageCount}`, text: b.text, line: b.line, aside: b.aside });
  };
  const unique = (base: string, taken: Set<string>): string => {
    let id = base;
    for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
    taken.add(id);
    return id;
  };
  const openSection = (day: Day, heading: string, kind: Section['kind'], part: Section['part']): void => {
    flush();
    session = null;
    const slug = slugify(kind === 'keynotes' && part ? `${part}-keynotes` : kind);
    section = { id: unique(`d${day.number}-${slug}`, sectionIds), heading, kind, part, day: day.number, passages: [], sessions: [] };
    day.sections.push(section);
  };

  lines.forEach((raw, index) => {
    const text = raw.trim();
    const line = index + 1;
    if (index === nameIndex) return;
    const dayNumber = dayHeading(text);
    if (dayNumber !== null) {
      flush();
      session = null;
      section = null;
      days.push({ number: dayNumber, label: text, weekday: null, sections: [] });
      return;
    }
    const day = days[days.length - 1];
    if (!day) {
      pending.push({ text, line });
      return;
    }
    const current = section as Section | null;
    if (current && (current.kind === 'keynotes' || current.kind === 'talks')) {
      const heading = parseSessionHeading(text);
      if (heading) {
        flush();
        const next: Session = {
          id: unique(slugify(heading.title), sessionIds),
          title: heading.title,
          kind: current.kind === 'keynotes' ? 'keynote' : 'talk',
          level: heading.level,
          speakers: heading.speakers,
          day: day.number,
          sectionId: current.id,
          line,
          passages: [],
        };
        current.sessions.push(next);
        session = next;
        return;
      }
    }
    const match = sectionHeading(text);
    if (match) {
      openSection(day, text, match.kind, match.part);
      return;
    }
    if (!section && text !== '') {
      // Text before a day's first heading: the journey on the travel day, arrival on the others.
      openSection(day, day.number === 0 ? 'Travel' : 'Arrival', day.number === 0 ? 'travel' : 'intro', null);
    }
    pending.push({ text, line });
  });
  flush();

  if (days.length === 0) throw new ReportParseError('no "Day #N" heading found');
  assignWeekdays(days, text);
  const conference: Conference = { id, name, preamble, days };
  // ConferenceSchema's rules, checked without zod's cold start (check.ts).
  const issues = conferenceIssues(conference);
  if (issues.length > 0) throw new ReportParseError(issues.join('; '));
  return conference;
}

/**
 * Gives each day its weekday when the report ties one day to one ("on friday, the third day");
 * the days are consecutive, so one anchor names them all.
 */
function assignWeekdays(days: Day[], text: string): void {
  const m = WEEKDAY_ANCHOR.exec(text);
  if (!m) return;
  const anchorWeekday = WEEKDAYS.indexOf(m[1]!.toLowerCase() as Weekday);
  const anchorDay = ORDINALS.indexOf(m[2]!.toLowerCase());
  for (const day of days) {
    const offset = (((anchorWeekday + day.number - anchorDay) % 7) + 7) % 7;
    day.weekday = WEEKDAYS[offset]!;
  }
}
