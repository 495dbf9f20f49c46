import { describe, expect, it } from 'vitest';
import { mentionedTerms, termMatcher } from '../../src/search/terms.js';

const matchers = [
  { name: 'etcd', aliases: [] },
  { name: 'CRI-O', aliases: ['crio'] },
  { name: 'Container Runtime Interface', aliases: ['CRI'] },
  { name: 'Kubernetes', aliases: ['k8s'] },
].map(termMatcher);
const names = (text: string): string[] => mentionedTerms(text, matchers).map((m) => m.term.name);

describe('mentionedTerms', () => {
  it.each([
    ['The release of etcd3 cut memory', ['etcd']],
    ['etcd v3 and etcdv3', ['etcd']],
    ['CRI-O uses the CRI', ['CRI-O', 'Container Runtime Interface']],
    ['k8s everywhere', ['Kubernetes']],
    ['etcdctl is a tool', []],
  ])('%s', (text, want) => {
    expect(names(text)).toEqual(want);
  });
});
