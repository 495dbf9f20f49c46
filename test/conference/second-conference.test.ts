import { describe, expect, it } from 'vitest';
import { ask } from '../../src/answer/engine.js';
import { loadConference } from '../../src/conference/load.js';
import { renderText } from '../../src/render/text.js';
import { renderHome } from '../../src/render/home.js';
import { buildKnowledge } from '../../src/search/knowledge.js';
import { normalizeInput } from '../../src/understand/clean.js';
import { COMMANDS, examplesOf } from '../../src/understand/commands.js';
import { loadKnowledge } from '../../src/search/load-knowledge.js';
import { ranked } from '../../src/answer/replies/retrieved.js';
import { understand } from '../../src/understand/query.js';
import { withBot } from '../helpers/bot.js';

/**
 * A second conference is a data folder, not code: a small made-up report (with a glossary and no
 * conference.json) that the whole engine answers from, with nothing of Austin in its words.
 */
const k = buildKnowledge(loadConference('fluxcon-2019-berlin', new URL('../fixtures/data/', import.meta.url).pathname));
const text = (q: string): string =>
  renderText(
    ask(k, q, (e) => {
      throw e;
    }),
  );

describe('a second conference from its data folder alone', () => {
  it('parses its days, sessions and speakers', () => {
    expect(k.conference.name).toBe('FluxCon 2019 Berlin');
    expect(k.sessions.map((s) => s.session.title)).toEqual(['Welcome to FluxCon', 'GitOps at Scale with Flux', 'Helm Operator Deep Dive', 'Securing the Supply Chain']);
  });

  it.each([
    ['what is flux', ['keeps a cluster in sync with a Git repository']],
    ['whos priya', ['Priya Raman', 'Helm Operator Deep Dive']],
    ['how many ppl were at fluxcon', ['about 900 people']],
    ['wheres the next fluxcon', ['Lisbon']],
    ['keynotes day 2', ['Securing the Supply Chain']],
    // Its last day is its own, not Austin's third.
    ['keynotes on the last day', ['Securing the Supply Chain']],
    ['what did the author think of the party', ['jazz band']],
    ['weaveworks talks', ['GitOps at Scale with Flux', 'Helm Operator Deep Dive']],
    ['how long was the train ride', ['9 hours']],
  ])('%s', (q, facts) => {
    const answer = ask(k, q);
    expect(answer.matched).toBe(true);
    for (const fact of facts) expect(text(q)).toContain(fact);
  });

  it('is addressed by its own handle, and knows its own name', () => {
    expect(k.facts.handle).toBe('fluxcon');
    expect(normalizeInput('/fluxcon keynotes day 2', k.facts.handle)).toBe('keynotes day 2');
    expect(normalizeInput('@fluxcon: what is flux', k.facts.handle)).toBe('what is flux');
    // Another conference's handle is no part of this one's cleaning.
    expect(normalizeInput('kubecon, what is flux', k.facts.handle)).toBe('kubecon, what is flux');
    expect(ask(k, '/fluxcon what is flux').question).toBe('what is flux');
    for (const q of ['where was fluxcon?', 'where was fluxcon 2019', 'summary of fluxcon']) {
      const answer = ask(k, q);
      expect(answer.intent, q).toBe('summary');
      expect(renderText(answer), q).toContain('Berlin');
    }
    expect(ask(k, 'where was kubecon?').intent).not.toBe('summary');
  });

  it('declines what its report does not say', () => {
    expect(ask(k, 'what is blockchain').matched).toBe(false);
    expect(ask(k, 'what is Ark').matched).toBe(false);
  });

  it('names its own speakers and projects in help, starters and App Home, never Austin’s', () => {
    const words = [text('help'), text('hi'), text('what is blockchain'), ...COMMANDS.flatMap((c) => examplesOf(c, k)), JSON.stringify(renderHome(k))].join('\n');
    expect(words).toContain('what is Flux');
    expect(words).not.toMatch(/\b(?:Ark|Kelsey|Heptio|Austin|Rook)\b/);
    for (const c of COMMANDS) for (const e of examplesOf(c, k)) expect(e).not.toMatch(/\{\w+\}/);
  });
});

describe('a second conference with its own derived embeddings', () => {
  const fixtures = new URL('../fixtures/data/', import.meta.url).pathname;
  const withModel = loadKnowledge('fluxcon-2019-berlin', { dataDir: fixtures });

  it('loads its own vectors, one per sentence and passage of its report', () => {
    expect(withModel.dense?.unitVectors).toHaveLength(withModel.units.length);
    expect(withModel.units.every((u) => withModel.passages.includes(u.entry))).toBe(true);
  });

  it('finds what a paraphrase asks in its own report, through the model', () => {
    expect(ranked(withModel, understand(withModel, 'how did the author get to berlin')).list[0]?.quote).toContain('night train');
  });

  it('points a decline at its own report, never Austin’s', () => {
    const text = renderText(ask(withModel, 'what food was served on the boat'));
    expect(text).toContain('The nearest the report comes:');
    expect(text).toContain('The party was on a boat');
    expect(text).not.toMatch(/Austin|KubeCon/);
  });
});

describe('a second conference in Slack', () => {
  const env = withBot({ knowledge: () => k });

  it('titles its modals with its own name', async () => {
    const session = k.sessions[1]!.session;
    await env.bot.action({
      container: { type: 'view', view_id: 'V0001' },
      view: { id: 'V0001', type: 'home', blocks: [] },
      actions: [{ type: 'button', action_id: 'kubecon_session:home:0', block_id: 'b', value: session.id, text: { type: 'plain_text', text: 'Details' }, action_ts: '1' }],
    });
    const [call] = await env.fake.waitFor('views.open');
    expect((call!.body.view as { title: { text: string } }).title.text).toBe('FluxCon 2019 Berlin');
  });
});
