/**
 * `npm run derive [conference] [--data <dir>]`: embeds the report's sentences and passages with
 * the bundled model and stores them in `data/<conference>/derived/`, keyed by the hashes of the
 * report, of the texts and of the model. Run it after the report, how it is cut, or the model
 * changes; the bot refuses stale vectors and names this command.
 */
import path from 'node:path';
import { loadConference } from '../src/conference/load.js';
import { MODEL_DIR, modelId } from '../src/model/files.js';
import { openSession } from '../src/model/session.js';
import { loadTokenizer } from '../src/model/tokens.js';
import { buildKnowledge } from '../src/search/knowledge.js';
import { writeDerived } from '../src/search/derived.js';
import { derivedKey, embeddedTexts } from '../src/search/dense.js';
import { conferenceArgs } from './conference-args.js';

/** Texts embedded per model run: padding to the longest in a batch wastes little at this size. */
const BATCH = 16;

async function main(): Promise<void> {
  const { id, dataDir } = conferenceArgs(process.argv.slice(2));
  const dir = path.join(dataDir, id);
  const k = buildKnowledge(loadConference(id, dataDir));
  const { unitTexts, passageTexts } = embeddedTexts(k);
  const tokenizer = loadTokenizer(MODEL_DIR);
  const session = await openSession(MODEL_DIR, 2);
  const embed = async (texts: readonly string[]): Promise<Float32Array[]> => {
    // Shortest first, so each batch pads to a length near its own texts'.
    const order = texts.map((t, i) => [t, i] as const).sort((a, b) => a[0].length - b[0].length);
    const byIndex = new Array<Float32Array>(texts.length);
    for (let start = 0; start < order.length; start += BATCH) {
      const batch = order.slice(start, start + BATCH);
      const vectors = await session.run(tokenizer.batch(batch.map(([t]) => t)));
      batch.forEach(([, i], j) => {
        byIndex[i] = vectors[j]!;
      });
    }
    return byIndex;
  };
  const started = Date.now();
  const units = await embed(unitTexts);
  const passages = await embed(passageTexts);
  writeDerived(dir, derivedKey(dir, k, modelId()), { dimensions: units[0]?.length ?? 384, units, passages });
  console.log(
    `${id}: ${units.length} sentences and ${passages.length} passages embedded in ${((Date.now() - started) / 1000).toFixed(1)} s → ${path.relative(process.cwd(), path.join(dir, 'derived'))}/`,
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
