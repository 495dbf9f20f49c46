import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { z } from 'zod';
import type { Conference } from './model.js';
import { parseReport } from './parse.js';
import { parseGlossary, type Term } from './terms.js';

/** `data/` beside `src/` and `dist/`, so the same code finds it under tsx and after a build. */
export const DATA_DIR = fileURLToPath(new URL('../../data/', import.meta.url));

/** What a conference folder holds once read and parsed. */
export interface ConferenceSource {
  conference: Conference;
  terms: Term[];
  /** General-English relatedness for the report's words (`lexicon.json`), when the folder has one. */
  lexicon: Lexicon | null;
}

/** The `lexicon.json` format `scripts/lexicon.ts` writes; bumped when its shape changes. */
export const LEXICON_VERSION = 1;

/**
 * `data/<conference>/lexicon.json`: English words, keyed by their stem, and the report stems each
 * is related to with how much of the word the relation carries (0–1). Derived from WordNet by
 * `npm run lexicon`; see `search/lexicon.ts` for how it is read.
 */
export const LexiconSchema = z.object({
  version: z.literal(LEXICON_VERSION),
  source: z.string(),
  related: z.record(z.string(), z.record(z.string(), z.number().gt(0).lte(1))),
});
export type Lexicon = z.infer<typeof LexiconSchema>;

/**
 * Validates a conference's lexicon (`data/<id>/lexicon.json`).
 *
 * @example
 * parseLexicon({ version: 1, source: 'WordNet', related: { meal: { lunch: 0.6 } } }).related.meal; // { lunch: 0.6 }
 */
export function parseLexicon(json: unknown): Lexicon {
  const parsed = LexiconSchema.safeParse(json);
  if (!parsed.success) {
    throw new Error(`kubecon-bot: lexicon.json: ${parsed.error.issues.slice(0, 3).map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  }
  return parsed.data;
}

/**
 * Reads `data/<id>/report.txt` (and `terms.json`, `lexicon.json` when present) and parses them. The only file I/O
 * of the engine; everything after it is pure and offline.
 *
 * @example
 * const { conference, terms } = loadConference('kubecon-2017-austin');
 */
export function loadConference(id: string, dataDir: string = DATA_DIR): ConferenceSource {
  if (!/^[a-z0-9-]+$/.test(id)) throw new Error(`kubecon-bot: conference id "${id}" must be lower-case letters, digits and dashes`);
  const dir = path.join(dataDir, id);
  const reportPath = path.join(dir, 'report.txt');
  if (!existsSync(reportPath)) throw new Error(`kubecon-bot: no report at ${reportPath} (is CONFERENCE set to a folder under data/?)`);
  const conference = parseReport(readFileSync(reportPath, 'utf8'), id);
  const termsPath = path.join(dir, 'terms.json');
  const terms = existsSync(termsPath) ? parseGlossary(JSON.parse(readFileSync(termsPath, 'utf8'))) : [];
  const lexiconPath = path.join(dir, 'lexicon.json');
  const lexicon = existsSync(lexiconPath) ? parseLexicon(JSON.parse(readFileSync(lexiconPath, 'utf8'))) : null;
  return { conference, terms, lexicon };
}
