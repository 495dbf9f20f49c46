import fc from 'fast-check';
import MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import { loadConference } from '../../src/conference/load.js';
import { analyze } from '../../src/search/analyze.js';
import { buildKnowledge } from '../../src/search/knowledge.js';
import { mentionedTerms, termFinder } from '../../src/search/terms.js';
import { tokenize } from '../../src/text/normalize.js';

// Start-up takes shortcuts (one tokenisation per text, terms filed by first word, the index's
// words walked once); each must give exactly what the plain way gives.
const k = buildKnowledge(loadConference('kubecon-2017-austin'));
const matchers = k.terms.map((t) => t.matcher);

describe('start-up shortcuts', () => {
  it('termFinder finds what mentionedTerms finds, in the same order', () => {
    const find = termFinder(matchers);
    for (const { passage } of k.passages) expect(find(tokenize(passage.text)), passage.id).toEqual(mentionedTerms(passage.text, matchers));
    const words = fc.constantFrom(...new Set(matchers.flatMap((m) => m.keys.flatMap((key) => key.split(' ')))), 'etcd3', 'helm2', 'and', 'the');
    fc.assert(
      fc.property(fc.array(words, { maxLength: 12 }), (ws) => {
        const text = ws.join(' ');
        expect(find(tokenize(text))).toEqual(mentionedTerms(text, matchers));
      }),
    );
  });

  it('the knowledge indexes are the ones addAll builds', () => {
    const passageIndex = new MiniSearch({ fields: ['text', 'title', 'people', 'about'], tokenize: analyze, processTerm: (t: string) => t });
    passageIndex.addAll(
      k.passages.map(({ passage, section, session, terms }) => ({
        id: passage.id,
        text: passage.text,
        title: session?.title ?? section?.heading ?? '',
        people: session ? session.speakers.map((s) => [s.name, s.role, s.org].filter(Boolean).join(' ')).join(' ') : '',
        about: terms.map((t) => t.term.about ?? '').join(' '),
      })),
    );
    expect(JSON.stringify(k.passageIndex)).toEqual(JSON.stringify(passageIndex));
  });
});
