import { describe, expect, it } from 'vitest';
import { groupLists, rejoinLines } from '../../src/conference/rejoin.js';
import { parseSessionHeading, parseSpeakers } from '../../src/conference/speakers.js';
import { sectionHeading, dayHeading } from '../../src/conference/headings.js';

const lines = (...texts: string[]) => texts.map((text, i) => ({ text, line: i + 1 }));
const join = (...texts: string[]) => rejoinLines(lines(...texts)).map((b) => b.text);

describe("rejoinLines on the report's real breaks", () => {
  const cases: Array<{ name: string; input: string[]; expected: string[] }> = [
    {
      name: 'a plural s cut off a code word',
      input: ['Platform9 has a project named Decco. They use CustomResourceDefinition', 's for that.'],
      expected: ['Platform9 has a project named Decco. They use CustomResourceDefinitions for that.'],
    },
    {
      name: 'a version cut onto its own line',
      input: ['- Prometheus (with PromQL) was the second project accepted into CNCF. With the Prometheus', 'v2.0', 'release, they reduced the IO by 100x.'],
      expected: ['- Prometheus (with PromQL) was the second project accepted into CNCF. With the Prometheus v2.0 release, they reduced the IO by 100x.'],
    },
    {
      name: 'a service type followed by lower-case text',
      input: ['They had the best experience with type: NodePort', 'and using ELBs that have been "manually" (not through Kubernetes) setup.'],
      expected: ['They had the best experience with type: NodePort and using ELBs that have been "manually" (not through Kubernetes) setup.'],
    },
    {
      name: 'punctuation that starts the next line',
      input: ['Containerd (orignally built by Docker) has released version 1.0.0', ', there is also a CRI implementation available.'],
      expected: ['Containerd (orignally built by Docker) has released version 1.0.0, there is also a CRI implementation available.'],
    },
    {
      name: 'es cut off StorageClass',
      input: ['- Kubernetes integration allows a simple switch to Rook as it "exposes" storage through Kubernetes native', 'StorageClass', 'es. - And many more..'],
      expected: ['- Kubernetes integration allows a simple switch to Rook as it "exposes" storage through Kubernetes native StorageClasses. - And many more..'],
    },
    {
      name: 'a finished sentence is not continued by a lower-case line',
      input: ['YES!! Rook again on a slide during the Keynotes.', 'github GoogleCloudPlatform/kube-metacontroller is a project.'],
      expected: ['YES!! Rook again on a slide during the Keynotes.', 'github GoogleCloudPlatform/kube-metacontroller is a project.'],
    },
    {
      name: 'a lead-in with a colon is not glued to what came before',
      input: ['If you haven\'t know yet, "everyone" uses CNI, Kubernetes, Docker, rkt, CRI-O, etc).', 'Observability:'],
      expected: ['If you haven\'t know yet, "everyone" uses CNI, Kubernetes, Docker, rkt, CRI-O, etc).', 'Observability:'],
    },
  ];
  it.each(cases)('$name', ({ input, expected }) => {
    expect(join(...input)).toEqual(expected);
  });

  it('marks asides and drops image lines', () => {
    expect(rejoinLines(lines('NOTE', 'Skip ahead.', '![photo](/x.jpg)', 'INFO Taken on friday.', 'Real text.'))).toEqual([
      { text: 'Skip ahead.', line: 2, aside: true },
      { text: 'Taken on friday.', line: 4, aside: true },
      { text: 'Real text.', line: 5, aside: false },
    ]);
  });
});

describe('groupLists', () => {
  it('keeps a lead-in with its items and splits items the flattening ran together', () => {
    const blocks = rejoinLines(lines('The flow of an operator is like:', '- Design the', 'CustomResourceDefinition', 'properties. - Register the', 'CustomResourceDefinition', 'at the API server.'));
    expect(groupLists(blocks).map((b) => b.text)).toEqual([
      'The flow of an operator is like:\n- Design the CustomResourceDefinition properties.\n- Register the CustomResourceDefinition at the API server.',
    ]);
  });

  it('keeps a one-word attribution with its item', () => {
    const blocks = rejoinLines(lines('"Were We Ready?":', '- Load test', '- Load test the SHIT Out of it!!! - HBO'));
    expect(groupLists(blocks)[0]!.text).toBe('"Were We Ready?":\n- Load test\n- Load test the SHIT Out of it!!! - HBO');
  });

  it('drops a cut-off repeat of an item', () => {
    const blocks = rejoinLines(
      lines(
        '- Spiffe, Istio and Kerberos for securing workload identity. The working group container-identity-wg is busy.',
        '- GitHub appscode/kubed',
        '- Spiffe, Istio and Kerberos for securing workload identity. The working group',
      ),
    );
    expect(groupLists(blocks)[0]!.text.split('\n')).toHaveLength(2);
  });

  // Before: each "A > B" line was a passage of its own, and no question for the list got all of it.
  it('joins a run of three or more lines of one contrasting shape into one list', () => {
    const blocks = rejoinLines(lines('Culture eats strategy.', 'Distribution > Centralization', "Inclusive > Exclusive It's a core piece.", 'Automation > Process', 'Love Kubernetes.'));
    expect(groupLists(blocks).map((b) => b.text)).toEqual([
      'Culture eats strategy.',
      "Distribution > Centralization\nInclusive > Exclusive It's a core piece.\nAutomation > Process",
      'Love Kubernetes.',
    ]);
  });

  it('leaves two such lines apart: two may be chance', () => {
    const blocks = rejoinLines(lines('Pets > Cattle', 'Cattle > Pets'));
    expect(groupLists(blocks)).toHaveLength(2);
  });
});

describe('headings and speakers', () => {
  it.each([
    ['Day #1', 1],
    ['Day 3', 3],
    ['Day #1 - Morning Keynotes', null],
    ['Today', null],
  ])('dayHeading(%j) is %j', (line, expected) => {
    expect(dayHeading(line)).toBe(expected);
  });

  it.each([
    ['Morning Keynotes', { kind: 'keynotes', part: 'morning' }],
    ['Keynotes Morning', { kind: 'keynotes', part: 'morning' }],
    ['Evening Keynotes', { kind: 'keynotes', part: 'evening' }],
    ['Keynotes and Talks Recordings YouTube Playlist', { kind: 'recordings', part: null }],
    ['Lunch time: Tacos by RedHat', { kind: 'lunch', part: null }],
    ['"Find A Job | Post A Job | Get Involved" Wall', { kind: 'jobs', part: null }],
    ['Talks are great.', null],
    ['Distribution > Centralization', null],
  ])('sectionHeading(%j)', (line, expected) => {
    expect(sectionHeading(line)).toEqual(expected);
  });

  it('splits a title that holds " - " itself at the speaker part', () => {
    expect(parseSessionHeading('KubeCon Opening Keynote - Project Update - Kelsey Hightower, Staff Developer Advocate, Google')).toEqual({
      title: 'KubeCon Opening Keynote - Project Update',
      level: null,
      speakers: [{ name: 'Kelsey Hightower', role: 'Staff Developer Advocate', org: 'Google' }],
    });
  });

  it('does not take report text for a session heading', () => {
    expect(parseSessionHeading('This is my mandatory food shot. Thanks for the Tacos to RedHat, Inc. - @RedHatNews!')).toBeNull();
    expect(parseSessionHeading('The code is at GitHub rook/operator-kit - /sample-operator')).toBeNull();
    expect(parseSpeakers('Ptere Drucker From 400 two years ago')).toBeNull();
  });
});
