/**
 * `npm run ablate`: switches off each remaining hand rule of the engine in turn (src/ablation.ts),
 * plus the model and the derived word relations, and prints how many blind questions each costs
 * or gains on the dev halves and, alongside, on the held-out ones. A rule whose switching off
 * costs nothing on dev earns no place.
 */
import { loadConference } from '../src/conference/load.js';
import { RULES, switchOff, type Rule } from '../src/ablation.js';
import { buildKnowledge, withDense, type Knowledge } from '../src/search/knowledge.js';
import { loadKnowledge } from '../src/search/load-knowledge.js';
import { loadBlind, score } from '../test/eval/blind.js';
import { engineJudged } from './blind.js';

const ID = 'kubecon-2017-austin';
const cases = loadBlind();
const dev = cases.filter((c) => c.split === 'dev' || c.split === 'dev2');
const heldout = cases.filter((c) => c.split.startsWith('heldout'));

/** Right answers on the dev halves and on the held-out sets. */
function rights(k: Knowledge): [number, number] {
  const judge = engineJudged(k);
  return [score(dev, judge).right, score(heldout, judge).right];
}

function main(): void {
  const k = loadKnowledge(ID);
  const [baseDev, baseHeld] = rights(k);
  console.log(`all on: dev ${baseDev}/${dev.length}, held-out ${baseHeld}/${heldout.length}\n`);
  console.log(`${'switched off'.padEnd(28)} ${'dev'.padStart(6)} ${'held-out'.padStart(9)}   verdict`);
  const row = (name: string, [d, h]: [number, number]): void => {
    const gain = baseDev - d;
    console.log(`${name.padEnd(28)} ${String(d - baseDev).padStart(6)} ${String(h - baseHeld).padStart(9)}   ${gain > 0 ? `earns ${gain} on dev` : 'earns nothing on dev'}`);
  };
  row('the model', rights(buildKnowledge(loadConference(ID))));
  row('word relations (lexicon)', rights(withDenseOf(k, buildKnowledge(loadConference(ID, undefined, { lexicon: false })))));
  row('report misspellings', rights(withDenseOf(k, buildKnowledge(loadConference(ID, undefined, { spelling: false })))));
  for (const rule of RULES) {
    switchOff([rule as Rule]);
    row(rule, rights(k));
  }
  switchOff([]);
}

/** Knowledge built otherwise, with the same model and vectors (they depend on the report's sentences only, which are the same). */
function withDenseOf(k: Knowledge, other: Knowledge): Knowledge {
  return k.dense ? withDense(other, k.dense) : other;
}

main();
