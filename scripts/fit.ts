/**
 * `npm run fit`: fits the answer scorer's weights and "not covered" threshold on the blind dev
 * sets (never the held-out ones), with the model and without it, and writes models/scorer.json.
 *
 * `npm run fit -- [conference] [--data <dir>] [--cases <file.json>] [--out <file.json>]` fits on
 * other questions (the tests fit on a fixture conference this way).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { z } from 'zod';
import { conferenceArgs } from './conference-args.js';
import { loadConference } from '../src/conference/load.js';
import { SCORER_FILE } from '../src/answer/scorer.js';
import { buildKnowledge } from '../src/search/knowledge.js';
import { loadKnowledge } from '../src/search/load-knowledge.js';
import { loadBlind } from '../test/eval/blind.js';
import { answerableNames, featureNames, fitScorer } from './fit/fit-scorer.js';

/** The splits fitted on: the dev halves. */
const DEV = new Set(['dev', 'dev2']);

const FitCases = z.array(z.object({ q: z.string(), answerable: z.boolean(), facts: z.array(z.array(z.string()).min(1)) }));

/** The value after a flag, if given. */
const option = (args: readonly string[], flag: string): string | undefined => {
  const at = args.indexOf(flag);
  return at >= 0 ? args[at + 1] : undefined;
};

function main(): void {
  const args = process.argv.slice(2);
  const casesFile = option(args, '--cases');
  const out = option(args, '--out');
  const { id, dataDir } = conferenceArgs(args.filter((a, i) => !['--cases', '--out'].includes(a) && !['--cases', '--out'].includes(args[i - 1] ?? '')));
  const cases = casesFile ? FitCases.parse(JSON.parse(readFileSync(casesFile, 'utf8'))) : loadBlind().filter((c) => DEV.has(c.split));
  const withModel = loadKnowledge(id, { dataDir });
  const model = fitScorer(withModel, cases);
  const lexical = fitScorer(buildKnowledge(loadConference(id, dataDir)), cases);
  const show = (name: string, s: typeof model): string =>
    `${name}: ${s.calibration.right}/${s.calibration.total} right on dev at threshold ${s.threshold.toFixed(3)}; not covered precision ${(s.calibration.declinePrecision * 100).toFixed(1)}%, recall ${(s.calibration.declineRecall * 100).toFixed(1)}% (${s.rows} candidate rows)`;
  console.log(show('with the model', model));
  console.log(show('without it', lexical));
  const file = {
    version: 1,
    features: featureNames(),
    answerable: answerableNames(),
    model: { weights: model.weights, answerable: model.answerable, threshold: model.threshold },
    lexical: { weights: lexical.weights, answerable: lexical.answerable, threshold: lexical.threshold },
    fitted: { on: casesFile ? [casesFile] : [...DEV], questions: cases.length, conference: id, model: withModel.dense?.encoder.id ?? null },
  };
  writeFileSync(out ?? SCORER_FILE, `${JSON.stringify(file, null, 2)}\n`);
  const table = (names: string[], a: readonly number[], b: readonly number[]): string =>
    names.map((n, i) => `  ${n.padEnd(26)} ${a[i]!.toFixed(3).padStart(8)} ${b[i]!.toFixed(3).padStart(8)}`).join('\n');
  console.log(`ranking weights (with the model, without):\n${table(featureNames(), model.weights, lexical.weights)}`);
  console.log(`answerability weights:\n${table(answerableNames(), model.answerable, lexical.answerable)}`);
}

main();
