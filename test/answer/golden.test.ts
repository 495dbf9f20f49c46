import { describe, expect, it } from 'vitest';
import { ask } from '../../src/answer/engine.js';
import { renderText } from '../../src/render/text.js';
import { COMMANDS } from '../../src/understand/commands.js';
import { GOLDEN } from '../golden/cases.js';
import { misses } from '../golden/check.js';
import { austin } from '../helpers/knowledge.js';

const k = austin();

describe('golden questions', () => {
  it.each(GOLDEN.map((c) => [c.q || '(empty)', c] as const))('%s', (_label, c) => {
    const answer = ask(k, c.q, (e) => {
      throw e;
    });
    const text = renderText(answer);
    expect(misses(c, { matched: answer.matched, text, intent: answer.intent, sourceTitles: answer.sources.map((s) => s.title) }), text).toEqual([]);
  });

  it('has at least 80 cases, covering every command and unanswerable questions', () => {
    expect(GOLDEN.length).toBeGreaterThanOrEqual(80);
    const intents = new Set(GOLDEN.map((c) => c.intent ?? 'search'));
    for (const c of COMMANDS) expect(intents, `no golden case for "${c.name}"`).toContain(c.name);
    expect(GOLDEN.filter((c) => !c.matched).length).toBeGreaterThanOrEqual(10);
  });

  it('states its facts verbatim from the report (engine wording goes in `says`)', async () => {
    const { readFileSync } = await import('node:fs');
    const report = readFileSync(new URL('../../data/kubecon-2017-austin/report.txt', import.meta.url), 'utf8')
      .toLowerCase()
      .replace(/\s+/g, ' ');
    const notInReport = GOLDEN.flatMap((c) => (c.has ?? []).filter((f) => !report.includes(f.toLowerCase())).map((f) => `${c.q}: ${f}`));
    expect(notInReport).toEqual([]);
  });

  it('asks about every day of the report', () => {
    for (const day of k.conference.days) {
      const covered = GOLDEN.some((c) => {
        const a = ask(k, c.q);
        return a.matched && a.sources.some((s) => s.day === day.number);
      });
      expect(covered, `no golden question answered from ${day.label}`).toBe(true);
    }
  });
});

describe('answers as data', () => {
  it('cites a session with day and speakers', () => {
    const a = ask(k, 'what is Ark?');
    expect(a.sources[0]).toEqual({
      title: 'Disaster Recovery for your Kubernetes Clusters',
      sessionId: 'disaster-recovery-for-your-kubernetes-clusters',
      day: 3,
      dayLabel: 'Day #3',
      section: 'Talks',
      speakers: ['Andy Goldstein', 'Steve Kriss'],
    });
  });

  it('offers suggestions when nothing matches, and never pads with passages', () => {
    const a = ask(k, 'waht is blokchain');
    expect(a.matched).toBe(false);
    expect(a.sources).toEqual([]);
    expect(a.parts.some((p) => p.type === 'quote')).toBe(false);
    expect(a.suggestions.length).toBeGreaterThan(0);
  });

  it('suggests close names for a near miss', () => {
    const a = ask(k, 'who talked about rooks storage on the moon');
    expect(a.suggestions.map((s) => s.query)).toContain('what is Rook');
  });

  it('turns a bug into a polite answer and reports it', () => {
    const errors: unknown[] = [];
    const broken = {
      ...k,
      sessionIndex: {
        search: () => {
          throw new Error('boom');
        },
      },
    } as unknown as typeof k;
    const a = ask(broken, 'session spinnaker', (e) => errors.push(e));
    expect(a).toMatchObject({ intent: 'error', matched: false });
    expect(renderText(a)).not.toContain('boom');
    expect(errors).toHaveLength(1);
  });
});
