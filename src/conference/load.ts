import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import type { Conference } from './model.js';
import { parseReport } from './parse.js';
import { parseGlossary, type Term } from './terms.js';
import { parseFacts, type Facts } from './facts.js';

/** `data/` beside `src/` and `dist/`, so the same code finds it under tsx and after a build. */
export const DATA_DIR = fileURLToPath(new URL('../../data/', import.meta.url));

/** What a conference folder holds once read and parsed. */
export interface ConferenceSource {
  conference: Conference;
  terms: Term[];
  /** What the bot's words say of this report (`conference.json`); empty when there is none. */
  facts: Facts;
}

/**
 * Reads `data/<id>/report.txt` (and `terms.json`, `conference.json` when present) and parses them. The only file I/O
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
  const factsPath = path.join(dir, 'conference.json');
  const facts = parseFacts(existsSync(factsPath) ? JSON.parse(readFileSync(factsPath, 'utf8')) : {});
  return { conference, terms, facts };
}
