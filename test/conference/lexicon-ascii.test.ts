import { readdirSync, readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATA_DIR } from '../../src/conference/load.js';

// One character past ASCII makes Node read a whole lexicon as two-byte text: a slower read and
// parse at every start-up for a 400 kB file (scripts/lexicon.ts writes `>=`, not `≥`).
describe('shipped lexicons', () => {
  const files = readdirSync(DATA_DIR)
    .map((id) => path.join(DATA_DIR, id, 'lexicon.json'))
    .filter(existsSync);
  it('include Austin’s', () => {
    expect(files).toContain(path.join(DATA_DIR, 'kubecon-2017-austin', 'lexicon.json'));
  });
  it('are ASCII', () => {
    for (const file of files) expect(readFileSync(file, 'utf8').match(/[^\x20-\x7e\n]/), file).toBeNull();
  });
});
