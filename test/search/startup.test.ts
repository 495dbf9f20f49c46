import fc from 'fast-check';
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

  it('the passage index holds, for each passage, exactly the words the plain analyser gives its text and title', () => {
    // Read back from the index's own serialised form: term → field → document → count. Built
    // from the text alone, so a shortcut that analysed a text differently (or not at all) shows.
    const index = JSON.parse(JSON.stringify(k.passageIndex)) as { documentIds: Record<string, string>; fieldIds: Record<string, number>; index: [string, Record<string, Record<string, number>>][] };
    const held = new Map<string, Map<string, number>>();
    for (const [term, fields] of index.index) {
      for (const field of ['text', 'title']) {
        for (const [short, count] of Object.entries(fields[String(index.fieldIds[field])] ?? {})) {
          const key = `${index.documentIds[short]}:${field}`;
          const counts = held.get(key) ?? new Map<string, number>();
          counts.set(term, count);
          held.set(key, counts);
        }
      }
    }
    const plain = (text: string): Map<string, number> => {
      const counts = new Map<string, number>();
      for (const term of analyze(text)) counts.set(term, (counts.get(term) ?? 0) + 1);
      return counts;
    };
    expect(k.passages.length).toBeGreaterThan(200);
    for (const { passage, section, session } of k.passages) {
      expect(held.get(`${passage.id}:text`) ?? new Map(), passage.id).toEqual(plain(passage.text));
      expect(held.get(`${passage.id}:title`) ?? new Map(), passage.id).toEqual(plain(session?.title ?? section?.heading ?? ''));
    }
  });
});
