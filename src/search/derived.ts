import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

/** The derived-vectors format; bumped when its shape changes. */
export const DERIVED_VERSION = 1;

/** What `npm run derive` stores beside a report: one vector per sentence and per passage. */
export interface DerivedVectors {
  dimensions: number;
  /** One per `reportUnits` entry, in that order; unit length. */
  units: Float32Array[];
  /** One per passage of the knowledge, in its order. */
  passages: Float32Array[];
}

/** What the stored vectors were made from: any change makes them stale. */
export interface DerivedKey {
  /** `modelId()` of the encoder. */
  model: string;
  /** SHA-256 of the report file as published. */
  report: string;
  /** SHA-256 of every text embedded, in order: a change to how the report is cut makes them stale too. */
  texts: string;
}

const HeaderSchema = z.object({
  version: z.literal(DERIVED_VERSION),
  model: z.string(),
  report: z.string().regex(/^[0-9a-f]{64}$/),
  texts: z.string().regex(/^[0-9a-f]{64}$/),
  dimensions: z.number().int().positive(),
  units: z.number().int().nonnegative(),
  passages: z.number().int().nonnegative(),
});

/** The vectors are missing, stale or damaged: the message names the command that rebuilds them. */
export class DerivedError extends Error {
  readonly code = 'derived_stale';
}

/** Where a conference's derived files are: `data/<id>/derived/`. */
export const derivedDir = (conferenceDir: string): string => path.join(conferenceDir, 'derived');

/**
 * The hash of a list of texts, as stored in `DerivedKey.texts`.
 *
 * @example
 * textsHash(['a', 'b']) === textsHash(['a', 'b']); // true
 */
export function textsHash(texts: readonly string[]): string {
  const h = createHash('sha256');
  for (const t of texts) h.update(`${t.length}:${t}\n`);
  return h.digest('hex');
}

/** SHA-256 of a file's bytes. */
export const fileHash = (file: string): string => createHash('sha256').update(readFileSync(file)).digest('hex');

/**
 * Reads a conference's derived vectors and refuses them unless they were made from this report,
 * these texts and this model.
 *
 * @example
 * readDerived('data/kubecon-2017-austin', 'kubecon-2017-austin', key).units.length; // one per sentence
 */
export function readDerived(conferenceDir: string, id: string, key: DerivedKey): DerivedVectors {
  const dir = derivedDir(conferenceDir);
  const fix = `run \`npm run derive ${id}\` to rebuild them`;
  const headerPath = path.join(dir, 'vectors.json');
  const dataPath = path.join(dir, 'vectors.f32');
  if (!existsSync(headerPath) || !existsSync(dataPath)) throw new DerivedError(`kubecon-bot: ${id} has no derived vectors (${path.relative(process.cwd(), dir) || dir}): ${fix}`);
  const parsed = HeaderSchema.safeParse(JSON.parse(readFileSync(headerPath, 'utf8')));
  if (!parsed.success) throw new DerivedError(`kubecon-bot: ${id}'s derived vectors have an unknown format: ${fix}`);
  const h = parsed.data;
  const stale = h.model !== key.model ? 'another model' : h.report !== key.report ? 'another version of the report' : h.texts !== key.texts ? 'the report cut differently' : null;
  if (stale) throw new DerivedError(`kubecon-bot: ${id}'s derived vectors were made from ${stale}: ${fix}`);
  const bytes = readFileSync(dataPath);
  const count = h.units + h.passages;
  if (bytes.length !== count * h.dimensions * 4) throw new DerivedError(`kubecon-bot: ${id}'s derived vectors are damaged (${bytes.length} bytes, expected ${count * h.dimensions * 4}): ${fix}`);
  // Float32, little-endian, as `writeDerived` writes them; copied out so no vector holds the file's buffer.
  const data = new Float32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length));
  const vectors = Array.from({ length: count }, (_, i) => data.subarray(i * h.dimensions, (i + 1) * h.dimensions));
  return { dimensions: h.dimensions, units: vectors.slice(0, h.units), passages: vectors.slice(h.units) };
}

/** Writes what `readDerived` reads. */
export function writeDerived(conferenceDir: string, key: DerivedKey, vectors: DerivedVectors): void {
  const dir = derivedDir(conferenceDir);
  mkdirSync(dir, { recursive: true });
  const all = [...vectors.units, ...vectors.passages];
  const data = new Float32Array(all.length * vectors.dimensions);
  for (const [i, v] of all.entries()) data.set(v, i * vectors.dimensions);
  const header = { version: DERIVED_VERSION, ...key, dimensions: vectors.dimensions, units: vectors.units.length, passages: vectors.passages.length };
  writeFileSync(path.join(dir, 'vectors.json'), `${JSON.stringify(header, null, 2)}\n`);
  writeFileSync(path.join(dir, 'vectors.f32'), new Uint8Array(data.buffer));
}
