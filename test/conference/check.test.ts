import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { conferenceIssues } from '../../src/conference/check.js';
import { type Conference, ConferenceSchema } from '../../src/conference/model.js';
import { parseReport, ReportParseError } from '../../src/conference/parse.js';

// parseReport checks ConferenceSchema's rules by hand (start-up); these keep the two in step.
const austin = parseReport(readFileSync(new URL('../../data/kubecon-2017-austin/report.txt', import.meta.url), 'utf8'), 'kubecon-2017-austin');
const fixture = parseReport(readFileSync(new URL('../fixtures/data/fluxcon-2019-berlin/report.txt', import.meta.url), 'utf8'), 'fluxcon-2019-berlin');

type Break = (c: Conference) => void;
const session = (c: Conference) => c.days[1]!.sections.find((s) => s.sessions.length > 0)!.sessions[0]!;
const BREAKS: Array<[string, Break]> = [
  [
    'conference id',
    (c) => {
      c.id = 'KubeCon 2017';
    },
  ],
  [
    'empty name',
    (c) => {
      c.name = '';
    },
  ],
  [
    'no days',
    (c) => {
      c.days = [];
    },
  ],
  [
    'day number',
    (c) => {
      c.days[0]!.number = -1;
    },
  ],
  [
    'weekday',
    (c) => {
      c.days[0]!.weekday = 'someday' as never;
    },
  ],
  [
    'section id',
    (c) => {
      c.days[0]!.sections[0]!.id = 'travel';
    },
  ],
  [
    'section kind',
    (c) => {
      c.days[0]!.sections[0]!.kind = 'picnic' as never;
    },
  ],
  [
    'section part',
    (c) => {
      c.days[0]!.sections[0]!.part = 'noon' as never;
    },
  ],
  [
    'empty heading',
    (c) => {
      c.days[0]!.sections[0]!.heading = '';
    },
  ],
  [
    'passage id',
    (c) => {
      c.preamble[0]!.id = 'x1';
    },
  ],
  [
    'empty passage',
    (c) => {
      c.days[0]!.sections[0]!.passages[0]!.text = '';
    },
  ],
  [
    'passage line',
    (c) => {
      c.preamble[0]!.line = 0;
    },
  ],
  [
    'fractional line',
    (c) => {
      c.preamble[0]!.line = 1.5;
    },
  ],
  [
    'aside',
    (c) => {
      c.preamble[0]!.aside = 'yes' as never;
    },
  ],
  [
    'session id',
    (c) => {
      session(c).id = 'Game of Thrones';
    },
  ],
  [
    'short title',
    (c) => {
      session(c).title = 'Go';
    },
  ],
  [
    'session kind',
    (c) => {
      session(c).kind = 'panel' as never;
    },
  ],
  [
    'level',
    (c) => {
      session(c).level = 'expert' as never;
    },
  ],
  [
    'no speakers',
    (c) => {
      session(c).speakers = [];
    },
  ],
  [
    'short speaker name',
    (c) => {
      session(c).speakers[0]!.name = 'Al';
    },
  ],
  [
    'empty role',
    (c) => {
      session(c).speakers[0]!.role = '';
    },
  ],
  [
    'empty org',
    (c) => {
      session(c).speakers[0]!.org = '';
    },
  ],
  [
    'session line',
    (c) => {
      session(c).line = -3;
    },
  ],
];

describe('conferenceIssues', () => {
  it('passes what ConferenceSchema passes: both reports', () => {
    for (const c of [austin, fixture]) {
      expect(conferenceIssues(c)).toEqual([]);
      expect(ConferenceSchema.safeParse(c).success).toBe(true);
      // The schema's output is the parser's own, nothing stripped or changed.
      expect(ConferenceSchema.parse(c)).toEqual(c);
    }
  });

  it.each(BREAKS)('rejects what ConferenceSchema rejects: %s', (_, breakIt) => {
    const broken = structuredClone(austin);
    breakIt(broken);
    expect(ConferenceSchema.safeParse(broken).success).toBe(false);
    expect(conferenceIssues(broken).length).toBeGreaterThan(0);
  });

  it('names where and what, and parseReport throws it coded', () => {
    const broken = structuredClone(austin);
    session(broken).speakers[0]!.role = '';
    expect(conferenceIssues(broken)).toEqual(['days.1.sections.2.sessions.0.speakers.0.role: is empty']);
    expect(() => parseReport('Conf\nDay #1\nTalks\nA Talk - Jane Doe, , Acme Inc\nText.', 'x')).toThrowError(ReportParseError);
    expect(() => parseReport('Conf\nDay #1\nTalks\nA Talk - Jane Doe, , Acme Inc\nText.', 'x')).toThrowError(/speakers\.0\.role: is empty/);
  });
});
