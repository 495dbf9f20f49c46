import { describe, expect, it } from 'vitest';
import { retrieve } from '../../src/answer/candidates.js';
import { ANSWERABLE, FEATURES, featureVector, traitsOf } from '../../src/answer/features.js';
import { ranked } from '../../src/answer/replies/retrieved.js';
import { loadKnowledge } from '../../src/search/load-knowledge.js';
import { understand } from '../../src/understand/query.js';

describe('traits of a quote', () => {
  it.each([
    ['There are over 4k+ people at the KubeCon.', 'number', true],
    ['Today there are hundreds of Meetups around the world.', 'number', true],
    ['Envoy is a service proxy.', 'number', false],
    ['The next KubeCon will be held in Copenhagen on May 2018.', 'time', true],
    ['On Day #2 the keynotes started early.', 'time', true],
    ['Envoy is a service proxy.', 'time', false],
    ['Then Kelsey Hightower showed voice control.', 'name', true],
    ['everything was fine and calm.', 'name', false],
    ['I finally arrived in Austin in the hotel.', 'firstPerson', true],
    ['They use Terraform to provision clusters.', 'firstPerson', false],
    ["HBO's advice:", 'list', true],
    ['- Load test more!', 'list', true],
    ['Envoy is a service proxy.', 'defining', true],
    ['Heptio Ark allows to restore API objects.', 'defining', true],
    ['You should keep every environment in its own branch.', 'advice', true],
    ['The party was on a boat.', 'advice', false],
  ] as const)('%j has %s: %s', (text, trait, expected) => {
    expect(traitsOf(text)[trait]).toBe(expected);
  });
});

describe('the scorer’s features', () => {
  const k = loadKnowledge('fluxcon-2019-berlin', { dataDir: new URL('../fixtures/data/', import.meta.url).pathname });

  it('are named uniquely, the bias first', () => {
    expect(new Set(FEATURES.map((f) => f.name)).size).toBe(FEATURES.length);
    expect(new Set(ANSWERABLE.map((f) => f.name)).size).toBe(ANSWERABLE.length);
    expect(FEATURES[0]!.name).toBe('bias');
  });

  it.each([
    ['how long was the train ride', 'number×wantsNumber', 'The train ride took about 9 hours', 1],
    ['how many people were there', 'noNumber×wantsNumber', 'The party was on a boat', 1],
    ['what did the author think of the party', 'firstPerson×author', 'FluxCon was a great first conference for me', 1],
    ['what did priya say about charts', 'inScope', 'Priya recommends pinning chart versions', 1],
    ['what did priya say about charts', 'outOfScope', 'The party was on a boat', 1],
    ['what is cosign', 'inScope', 'The party was on a boat', 0],
  ])('%j: %s of the passage with %j is %d', (question, feature, passage, expected) => {
    const q = understand(k, question);
    const r = retrieve(k, q);
    const c = r.candidates.find((x) => x.entry.passage.text.includes(passage));
    expect(c, `no candidate holds ${passage}`).toBeDefined();
    const at = FEATURES.findIndex((f) => f.name === feature);
    expect(featureVector({ c: c!, q, r, t: traitsOf(c!.entry.passage.text) })[at]).toBe(expected);
  });

  it('rank the passage that answers a paraphrase first, through the model', () => {
    const q = understand(k, 'how did the author travel to the conference');
    expect(q.embedding).not.toBeNull();
    expect(ranked(k, q).list[0]?.quote).toContain('night train');
  });

  it('see a question the report barely touches as less answerable than one it answers', () => {
    const d = (text: string) => ranked(k, understand(k, text)).decision!;
    expect(d('where is the next fluxcon').r.bestDense).toBeGreaterThan(d('what is the capital of peru').r.bestDense);
  });
});
