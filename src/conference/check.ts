import { type Conference, LevelSchema, type Passage, SectionKindSchema, type Session, type Speaker, WeekdaySchema } from './model.js';

/**
 * What in a parsed report breaks `ConferenceSchema` (`model.ts`), as `path: problem` lines; empty
 * when nothing does. The same rules as the schema, checked by hand: the parser's output has the
 * schema's types already, and zod going over its 300 objects (copying each) was a fifth of
 * start-up while its code was cold. A test holds the two to the same verdicts.
 *
 * @example
 * conferenceIssues({ id: 'X', name: 'Conf', preamble: [], days: [] }); // ['id: "X" is not lower-case letters, digits and dashes', 'days: no day']
 */
export function conferenceIssues(conference: Conference): string[] {
  const issues: string[] = [];
  const fail = (path: string, problem: string): void => {
    if (issues.length < 20) issues.push(`${path}: ${problem}`);
  };
  const text = (path: string, value: unknown, min: number): void => {
    if (typeof value !== 'string') fail(path, 'expected a string');
    else if (value.length < min) fail(path, min === 1 ? 'is empty' : `"${value}" is shorter than ${min} characters`);
  };
  const pattern = (path: string, value: unknown, re: RegExp, what: string): void => {
    if (typeof value !== 'string' || !re.test(value)) fail(path, `"${String(value)}" is not ${what}`);
  };
  const count = (path: string, value: unknown, min: number): void => {
    if (!Number.isInteger(value) || (value as number) < min) fail(path, `${String(value)} is not a whole number from ${min}`);
  };
  const oneOf = (path: string, value: unknown, options: readonly unknown[], nullable: boolean): void => {
    if (!(options.includes(value) || (nullable && value === null))) fail(path, `${JSON.stringify(value)} is not one of ${options.join(', ')}${nullable ? ' or null' : ''}`);
  };
  const list = <T>(path: string, value: readonly T[], min: number, each: (item: T, path: string) => void): void => {
    if (!Array.isArray(value)) {
      fail(path, 'expected a list');
      return;
    }
    if (value.length < min) fail(path, 'is empty');
    value.forEach((item, i) => {
      each(item, `${path}.${i}`);
    });
  };
  const passage = (p: Passage, path: string): void => {
    pattern(`${path}.id`, p.id, /^p\d+$/, 'p and a number');
    text(`${path}.text`, p.text, 1);
    count(`${path}.line`, p.line, 1);
    if (typeof p.aside !== 'boolean') fail(`${path}.aside`, 'expected true or false');
  };
  const speaker = (s: Speaker, path: string): void => {
    text(`${path}.name`, s.name, 3);
    if (s.role !== null) text(`${path}.role`, s.role, 1);
    text(`${path}.org`, s.org, 1);
  };
  const session = (s: Session, path: string): void => {
    pattern(`${path}.id`, s.id, /^[a-z0-9-]+$/, 'lower-case letters, digits and dashes');
    text(`${path}.title`, s.title, 3);
    oneOf(`${path}.kind`, s.kind, ['keynote', 'talk'], false);
    oneOf(`${path}.level`, s.level, LevelSchema.options, true);
    list(`${path}.speakers`, s.speakers, 1, speaker);
    count(`${path}.day`, s.day, 0);
    if (typeof s.sectionId !== 'string') fail(`${path}.sectionId`, 'expected a string');
    count(`${path}.line`, s.line, 1);
    list(`${path}.passages`, s.passages, 0, passage);
  };

  pattern('id', conference.id, /^[a-z0-9-]+$/, 'lower-case letters, digits and dashes');
  text('name', conference.name, 1);
  list('preamble', conference.preamble, 0, passage);
  if (Array.isArray(conference.days) && conference.days.length === 0) fail('days', 'no day');
  else
    list('days', conference.days, 1, (day, path) => {
      count(`${path}.number`, day.number, 0);
      if (typeof day.label !== 'string') fail(`${path}.label`, 'expected a string');
      oneOf(`${path}.weekday`, day.weekday, WeekdaySchema.options, true);
      list(`${path}.sections`, day.sections, 0, (section, at) => {
        pattern(`${at}.id`, section.id, /^d\d+-[a-z0-9-]+$/, 'd, the day, a dash and a slug');
        text(`${at}.heading`, section.heading, 1);
        oneOf(`${at}.kind`, section.kind, SectionKindSchema.options, false);
        oneOf(`${at}.part`, section.part, ['morning', 'evening'], true);
        count(`${at}.day`, section.day, 0);
        list(`${at}.passages`, section.passages, 0, passage);
        list(`${at}.sessions`, section.sessions, 0, session);
      });
    });
  return issues;
}
