import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ask } from '../src/answer/engine.js';
import { austin } from './helpers/knowledge.js';

// The README is what a newcomer reads first: what it says to type must work, and it stays short.
const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
const k = austin();

describe('README', () => {
  it('opens with what it is and the two commands, and stays under 300 lines', () => {
    const firstScreen = readme.split('\n').slice(0, 15).join('\n');
    expect(firstScreen).toContain('npm ci && npm run ask -- "what is Ark?"');
    expect(firstScreen).toContain('npm ci && npm test');
    expect(readme.split('\n').length).toBeLessThan(300);
  });

  const table = readme.slice(readme.indexOf('| you type'), readme.indexOf('\n\n', readme.indexOf('| you type')));
  const examples = [...table.matchAll(/^\| (.+?) \|/gm)].flatMap((m) => [...m[1]!.matchAll(/`([^`]+)`/g)].map((e) => e[1]!));

  it('lists questions to ask', () => {
    expect(examples.length).toBeGreaterThan(15);
  });

  it.each(examples)('"%s", as the table says to type it, is answered', (question) => {
    const answer = ask(k, question);
    expect(answer.intent).not.toBe('error');
    expect(answer.matched).toBe(true);
  });

  it('links the docs it moved the rest to', () => {
    for (const doc of ['docs/operations.md', 'docs/architecture.md', 'docs/evaluation.md', 'LICENSE']) {
      expect(readme).toContain(`](${doc}`);
      expect(() => readFileSync(new URL(`../${doc}`, import.meta.url))).not.toThrow();
    }
  });
});
