import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConference } from '../../src/conference/load.js';
import { DerivedError } from '../../src/search/derived.js';
import { loadDense } from '../../src/search/dense.js';
import { buildKnowledge } from '../../src/search/knowledge.js';
import { loadKnowledge, sharedEncoder } from '../../src/search/load-knowledge.js';

const fixtures = new URL('../fixtures/data/', import.meta.url).pathname;
const id = 'fluxcon-2019-berlin';
const scratch = mkdtempSync(path.join(tmpdir(), 'derived-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A copy of the fixture conference to break. */
function copy(): string {
  const dir = mkdtempSync(path.join(scratch, 'data-'));
  cpSync(path.join(fixtures, id), path.join(dir, id), { recursive: true });
  return dir;
}

const refusal = (dataDir: string): DerivedError => {
  try {
    loadKnowledge(id, { dataDir });
  } catch (error) {
    if (error instanceof DerivedError) return error;
    throw error;
  }
  throw new Error('the vectors were taken');
};

describe('derived vectors', () => {
  it('load for the report, the texts and the model they were made from', () => {
    const k = loadKnowledge(id, { dataDir: fixtures });
    expect(k.dense?.unitVectors).toHaveLength(k.units.length);
    expect(k.dense?.passageVectors).toHaveLength(k.passages.length);
  });

  it('are refused when missing, naming the command that rebuilds them', () => {
    const dir = copy();
    rmSync(path.join(dir, id, 'derived'), { recursive: true });
    expect(refusal(dir).message).toContain(`run \`npm run derive ${id}\``);
    expect(refusal(dir).message).toContain('has no derived vectors');
  });

  it('are refused for another version of the report', () => {
    const dir = copy();
    const report = path.join(dir, id, 'report.txt');
    writeFileSync(report, readFileSync(report, 'utf8').replace('about 900 people', 'about 901 people'));
    expect(refusal(dir).message).toMatch(/made from another version of the report: run `npm run derive fluxcon-2019-berlin`/);
  });

  it('are refused for another model', () => {
    const dir = copy();
    const header = path.join(dir, id, 'derived', 'vectors.json');
    writeFileSync(header, JSON.stringify({ ...JSON.parse(readFileSync(header, 'utf8')), model: 'some-other-model@000000000000' }));
    expect(refusal(dir).message).toContain('made from another model');
  });

  it('are refused when damaged', () => {
    const dir = copy();
    const data = path.join(dir, id, 'derived', 'vectors.f32');
    writeFileSync(data, readFileSync(data).subarray(0, 100));
    expect(refusal(dir).message).toContain('are damaged');
  });

  it('are refused when the report is cut into other sentences than they were made for', () => {
    const k = buildKnowledge(loadConference(id, fixtures));
    const cut = { passages: k.passages.slice(1), units: k.units.filter((u) => u.entry !== k.passages[0]) };
    expect(() => loadDense(path.join(fixtures, id), id, cut, sharedEncoder())).toThrow(/the report cut differently/);
  });
});
