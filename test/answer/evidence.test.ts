import { describe, expect, it } from 'vitest';
import { ask } from '../../src/answer/engine.js';
import { renderText } from '../../src/render/text.js';
import { austin } from '../helpers/knowledge.js';

const k = austin();

describe('passages chosen for what a question names', () => {
  // Before: the passage about one of the two projects named ("kube-dns" at HBO) was quoted; the
  // one about both answers.
  it('a passage about every project named beats one about either', () => {
    const text = renderText(ask(k, 'coredns replaces kube-dns in which k8s version'));
    expect(text).toContain('v1.9.x');
  });
});
