import { describe, expect, it } from 'vitest';
import { oneQuestion, searchPassages } from '../../src/search/lookup.js';
import { austin } from '../helpers/knowledge.js';

const k = austin();
const plain = (hits: ReturnType<typeof searchPassages>) => hits.map((h) => [h.entry.passage.id, h.score, h.coverage]);

describe('the searches of one question', () => {
  // A scope's filter applied to results scored once must give what a filtered search gives.
  it('give each scope what searching it alone gives', () => {
    const talks = (p: Parameters<NonNullable<Parameters<typeof searchPassages>[2]>>[0]) => p.session?.kind === 'talk';
    for (const text of ['videos of the talks', 'kubernetes on mars', 'memory etcd3 save', 'weather', 'helm charts']) {
      const alone = [plain(searchPassages(k, text)), plain(searchPassages(k, text, talks))];
      const together = oneQuestion(k, () => [plain(searchPassages(k, text)), plain(searchPassages(k, text, talks)), plain(searchPassages(k, text, talks))]);
      expect(together, text).toEqual([...alone, alone[1]]);
    }
  });
});
