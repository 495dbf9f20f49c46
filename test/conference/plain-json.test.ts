import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FactsSchema, plainFacts } from '../../src/conference/facts.js';
import { GlossarySchema, plainGlossary } from '../../src/conference/terms.js';

// terms.json and conference.json are read without zod when they are plainly valid: zod's cold
// first parse of the two costs ~5 ms of a ~55 ms start-up (30 alternating cold processes,
// 2026-12-08). These keep the hand checks to zod's verdicts and output, key order included.
const read = (path: string): unknown => JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8'));

/**
 * Plain must reject exactly what zod rejects, and give zod's data exactly, key order included,
 * for everything zod accepts: a hand check that gave up on valid JSON would pass zod's output on
 * unnoticed and cost the start-up it exists to save.
 */
function agrees(plain: (json: unknown) => unknown, schema: { safeParse: (json: unknown) => { success: boolean; data?: unknown } }, json: unknown, pick: (data: never) => unknown): void {
  const fast = plain(json);
  const zod = schema.safeParse(json);
  if (!zod.success) {
    expect(fast).toBeNull();
    return;
  }
  const data = pick(zod.data as never);
  expect(fast).toStrictEqual(data);
  expect(JSON.stringify(fast)).toBe(JSON.stringify(data));
}

describe('plainGlossary', () => {
  const austin = read('../../data/kubecon-2017-austin/terms.json');
  const cases: unknown[] = [
    austin,
    read('../fixtures/data/fluxcon-2019-berlin/terms.json'),
    { terms: [] },
    { $comment: 'x', terms: [{ name: 'Ark', aliases: ['Heptio Ark'], extra: 1 }], other: true },
    { terms: [{ name: 'Ark', aliases: [] }] },
    { terms: [{ name: 'Ark', aliases: [], about: 'backup tool' }] },
    { terms: [{ name: 'Ark', aliases: [], about: '' }] },
    { terms: [{ name: 'Ark', aliases: [], about: 3 }] },
    { terms: [{ name: '', aliases: [] }] },
    { terms: [{ name: 'Ark', aliases: [''] }] },
    { terms: [{ name: 'Ark' }] },
    { terms: [{ name: 'Ark', aliases: [3] }] },
    { terms: [['Ark']] },
    { terms: [null] },
    { $comment: 3, terms: [] },
    { terms: {} },
    {},
    [],
    null,
    'terms',
  ];
  it.each(cases.map((c) => [JSON.stringify(c)?.slice(0, 60), c]))('agrees with GlossarySchema: %s', (_, json) => {
    agrees(plainGlossary, GlossarySchema, json, (d: { terms: unknown }) => d.terms);
  });
  it('reads the Austin glossary without zod', () => {
    expect(plainGlossary(austin)).not.toBeNull();
  });
});

describe('plainFacts', () => {
  const austin = read('../../data/kubecon-2017-austin/conference.json');
  const starter = { label: 'Agenda', query: 'agenda' };
  const cases: unknown[] = [
    austin,
    {},
    { examples: {} },
    { examples: { term: 'Ark' }, extra: 1 },
    { projects: ['Ark'], starters: [starter], examples: { b: 'x', a: 'y', 2: 'z' }, $comment: 'c' },
    { starters: [{ ...starter, extra: 1 }] },
    { starters: [{ label: 'x'.repeat(75), query: 'q' }] },
    { starters: [{ label: 'x'.repeat(76), query: 'q' }] },
    { starters: [{ label: '', query: 'q' }] },
    { starters: [] },
    { starters: Array.from({ length: 6 }, () => starter) },
    { projects: Array.from({ length: 5 }, () => 'Ark') },
    { projects: Array.from({ length: 6 }, () => 'Ark') },
    { projects: [''] },
    { projects: 'Ark' },
    { examples: { term: '' } },
    { examples: { term: 3 } },
    { examples: [] },
    { examples: null },
    { $comment: 3 },
    { handle: 'fluxcon', names: ['fluxcon', 'flux2019'] },
    { handle: 'FluxCon' },
    { handle: '' },
    { handle: 3 },
    { names: [] },
    { names: ['Flux Con'] },
    { names: Array.from({ length: 10 }, (_, i) => `con${i}`) },
    { names: Array.from({ length: 11 }, (_, i) => `con${i}`) },
    [],
    null,
  ];
  it.each(cases.map((c) => [JSON.stringify(c)?.slice(0, 60), c]))('agrees with FactsSchema: %s', (_, json) => {
    agrees(plainFacts, FactsSchema, json, (d) => d);
  });
  it('reads the Austin facts without zod', () => {
    expect(plainFacts(austin)).not.toBeNull();
  });
});
