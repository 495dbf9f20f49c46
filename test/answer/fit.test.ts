import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseScorers, probability } from '../../src/answer/scorer.js';
import { fitLogistic } from '../../scripts/fit/logistic.js';

const scratch = mkdtempSync(path.join(tmpdir(), 'fit-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('the logistic fitter', () => {
  it('separates what a feature separates, with the bias unpenalised', () => {
    const rows = [0, 1, 2, 3, 4, 5, 6, 7].map((x) => [1, x]);
    const labels = [0, 0, 0, 0, 1, 1, 1, 1];
    const w = fitLogistic(rows, labels, { l2: 1e-3 });
    expect(w[1]).toBeGreaterThan(0.5);
    expect(probability(w, [1, 0])).toBeLessThan(0.2);
    expect(probability(w, [1, 7])).toBeGreaterThan(0.8);
    // The boundary sits between 3 and 4.
    expect(probability(w, [1, 3.5])).toBeCloseTo(0.5, 1);
  });

  it('weighs rows as told: a row weighed 3 counts as three rows', () => {
    const a = fitLogistic(
      [
        [1, 1],
        [1, 0],
        [1, 0],
      ],
      [1, 0, 1],
      { l2: 1e-2, weights: [3, 1, 1] },
    );
    const b = fitLogistic(
      [
        [1, 1],
        [1, 1],
        [1, 1],
        [1, 0],
        [1, 0],
      ],
      [1, 1, 1, 0, 1],
      { l2: 1e-2 },
    );
    for (const [i, w] of a.entries()) expect(w).toBeCloseTo(b[i]!, 3);
  });

  it('learns nothing from a feature that is always zero', () => {
    const w = fitLogistic(
      [
        [1, 0],
        [1, 0],
        [1, 0],
      ],
      [1, 0, 1],
    );
    expect(w[1]).toBe(0);
  });
});

describe('npm run fit', () => {
  it('fits and writes weights a scorer loads, for a fixture conference and its own questions', () => {
    const out = path.join(scratch, 'scorer.json');
    const printed = execFileSync(
      process.execPath,
      ['--import', 'tsx', 'scripts/fit.ts', '--data', 'test/fixtures/data', 'fluxcon-2019-berlin', '--cases', 'test/fixtures/fit/fluxcon-cases.json', '--out', out],
      { encoding: 'utf8' },
    );
    expect(printed).toMatch(/with the model: \d+\/14 right on dev at threshold/);
    const scorers = parseScorers(JSON.parse(readFileSync(out, 'utf8')));
    expect(scorers.model.threshold).toBeGreaterThanOrEqual(0);
    expect(scorers.model.threshold).toBeLessThanOrEqual(1);
    expect(scorers.model.weights.every(Number.isFinite)).toBe(true);
    expect(scorers.lexical.answerable.every(Number.isFinite)).toBe(true);
  }, 60_000);

  it('weights fitted for other features are refused with the command that refits them', () => {
    const shipped = JSON.parse(readFileSync('models/scorer.json', 'utf8')) as { features: string[] };
    expect(() => parseScorers({ ...shipped, features: shipped.features.slice(1) })).toThrow(/run `npm run fit`/);
    expect(() => parseScorers({ version: 2 })).toThrow(/run `npm run fit`/);
  });
});
