import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseReport, ReportParseError } from '../../src/conference/parse.js';
import type { Session } from '../../src/conference/model.js';

const text = readFileSync(new URL('../../data/kubecon-2017-austin/report.txt', import.meta.url), 'utf8');
const conference = parseReport(text, 'kubecon-2017-austin');
const sessions: Session[] = conference.days.flatMap((d) => d.sections.flatMap((s) => s.sessions));

type Row = [day: number, kind: 'keynote' | 'talk', level: string | null, title: string, speakers: string];
/** Every session of the report: `name | role | org` per speaker, `;` between speakers. */
const EXPECTED: Row[] = [
  [1, 'keynote', null, 'A Community of Builders: CloudNativeCon Opening Keynote', 'Dan Kohn | Executive Director | Cloud Native Computing Foundation'],
  [1, 'keynote', null, 'CNCF Project Updates', 'Michelle Noorali | Senior Software Engineer | Microsoft Azure'],
  [1, 'keynote', null, 'Accelerating the Digital Transformation', 'Imad Sousou | VP, Software Services Group & GM, OpenSource Technology Center | Intel Corporation'],
  [1, 'keynote', null, 'Cloud Native CD: Spinnaker and the Culture Behind the Tech', 'Dianne Marsh | Director of Engineering | Netflix'],
  [1, 'keynote', null, 'Cloud Native at AWS', 'Adrian Cockcroft | Vice President Cloud Architecture Strategy | Amazon Web Services'],
  [1, 'talk', 'beginner', 'The True Costs of Running Cloud Native Infrastructure', 'Dmytro Dyachuk | - | Pax Automa'],
  [1, 'talk', null, 'CRI-O: All the Runtime Kubernetes Needs, and Nothing More', 'Mrunal Patel | - | Red Hat'],
  [1, 'talk', 'advanced', 'Building a Secure, Multi-Protocol and Multi-Tenant Cluster for Internet-Facing Services', 'Bich Le | - | Platform9'],
  [1, 'keynote', null, 'Service Meshes and Observability', 'Ben Sigelman | - | LightStep'],
  [
    1,
    'keynote',
    null,
    'Kubernetes: This Job is Too Hard: Building New Tools, Patterns and Paradigms to Democratize Distributed System Development',
    'Brendan Burns | Distinguished Engineer | Microsoft',
  ],
  [1, 'keynote', null, 'Can 100 Million Developers Use Kubernetes?', 'Alexis Richardson | CEO | Weaveworks'],
  [2, 'keynote', null, 'KubeCon Opening Keynote - Project Update', 'Kelsey Hightower | Staff Developer Advocate | Google'],
  [2, 'keynote', null, 'Kubernetes Secret Superpower', 'Chen Goldberg | - | Google; Anthony Yeh | - | Google'],
  [2, 'keynote', null, 'Red Hat: Making Containers Boring (again)', 'Clayton Coleman | Architect, Kubernetes and OpenShift | Red Hat'],
  [2, 'keynote', null, 'Pushing the Limits of Kubernetes with Game of Thrones', 'Zihao Yu | - | HBO; Illya Chekrygin | - | HBO'],
  [2, 'keynote', null, 'Progress Toward Zero Trust Kubernetes Networks', 'Spike Curtis | Senior Software Engineer | Tigera'],
  [2, 'keynote', null, 'The Road Ahead on the Kubernetes Journey', 'Craig McLuckie | CEO | Heptio'],
  [2, 'talk', 'advanced', 'Extending Kubernetes 101', 'Travis Nielsen | - | Quantum Corp'],
  [2, 'talk', 'intermediate', 'Building Helm Charts From the Ground Up: An Introduction to Kubernetes', 'Amy Chen | - | Heptio'],
  [2, 'talk', 'intermediate', 'Vault and Secret Management in Kubernetes', 'Armon Dadgar | - | HashiCorp'],
  [3, 'keynote', null, 'Opening Remarks + Keynote: Kubernetes Community', 'Sarah Novotny | Head of Open Source Strategy, Google Cloud Platform | Google'],
  [3, 'keynote', null, 'Kubernetes at GitHub', 'Jesse Newland | Principal Site Reliability Engineer | GitHub'],
  [3, 'keynote', null, 'Manage the App on Kubernetes', 'Brandon Philips | CTO | CoreOS'],
  [3, 'keynote', null, "What's Next? Getting Excited about Kubernetes in 2018", 'Clayton Coleman | Architect, Kubernetes and OpenShift | Red Hat'],
  [3, 'keynote', null, 'What is Kubernetes?', 'Brian Grant | Principal Engineer | Google'],
  [3, 'talk', 'intermediate', 'Disaster Recovery for your Kubernetes Clusters', 'Andy Goldstein | - | Heptio; Steve Kriss | - | Heptio'],
  [3, 'talk', null, 'One Chart to Rule Them All: Continuous Deployment with Helm at Ticketmaster', 'Michael Goodness | - | Ticketmaster; Raphael Deem | - | Ticketmaster'],
  [3, 'talk', 'intermediate', 'Economics of using Local Storage Attached to VMs on Cloud Providers', 'Pavel Snagovsky | - | Quantum'],
];

