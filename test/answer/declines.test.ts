import { describe, expect, it } from 'vitest';
import { ask } from '../../src/answer/engine.js';
import { GUESS_LEAD } from '../../src/answer/answer.js';
import { renderBlocks, type RenderOptions } from '../../src/render/blocks.js';
import { renderText } from '../../src/render/text.js';
import { austin } from '../helpers/knowledge.js';

const k = austin();
type Block = { type: string; text?: { text: string }; elements?: { text?: { text: string }; value?: string }[] };
const blocksOf = (question: string, surface: RenderOptions['surface']): Block[] => renderBlocks(ask(k, question), { question, surface }).blocks as Block[];
const fold = (q: string): string => q.toLowerCase().replace(/[\s?!.]+$/, '');

describe('declines', () => {
  it('say "Did you mean" right above the guesses they offer, on every surface that shows buttons', () => {
    for (const surface of ['ephemeral', 'thread', 'modal'] as const) {
      const blocks = blocksOf('who talked about arkk', surface);
      const lead = blocks.findIndex((b) => b.text?.text === GUESS_LEAD);
      expect(lead, surface).toBeGreaterThan(0);
      expect(blocks[lead + 1]?.type).toBe('actions');
      expect(blocks[lead + 1]?.elements?.map((e) => e.text?.text)).toContain('What is Ark?');
    }
    expect(renderText(ask(k, 'who talked about arkk'))).toContain(`${GUESS_LEAD}\nTry: what is Ark`);
  });

  it('never say "Did you mean" over no list: a shared message shows no buttons, so it says none', () => {
    const blocks = JSON.stringify(blocksOf('who talked about arkk', 'shared'));
    expect(blocks).not.toContain(GUESS_LEAD);
    expect(blocks).not.toContain('kubecon_suggest');
  });

  it('without a close name, offer the starters and say no "Did you mean"', () => {
    const answer = ask(k, 'what is blockchain');
    expect(answer.suggestions.some((s) => s.guess)).toBe(false);
    expect(renderText(answer)).not.toContain(GUESS_LEAD);
    expect(JSON.stringify(blocksOf('what is blockchain', 'ephemeral'))).not.toContain(GUESS_LEAD);
  });

  it.each(['what is blockchain? what is blockchain?', 'What is Blockchain? and what is blockchain', 'who talked about arkk? who talked about arkk?', 'agenda day 9? agenda day 9'])(
    'offer no button asking the very question that failed: %s',
    (question) => {
      const answer = ask(k, question);
      expect(answer.matched).toBe(false);
      const first = fold(question.split('?')[0]!);
      for (const s of answer.suggestions) expect(fold(s.query)).not.toBe(first);
    },
  );
});
