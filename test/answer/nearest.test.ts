import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ask } from '../../src/answer/engine.js';
import { renderText } from '../../src/render/text.js';
import { austinWithModel } from '../helpers/knowledge.js';

const k = austinWithModel();

describe('a decline with the model on', () => {
  it('shows the sentence nearest the question in meaning, and stays a decline', () => {
    const a = ask(k, 'which hotel did he stay at');
    expect(a.matched).toBe(false);
    const text = renderText(a);
    expect(text).toContain('The nearest the report comes:');
    expect(text).toContain('arrived in Austin in the hotel');
  });

  it('shows nothing for a question nowhere near the report', () => {
    expect(renderText(ask(k, 'best recipe for banana bread'))).not.toContain('nearest');
  });

  it('leaves answers alone', () => {
    expect(renderText(ask(k, 'what is Ark?'))).not.toContain('nearest');
  });
});

describe('any text, with the model on', () => {
  it('gets an answer, never an error', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        const a = ask(k, text, (error) => {
          throw error;
        });
        expect(typeof a.title).toBe('string');
        expect(a.parts.length + a.suggestions.length).toBeGreaterThan(0);
      }),
      { numRuns: 150 },
    );
  });
});
