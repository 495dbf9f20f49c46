import { describe, expect, it } from 'vitest';
import { ask } from '../../src/answer/engine.js';
import { renderBlocks } from '../../src/render/blocks.js';
import { renderText } from '../../src/render/text.js';
import { austin } from '../helpers/knowledge.js';

const k = austin();
const bulletLines = (text: string): string[] => text.split('\n').filter((l) => l.startsWith('  • '));
const blockText = (question: string): string => JSON.stringify(renderBlocks(ask(k, question), { question, surface: 'ephemeral' }).blocks);

describe('session lists say once what their title says', () => {
  it('"keynotes day 2" names neither the kind nor the day on its lines', () => {
    const text = renderText(ask(k, 'keynotes day 2'));
    expect(text.split('\n')[0]).toBe('Keynotes — Day #2 (Thursday)');
    const lines = bulletLines(text);
    expect(lines).toHaveLength(6);
    for (const line of lines) expect(line).not.toMatch(/keynote|Day #2|Thursday/);
    expect(lines[0]).toBe('  • KubeCon Opening Keynote - Project Update — Kelsey Hightower (Google)');
    // Over five sessions, Block Kit lists them as bullets: the same rule.
    expect(blockText('keynotes day 2')).not.toMatch(/· keynote|· Day #2/);
  });

  it('a day of talks keeps each talk’s level, the only thing its title does not say', () => {
    const lines = bulletLines(renderText(ask(k, 'talks day 3')));
    expect(lines.some((l) => l.endsWith(' · intermediate'))).toBe(true);
    for (const line of lines) expect(line).not.toMatch(/· talk|Day #3/);
  });

  it('the agenda, which mixes kinds under day headings, keeps the kind and drops the day', () => {
    const lines = bulletLines(renderText(ask(k, 'agenda')));
    expect(lines.some((l) => l.includes(' · keynote'))).toBe(true);
    for (const line of lines) expect(line).not.toMatch(/Day #\d/);
  });

  it('a list across days and kinds ("who talked about helm") still says each session’s day and kind', () => {
    const text = renderText(ask(k, 'who talked about helm'));
    expect(bulletLines(text).every((l) => /· (?:keynote|talk)[^·]*· Day #\d/.test(l))).toBe(true);
  });
});