describe('parseReport on the Austin report', () => {
  it('finds the conference name and the four days, Day #0 to Day #3, with weekdays from "friday, the third day"', () => {
    expect(conference.name).toBe('KubeCon 2017 Austin');
    expect(conference.days.map((d) => [d.label, d.weekday])).toEqual([
      ['Day #0', 'tuesday'],
      ['Day #1', 'wednesday'],
      ['Day #2', 'thursday'],
      ['Day #3', 'friday'],
    ]);
  });

  it('finds all 28 sessions, in report order', () => {
    expect(sessions).toHaveLength(28);
    expect(sessions.map((s) => s.title)).toEqual(EXPECTED.map((r) => r[3]));
  });

  it.each(EXPECTED)('day %i %s (%s): %s — %s', (day, kind, level, title, speakers) => {
    const s = sessions.find((x) => x.title === title)!;
    expect({ day: s.day, kind: s.kind, level: s.level }).toEqual({ day, kind, level });
    expect(s.speakers.map((p) => `${p.name} | ${p.role ?? '-'} | ${p.org}`).join('; ')).toBe(speakers);
    expect(s.passages.length).toBeGreaterThan(0);
  });

  it('gives each day its sections with their kinds', () => {
    const outline = conference.days.map((d) => d.sections.map((s) => `${s.kind}${s.part ? `:${s.part}` : ''}`).join(' '));
    expect(outline).toEqual(['travel recordings', 'intro booth keynotes:morning talks keynotes:evening awards party', 'keynotes:morning talks lunch', 'keynotes:morning talks jobs summary']);
  });

  it('keeps text outside sessions as passages: preamble, booth, lunch, party, summary', () => {
    const all = conference.days.flatMap((d) => d.sections.flatMap((s) => s.passages.map((p) => p.text)));
    expect(conference.preamble.map((p) => p.text).join(' ')).toContain('Rook and Quantum Corporation');
    expect(all.join('\n')).toContain('Thanks for the Tacos to RedHat');
    expect(all.join('\n')).toContain('I only attended the party with Rook and SPIFFE');
  });

  it('marks NOTE and INFO lines as asides and drops image markup', () => {
    const booth = conference.days[1]!.sections.find((s) => s.kind === 'booth')!;
    expect(booth.passages.filter((p) => p.aside).map((p) => p.text)).toEqual([
      "If you don't want to know about the Rook team + community photos and the booth, skip to Day #1 - Morning Keynotes.",
      'These images were mostly taken on friday, the third day of KubeCon.',
    ]);
    expect(booth.passages.some((p) => p.text.includes('![KubeCon'))).toBe(false);
  });

  it('numbers passages uniquely and keeps their report line', () => {
    const passages = [...conference.preamble, ...conference.days.flatMap((d) => d.sections.flatMap((s) => [...s.passages, ...s.sessions.flatMap((x) => x.passages)]))];
    expect(new Set(passages.map((p) => p.id)).size).toBe(passages.length);
    const coredns = passages.find((p) => p.text.startsWith('CoreDNS'))!;
    expect(coredns.line).toBe(38);
  });
});

describe('parseReport on other input', () => {
  it('rejects an empty report with a coded error', () => {
    expect(() => parseReport('  \n\n', 'x')).toThrowError(ReportParseError);
    expect(() => parseReport('', 'x')).toThrowError('kubecon-bot: report: the report is empty');
  });

  it('rejects a report without day headings', () => {
    expect(() => parseReport('My Conf\nSome text.', 'x')).toThrowError('kubecon-bot: report: no "Day #N" heading found');
  });

  it('parses a second, minimal conference with the same code', () => {
    const other = parseReport(['DevConf 2019', 'Day #1', 'Talks', 'Testing in Prod B - Jane Doe, Acme Inc', 'Jane showed canaries.', 'Party', 'Fun.'].join('\n'), 'devconf-2019');
    const talk = other.days[0]!.sections[0]!.sessions[0]!;
    expect(talk).toMatchObject({ title: 'Testing in Prod', level: 'beginner', kind: 'talk', speakers: [{ name: 'Jane Doe', role: null, org: 'Acme Inc' }] });
    expect(other.days[0]!.weekday).toBeNull();
  });

  it('accepts Windows line endings', () => {
    expect(parseReport(text.replace(/\n/g, '\r\n'), 'x').days).toHaveLength(4);
  });
});

describe('the data folder', () => {
  const shared = new URL('../../../shared/report/kubecon-2017-austin.txt', import.meta.url);
  it.skipIf(!existsSync(shared))('holds the published report byte for byte', () => {
    expect(readFileSync(new URL('../../data/kubecon-2017-austin/report.txt', import.meta.url)).equals(readFileSync(shared))).toBe(true);
  });
});
