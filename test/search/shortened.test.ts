import { describe, expect, it } from 'vitest';
import { ask } from '../../src/answer/engine.js';
import { phrasalVerb } from '../../src/search/english.js';
import { relatedInReport, searchPassages, shortened, unknownWords } from '../../src/search/lookup.js';
import { analyze } from '../../src/search/analyze.js';
import { findEntities } from '../../src/understand/entities.js';
import { understand } from '../../src/understand/query.js';
import { renderText } from '../../src/render/text.js';
import { austin } from '../helpers/knowledge.js';

const k = austin();

describe('words a question shortens', () => {
  it('stand for the report words they begin, when they begin few enough to say which', () => {
    expect(relatedInReport(k, 'alibaba')).toContainEqual({ stem: 'alibabacloud', weight: 0.8 });
    expect(unknownWords(k, 'alibaba servers')).toEqual([]);
    // Too short to say which word it shortens ("cli" is no "client").
    expect(relatedInReport(k, 'cli').some((r) => r.stem.startsWith('cli'))).toBe(false);
    // A word the report uses stands for itself.
    expect(relatedInReport(k, 'ark').some((r) => r.weight === 0.8)).toBe(false);
  });

  // Before: "admin" and "cert" were unknown nouns, so the CKA passage fell short of the coverage bar.
  it('let a question in shortened words be answered', () => {
    const answer = ask(k, 'how many signed up for the k8s admin cert');
    expect(answer.matched).toBe(true);
    expect(renderText(answer)).toContain('600');
    expect(renderText(ask(k, 'alibaba bare metal servers how many packets per sec'))).toContain('4.5 Million');
  });
});

describe('phrasal verbs', () => {
  it('are read from WordNet: the word before the particle is a verb', () => {
    expect(phrasalVerb('end', 'up')).toBe(true);
    expect(phrasalVerb('kick', 'off')).toBe(true);
    expect(phrasalVerb('parti', 'up')).toBe(false);
    expect(phrasalVerb('end', 'party')).toBe(false);
  });

  // Before: "end" was a topic the party passage lacks, and the question was declined.
  it('leave the question its topic', () => {
    expect(understand(k, 'which party did he end up at').focus).toEqual(['party']);
    expect(understand(k, 'who kicked off the whole conference').focus).not.toEqual(expect.arrayContaining(['kicked', 'off']));
    expect(renderText(ask(k, 'which party did he end up at'))).toContain('Rook and SPIFFE');
  });
});

describe('a session named by a word cut short', () => {
  // Before: "infra" named no title word, so the talk was not named and another passage answered.
  it('counts the title word the short form begins', () => {
    expect(shortened(k, 'infra')).toEqual(['infrastructur']);
    expect(findEntities(k, 'takeaway from the cost of infra talk').sessions.map((s) => s.session.title)).toEqual(['The True Costs of Running Cloud Native Infrastructure']);
  });
});

describe('hyphenated words', () => {
  // Before: "bare-metal" was one word the report never uses (it says "bare metal"), and
  // "kube-dns" never matched "dns".
  it('are indexed and asked by their parts as well', () => {
    expect(analyze('kube-dns')).toEqual(['kube-dns', 'kube', 'dn']);
    expect(searchPassages(k, 'bare-metal cloud boxes alibaba')[0]?.entry.passage.text).toContain('X-Dragon');
  });
});
