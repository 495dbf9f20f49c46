import { describe, expect, it } from 'vitest';
import { ask } from '../../src/answer/engine.js';
import { parseSpelling } from '../../src/conference/load.js';
import { renderText } from '../../src/render/text.js';
import { unknownWords } from '../../src/search/lookup.js';
import { austin } from '../helpers/knowledge.js';

const k = austin();

describe('the report’s misspellings (data/<conference>/spelling.json)', () => {
  it('point from the report’s own stems, each used once, to other English stems', () => {
    const wrong: string[] = [];
    for (const [english, spelled] of k.spelledAs) {
      for (const s of spelled) if ((k.documentFrequency.get(s) ?? 0) !== 1) wrong.push(`${s}: in ${k.documentFrequency.get(s) ?? 0} passages`);
      if (spelled.includes(english)) wrong.push(`${english} → itself`);
    }
    expect(wrong).toEqual([]);
    expect(k.spelledAs.get('pipelin')).toEqual(['pupelin']);
  });

  // Before: "reliability" is spelled "Relibaility" in the report, and the CNCF list under it was
  // never found by the word.
  it('are found by the word spelled right', () => {
    const text = renderText(ask(k, 'list the reliability projects from the cncf updates'));
    expect(text).toContain('Linkerd');
    expect(text).toContain('Envoy');
    expect(unknownWords(k, 'reliability')).toEqual([]);
  });

  it('reject a file of another shape, saying where', () => {
    expect(() => parseSpelling({ version: 1, source: 'x', fixes: [['a b', 'c']] })).toThrow(/spelling\.json: fixes\.0\.0/);
    expect(() => parseSpelling({ version: 2, source: 'x', fixes: [] })).toThrow(/spelling\.json: version/);
    expect(parseSpelling({ version: 1, source: 'x', fixes: [['pupelin', 'pipelin']] })).toEqual([['pupelin', 'pipelin']]);
  });
});
